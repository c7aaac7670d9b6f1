import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import rendererLayers from './eslint-rules/renderer-layers.js';

// Layering, enforced rather than hoped for: shared/ is pure; only renderer/db touches
// Dexie; only renderer/charts touches ECharts; only electron/ touches Electron; only electron/ and
// scripts/ touch Node; only server/ touches PostgreSQL.
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'worker_threads', 'url', 'stream', 'util'];
// Anchored regexes, not gitignore-style groups: a group 'crypto' would also forbid our own '../crypto/sha256'.
const noNode = nodeBuiltins.map((name) => ({
  regex: name === 'node:*' ? '^node:' : `^${name}(/|$)`,
  message: 'Node APIs belong in electron/ or scripts/.',
}));
const noElectron = { group: ['electron', 'electron/*'], message: 'Only electron/ may import Electron.' };
const noDexie = { group: ['dexie', 'dexie/*', 'fake-indexeddb', 'fake-indexeddb/*'], message: 'Only renderer/db may import Dexie.' };
const noEcharts = { group: ['echarts', 'echarts/*'], message: 'Only renderer/charts may import ECharts.' };
const noReact = { group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'], message: 'shared/ is pure: no React.' };
const noUpperLayers = {
  group: ['**/electron/**', '**/renderer/**', '**/scripts/**'],
  message: 'shared/ imports nothing from other layers.',
};
const noPg = { group: ['pg', 'pg/*', 'pg-*'], message: 'Only server/ talks to PostgreSQL.' };
const noRenderer = { group: ['**/renderer/**'], message: 'electron/ and scripts/ talk to the renderer only through shared/.' };

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'out/**', 'dist-web/**', 'release/**', 'test-results/**', 'playwright-report/**', '.cache/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [...noNode, noElectron, noDexie, noEcharts, noReact, noUpperLayers, noPg] }],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'self', 'process', 'Buffer', 'require', '__dirname'].map(
          (name) => ({
            name,
            message: 'shared/ is pure: no DOM and no Node globals.',
          }),
        ),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.shared.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [...noNode, noElectron, noDexie, noEcharts, noPg] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { desk: { rules: { 'renderer-layers': rendererLayers } } },
    rules: { 'desk/renderer-layers': 'error' },
  },
  {
    files: ['renderer/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noNode, noElectron, noEcharts, noPg] }] },
  },
  {
    files: ['renderer/charts/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noNode, noElectron, noDexie, noPg] }] },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', { patterns: [noDexie, noEcharts, noRenderer, noPg] }] },
  },
  {
    files: ['scripts/**/*.{ts,mjs}', '*.config.{ts,js}', 'renderer/vite.shared.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noDexie, noEcharts, noPg] }] },
  },
  {
    // The department server: Node and PostgreSQL, and the pure shared/ code; never the desk's layers.
    files: ['server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noDexie, noEcharts, noReact, noUpperLayers] }] },
  },
  {
    // A source file past 400 lines has more than one job. Dictionaries of messages and the demo's data are
    // lists, not logic, and may run longer.
    files: ['{renderer,shared,electron,server,scripts}/**/*.{ts,tsx,mjs}'],
    ignores: ['**/messages.ts', '**/*-messages.ts', 'renderer/app/catalog/**', 'scripts/demo/*-data.ts'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }] },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
