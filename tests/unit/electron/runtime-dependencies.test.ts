// electron-builder packs every `dependencies` entry into the asar and electron-vite leaves them
// unbundled in the main process, while the renderer is bundled whole. So `dependencies` must be
// exactly the packages the main process and preload import at run time: one more bloats the
// installer, one fewer crashes the packaged app at start.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENTRIES = ['electron/main/index.ts', 'electron/preload/index.ts'];
const SPECIFIER = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

function resolveRelative(fromFile: string, specifier: string): string {
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base.replace(/\.js$/, '.ts')];
  const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  if (found === undefined) throw new Error(`cannot resolve ${specifier} from ${fromFile}`);
  return found;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Bare packages reachable from the entries through relative imports (type-only imports are erased). */
export function runtimePackages(entries: readonly string[]): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const pending = entries.map((entry) => resolve(entry));
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(SPECIFIER)) {
      if (/^\s*(?:import|export)\s+type\s/.test(match[0])) continue;
      const specifier = match[1] ?? match[2] ?? match[3];
      if (specifier === undefined) continue;
      if (specifier.startsWith('.')) pending.push(resolveRelative(file, specifier));
      else if (!specifier.startsWith('node:') && specifier !== 'electron') packages.add(packageName(specifier));
    }
  }
  return packages;
}

describe('package.json dependencies', () => {
  it('are exactly the packages the main process and preload load at run time', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string> };
    expect([...runtimePackages(ENTRIES)].sort()).toEqual(Object.keys(manifest.dependencies ?? {}).sort());
  });

  it('finds a package imported deep in shared code the main process uses', () => {
    expect(runtimePackages(ENTRIES).has('valibot')).toBe(true);
  });
});
