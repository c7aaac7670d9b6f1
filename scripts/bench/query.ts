// `npm run --silent bench -- query --items 1000000 --json`: the triage engine in Chromium on real IndexedDB.
// The generated store is kept in a Chromium profile under .cache/bench-query/ (writing a million items takes
// minutes); a run on an existing store measures opening the list, facets, 20 searches against a plain scan
// of the same texts in a worker, a forced full index rebuild, and the longest main-thread task throughout.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';

const USAGE = '用法: npm run --silent bench -- query [--items 100000] [--seed 1] [--json] [--open-only]';
const PORT = 47851;
const CACHE = resolve('.cache/bench-query');

interface BenchWindow {
  __benchProgress?: string;
  __benchResult?: { ok: true; value: unknown } | { ok: false; error: string };
}

interface Options {
  items: number;
  seed: number;
  json: boolean;
  /** only the cold open, with when each step was reached and every long task: to find where a slow open goes */
  openOnly: boolean;
}

function parseArgs(args: readonly string[]): Options | string {
  const options: Options = { items: 100_000, seed: 1, json: false, openOnly: false };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--json' || arg === '--open-only') {
      options[arg === '--json' ? 'json' : 'openOnly'] = true;
      continue;
    }
    if (arg !== '--items' && arg !== '--seed') return `未知参数: ${arg}`;
    const value = Number(args[++index]);
    if (!Number.isSafeInteger(value) || value < (arg === '--seed' ? 0 : 1)) return `${arg} 需要一个正整数`;
    options[arg === '--items' ? 'items' : 'seed'] = value;
  }
  return options;
}

function log(message: string, json: boolean): void {
  if (!json) process.stdout.write(`${message}\n`);
  else process.stderr.write(`${message}\n`);
}

async function runPhase(page: Page, phase: 'generate' | 'measure' | 'open', options: Options): Promise<unknown> {
  await page.goto(`http://127.0.0.1:${PORT}/?bench=query&phase=${phase}&items=${options.items}&seed=${options.seed}`);
  let lastProgress = '';
  for (;;) {
    // runs in the page: the bench page leaves its progress and result on the window (query-bench.tsx)
    const state = await page.evaluate(() => {
      const page = globalThis as unknown as BenchWindow;
      return { result: page.__benchResult, progress: page.__benchProgress ?? '' };
    });
    if (state.result) {
      if (!state.result.ok) throw new Error(state.result.error);
      return state.result.value;
    }
    if (state.progress !== lastProgress) {
      lastProgress = state.progress;
      log(`  ${phase}: ${state.progress}`, options.json);
    }
    await page.waitForTimeout(1_000);
  }
}

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n${USAGE}\n`);
    return 64;
  }
  const outDir = resolve(CACHE, 'web');
  log('构建页面…', options.json);
  await build({ configFile: resolve('vite.web.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    configFile: resolve('vite.web.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  });
  // One profile per store size, so a 1M store and a 100k store are both kept.
  const profile = resolve(CACHE, `chromium-${options.items}-${options.seed}`);
  mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  // Offline means offline, also for the benchmark.
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort('blockedbyclient'),
  );
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(0);
    log(`准备 ${options.items} 条的库（已有则沿用）…`, options.json);
    await runPhase(page, 'generate', options);
    if (options.openOnly) {
      log('只测打开列表…', options.json);
      process.stdout.write(`${JSON.stringify(await runPhase(page, 'open', options))}\n`);
      return 0;
    }
    log('测量…', options.json);
    const result = (await runPhase(page, 'measure', options)) as Record<string, number>;
    const keys = [
      'items',
      'openListMs',
      'facetMs',
      'searchP50Ms',
      'searchP95Ms',
      'scanP95Ms',
      'ratio',
      'indexBuildMs',
      'longestTaskMs',
    ] as const;
    const ordered = Object.fromEntries(keys.map((key) => [key, result[key]]));
    // which phase the longest main-thread tasks fell in: what to look at when longestTaskMs is over 50 ms
    const longTasks = (result as unknown as { longTasks?: Array<{ at: number; ms: number; phase: string }> }).longTasks ?? [];
    for (const task of longTasks.slice(0, 10)) process.stderr.write(`  long task ${task.ms} ms at ${task.at} ms (${task.phase})\n`);
    process.stdout.write(
      options.json
        ? `${JSON.stringify(ordered)}\n`
        : `${ordered.items} 条：打开列表 ${ordered.openListMs} ms，分面 ${ordered.facetMs} ms，搜索 p50 ${ordered.searchP50Ms} / p95 ${ordered.searchP95Ms} ms，扫描 p95 ${ordered.scanP95Ms} ms（比值 ${ordered.ratio}），重建索引 ${ordered.indexBuildMs} ms，主线程最长任务 ${ordered.longestTaskMs} ms\n`,
    );
    return 0;
  } finally {
    await context.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}
