// Features build on each other in one direction only: when two features import each other, neither can be
// understood, tested or loaded without the other, and the pair is one feature in two folders. Type imports
// count too: they tie the two features' shapes together just the same.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const FEATURES = resolve(import.meta.dirname, '../../../renderer/features');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function specifiers(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const pattern = /(?:^\s*(?:import|export)\s[^;]*?\sfrom\s+|import\()\s*['"]([^'"]+)['"]/gm;
  return [...withoutComments.matchAll(pattern)].map((match) => match[1] as string);
}

/** The feature a path lies in, or null outside renderer/features. */
function featureOf(path: string): string | null {
  const inside = relative(FEATURES, path);
  if (inside.startsWith('..')) return null;
  return inside.split(sep)[0] ?? null;
}

/** "a -> b" for every feature a with a file importing a file of feature b. */
function featureEdges(files: readonly { path: string; source: string }[]): Set<string> {
  const edges = new Set<string>();
  for (const { path, source } of files) {
    const from = featureOf(path);
    if (from === null) continue;
    for (const specifier of specifiers(source)) {
      if (!specifier.startsWith('.')) continue;
      const to = featureOf(resolve(dirname(path), specifier));
      if (to !== null && to !== from) edges.add(`${from} -> ${to}`);
    }
  }
  return edges;
}

function mutualPairs(edges: ReadonlySet<string>): string[] {
  return [...edges]
    .map((edge) => edge.split(' -> ') as [string, string])
    .filter(([from, to]) => from < to && edges.has(`${to} -> ${from}`))
    .map(([from, to]) => `${from} <-> ${to}`);
}

describe('feature boundaries', () => {
  it('has no two features importing each other', () => {
    const files = sourceFiles(FEATURES).map((path) => ({ path, source: readFileSync(path, 'utf8') }));
    expect(files.length).toBeGreaterThan(100);
    expect(mutualPairs(featureEdges(files))).toEqual([]);
  });

  it('would see a pair: static, type-only and dynamic imports all count', () => {
    const file = (feature: string, source: string) => ({ path: join(FEATURES, feature, 'Page.tsx'), source });
    const files = [
      file('pack', "import type { StatsComparison } from '../stats';"),
      file('stats', "const panel = import('../pack/Panel');"),
      file('items', "import { tag } from '../triage/index';\nimport { x } from './own';"),
    ];
    expect([...featureEdges(files)].sort()).toEqual(['items -> triage', 'pack -> stats', 'stats -> pack']);
    expect(mutualPairs(featureEdges(files))).toEqual(['pack <-> stats']);
  });
});
