// Hostile input that is not a spreadsheet: file names inside packs and backups, and code that could turn
// text into script. The lint rules (no-eval, no-implied-eval, no-new-func) cover files the linter is run
// on; this test reads every source file of the app itself, so a rule switched off in one file or a file
// type the linter skips cannot slip through.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSafeEntryName } from '../../../shared/backup';
import { isSafePackPath } from '../../../shared/export/pack';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const APP_FOLDERS = ['electron', 'renderer', 'shared'];
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx|html)$/;

function sourceFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    // Caches and build output are not sources (a local .cache holds other tools' bundles).
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (SOURCE.test(entry.name)) files.push(path);
  }
  return files;
}

const FORBIDDEN: readonly { name: string; pattern: RegExp }[] = [
  { name: 'eval(…)', pattern: /(^|[^\w$.])eval\s*\(/ },
  { name: 'window.eval / globalThis.eval', pattern: /\.\s*eval\s*\(/ },
  { name: 'new Function(…)', pattern: /\bnew\s+Function\s*\(/ },
  { name: 'Function(…) called as a constructor', pattern: /(^|[^\w$.])Function\s*\(\s*['"`]/ },
  { name: 'a timer given code as text', pattern: /\bset(Timeout|Interval)\s*\(\s*['"`]/ },
  { name: "CSP 'unsafe-eval'", pattern: /'unsafe-eval'/ },
];

describe('no source file of the app turns text into code', () => {
  const files = APP_FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)));

  it('finds the sources it is meant to read', () => {
    const names = files.map((file) => relative(ROOT, file).replaceAll('\\', '/'));
    expect(names).toContain('shared/backup/reader.ts');
    expect(names).toContain('electron/main/index.ts');
    expect(names).toContain('renderer/main.tsx');
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(FORBIDDEN)('nowhere uses $name', ({ pattern }) => {
    const offenders = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, index }))
        .filter(({ line }) => pattern.test(line))
        .map(({ index }) => `${relative(ROOT, file)}:${index + 1}`),
    );
    expect(offenders).toEqual([]);
  });

  it('would notice each of them', () => {
    const samples = [
      'eval("1")',
      'x = window.eval(code)',
      'new Function("return 1")',
      "Function('a', 'return a')",
      'setTimeout("go()", 10)',
      "script-src 'unsafe-eval'",
    ];
    samples.forEach((sample, index) => expect(FORBIDDEN[index]?.pattern.test(sample), sample).toBe(true));
    for (const harmless of ['retrieval(x)', 'medieval (period)', 'isFunction(x)', 'setTimeout(() => go(), 10)', '// no eval here']) {
      expect(
        FORBIDDEN.some(({ pattern }) => pattern.test(harmless)),
        harmless,
      ).toBe(false);
    }
  });
});

describe('names inside packs and backups cannot leave their folder', () => {
  const hostile = [
    '../x',
    'a/../../x',
    '..',
    '.',
    '/etc/passwd',
    '\\\\server\\share\\x',
    'C:/Windows/x',
    'C:x',
    'a\\..\\x',
    'a\0b',
    'a/\0/b',
    'a//b',
    'a/./b',
    '',
    'x.',
    'tables/items.ndjson ',
    'a\u0007b',
    'x'.repeat(1025),
  ];

  it.each(hostile)('the backup reader and the pack writer both refuse %j', (name) => {
    expect(isSafeEntryName(name)).toBe(false);
    expect(isSafePackPath(name)).toBe(false);
  });

  it.each(['manifest.json', 'tables/items.ndjson', '图表/传播.png', '日报告 第3期.html'])('and accept %j', (name) => {
    expect(isSafeEntryName(name)).toBe(true);
    expect(isSafePackPath(name)).toBe(true);
  });
});
