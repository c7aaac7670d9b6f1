// The server speaks for this build of OpinionDesk; a desk older than the oldest version it accepts must update.
import { readFileSync } from 'node:fs';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export const SERVER_VERSION = packageJson.version;

/** Compares dotted numeric versions (1.10.0 > 1.9.3); a pre-release suffix is ignored. */
export function compareVersions(a: string, b: string): number {
  const parts = (version: string): number[] =>
    version
      .split('-')[0]!
      .split('.')
      .map((part) => Number.parseInt(part, 10) || 0);
  const left = parts(a);
  const right = parts(b);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

export function isVersionString(value: string): boolean {
  return /^\d{1,6}(\.\d{1,6}){0,3}(-[0-9A-Za-z.-]{1,40})?$/.test(value);
}
