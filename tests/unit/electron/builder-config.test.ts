// The installer's hardening lives in electron.builder.yml, which no build on this machine exercises
// (packaging downloads Electron): these checks keep a fuse or a target from being dropped unnoticed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CONFIG = readFileSync('electron.builder.yml', 'utf8');

/** The lines of one top-level block (`name:` at column 0 up to the next top-level key), comments dropped. */
function block(text: string, name: string): string[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => line === `${name}:`);
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && /^[A-Za-z]/.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
}

/** `key: value` pairs directly under a top-level block. */
function settings(text: string, name: string): Record<string, string> {
  return Object.fromEntries(
    block(text, name)
      .map((line) => /^ {2}(\w+): *(.+)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1], match[2]?.trim()]),
  );
}

describe('electron.builder.yml', () => {
  it('flips the fuses off that would let the binary run as Node or be inspected, and on for asar integrity', () => {
    expect(settings(CONFIG, 'electronFuses')).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
    });
    expect(CONFIG).toMatch(/^asar: true$/m);
  });

  it('builds Windows NSIS for x64 and deb and AppImage for x64 and arm64', () => {
    expect(block(CONFIG, 'win').join('\n')).toMatch(/- target: nsis\n\s+arch: \[x64\]/);
    const linux = block(CONFIG, 'linux').join('\n');
    expect(linux).toMatch(/- target: deb\n\s+arch: \[x64, arm64\]/);
    expect(linux).toMatch(/- target: AppImage\n\s+arch: \[x64, arm64\]/);
  });

  it('reads a fuse that was turned on as on', () => {
    const tampered = CONFIG.replace('runAsNode: false', 'runAsNode: true');
    expect(settings(tampered, 'electronFuses').runAsNode).toBe('true');
  });
});
