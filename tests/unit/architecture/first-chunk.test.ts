// What the window evaluates before the items list can paint: every module reachable from renderer/main.tsx
// through static imports. echarts and SheetJS alone were over a megabyte of it; they, and the pages that use
// them, belong behind dynamic import().
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Static, value-level imports and re-exports (`import type` is erased and `import()` is a chunk of its own). */
function staticSpecifiers(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specifiers: string[] = [];
  // an import clause never holds a semicolon: the lazy match cannot run on into the next statement
  const pattern = /^\s*(import|export)\s+(type\s+)?(?:[^;]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const match of withoutComments.matchAll(pattern)) {
    if (match[2]) continue;
    specifiers.push(match[3] as string);
  }
  return specifiers;
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  if (existsSync(base) && /\.(tsx?|css|json)$/.test(base)) return base;
  for (const extension of EXTENSIONS) if (existsSync(base + extension)) return base + extension;
  return null;
}

/** Local files and npm packages reachable from the entry without a dynamic import. */
function firstChunk(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    for (const specifier of staticSpecifiers(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] as string));
        continue;
      }
      const target = resolveLocal(file, specifier);
      if (target) pending.push(target);
    }
  }
  return { files: new Set([...files].map((file) => relative(ROOT, file))), packages };
}

describe('the first chunk of the renderer', () => {
  const { files, packages } = firstChunk(resolve(ROOT, 'renderer/main.tsx'));

  it('holds the shell and the items page', () => {
    expect(files).toContain('renderer/app/App.tsx');
    expect(files).toContain('renderer/app/Shell.tsx');
    expect(files).toContain('renderer/features/items/ItemsPage.tsx');
  });

  it('holds no chart or spreadsheet library, nor anything of renderer/charts', () => {
    expect([...packages].filter((name) => ['echarts', 'zrender', 'xlsx'].includes(name))).toEqual([]);
    expect([...files].filter((file) => file.startsWith('renderer/charts/'))).toEqual([]);
  });

  it('holds none of the other pages: each is loaded when first shown', () => {
    const otherPages = [
      'renderer/features/home/HomePage.tsx',
      'renderer/features/import/ImportPage.tsx',
      'renderer/features/spread/SpreadPage.tsx',
      'renderer/features/reports/ReportsPage.tsx',
      'renderer/features/stats/StatsPage.tsx',
      'renderer/features/units/UnitsPage.tsx',
      'renderer/features/settings/SettingsPage.tsx',
      'renderer/features/audit/AuditPage.tsx',
      'renderer/features/first-run/FirstRun.tsx',
    ];
    expect(otherPages.filter((page) => files.has(page))).toEqual([]);
  });

  it('sees through the walker: a page imported the old way would be found', () => {
    expect(staticSpecifiers("import { StatsPage } from '../features/stats/StatsPage';")).toEqual(['../features/stats/StatsPage']);
    expect(staticSpecifiers("import type { Item } from './types';\nconst page = import('./Page');")).toEqual([]);
    expect(staticSpecifiers("import './styles.css';\nexport { EChart } from './EChart';")).toEqual(['./styles.css', './EChart']);
  });
});
