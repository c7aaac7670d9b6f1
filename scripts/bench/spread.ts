import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import { generateCascade } from '../../shared/spread/generate';
import { computeMetrics } from '../../shared/spread/metrics';
import { buildCascades } from '../../shared/spread/model';
import { buildBenchSite, serveBenchSite } from './bench-site';
import { round } from './numbers';

// `bench spread --nodes 20000 [--seed S] [--runs R] [--json] [--node-only]`
//   metricsMs      building the cascade and its metrics in Node with the shared code, as `desk trace` runs them
//   layoutMs       in Chromium: the same cascade laid out as the graph view draws it (aggregation into "+N"
//                  included), in the view's own layout worker
//   firstPaintMs5k in Chromium: from mounting the view's GraphPanel with a generated 5,000-node cascade in
//                  memory until ECharts has painted it
//   longestTaskMs  the longest main-thread task while the graph was laid out or first painted, over all runs
//                  (target: none over 50 ms); longestLayoutTaskMs and longestPaintTaskMs say which phase
//   longestTaskCpuMs  the same, in the main thread's CPU time (from a Chromium trace, which costs a little):
//                  wall time stretches when other processes hold the cores, CPU time much less
//   loadAverage    the machine's 1-minute load average when the bench ended: on a shared machine a busy
//                  neighbour stretches every task, so the wall-clock figures mean little without it
// Times are the median of --runs runs after one warm-up. --node-only skips Chromium and prints its figures as null.

const USAGE = '用法: npm run --silent bench -- spread [--nodes 20000] [--seed 1] [--runs 5] [--json] [--node-only]';
const FIRST_PAINT_NODES = 5000;

interface Options {
  nodes: number;
  seed: number;
  runs: number;
  json: boolean;
  nodeOnly: boolean;
}

interface ChromiumFigures {
  layoutMs: number;
  firstPaintMs5k: number;
  longestLayoutTaskMs: number;
  longestPaintTaskMs: number;
  longestTaskCpuMs: number;
}

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n${USAGE}\n`);
    return 64;
  }
  const metricsMs = measureMetrics(options);
  const chromiumFigures = options.nodeOnly ? null : await measureInChromium(options);
  const result = {
    nodes: options.nodes,
    metricsMs,
    layoutMs: chromiumFigures?.layoutMs ?? null,
    firstPaintMs5k: chromiumFigures?.firstPaintMs5k ?? null,
    longestTaskMs: chromiumFigures ? Math.max(chromiumFigures.longestLayoutTaskMs, chromiumFigures.longestPaintTaskMs) : null,
    longestLayoutTaskMs: chromiumFigures?.longestLayoutTaskMs ?? null,
    longestPaintTaskMs: chromiumFigures?.longestPaintTaskMs ?? null,
    longestTaskCpuMs: chromiumFigures?.longestTaskCpuMs ?? null,
    loadAverage: round(loadavg()[0] ?? 0),
  };
  process.stdout.write(
    options.json
      ? `${JSON.stringify(result)}\n`
      : `节点 ${result.nodes}：构建与指标 ${metricsMs} ms；` +
          (chromiumFigures
            ? `Chromium 布局 ${chromiumFigures.layoutMs} ms（主线程最长任务 ${chromiumFigures.longestLayoutTaskMs} ms），` +
              `5000 节点首次绘制 ${chromiumFigures.firstPaintMs5k} ms（主线程最长任务 ${chromiumFigures.longestPaintTaskMs} ms）`
            : '未测 Chromium（--node-only）') +
          `（${options.runs} 次取中位数；1 分钟平均负载 ${result.loadAverage}）\n`,
  );
  return 0;
}

function measureMetrics(options: Options): number {
  const generated = generateCascade({ nodes: options.nodes, seed: options.seed });
  const measure = (): number => {
    const started = performance.now();
    const { cascades } = buildCascades(generated.records, { impliedRoot: true, rootId: generated.rootId, rootTime: generated.rootTime });
    for (const cascade of cascades) computeMetrics(cascade);
    return performance.now() - started;
  };
  measure(); // warm-up: the first run pays for JIT compilation, not for the algorithm
  return median(Array.from({ length: options.runs }, measure));
}

interface BenchWindow {
  spreadBench: {
    layout(nodes: number, seed: number): Promise<{ ms: number; drawn: number; longestTaskMs: number }>;
    firstPaint(nodes: number, seed: number): Promise<{ ms: number; longestTaskMs: number }>;
  };
}

async function measureInChromium(options: Options): Promise<ChromiumFigures> {
  const work = mkdtempSync(join(tmpdir(), 'spread-bench-'));
  let server: Server | null = null;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: playwrightConfig.use?.launchOptions?.args ?? ['--no-sandbox'],
  });
  try {
    const site = join(work, 'site');
    await buildBenchSite(site, 'features/spread/bench/bench.html');
    server = await serveBenchSite(site);
    const { port } = server.address() as AddressInfo;
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await page.goto(`http://127.0.0.1:${port}/features/spread/bench/bench.html`);
    await page.waitForFunction(() => 'spreadBench' in globalThis);

    const layout = (nodes: number) =>
      page.evaluate(([n, seed]) => (globalThis as unknown as BenchWindow).spreadBench.layout(n, seed), [nodes, options.seed] as const);
    const firstPaint = (nodes: number) =>
      page.evaluate(([n, seed]) => (globalThis as unknown as BenchWindow).spreadBench.firstPaint(n, seed), [nodes, options.seed] as const);

    await layout(options.nodes);
    await firstPaint(FIRST_PAINT_NODES);
    const layouts: { ms: number; longestTaskMs: number }[] = [];
    const paints: { ms: number; longestTaskMs: number }[] = [];
    let longestTaskCpuMs = 0;
    for (let index = 0; index < options.runs; index += 1) {
      const traced = await traceMainThread(page, async () => {
        layouts.push(await layout(options.nodes));
        paints.push(await firstPaint(FIRST_PAINT_NODES));
      });
      longestTaskCpuMs = Math.max(longestTaskCpuMs, traced.longestTaskCpuMs);
    }
    return {
      longestTaskCpuMs: round(longestTaskCpuMs),
      layoutMs: median(layouts.map((sample) => sample.ms)),
      firstPaintMs5k: median(paints.map((sample) => sample.ms)),
      longestLayoutTaskMs: round(Math.max(...layouts.map((sample) => sample.longestTaskMs))),
      longestPaintTaskMs: round(Math.max(...paints.map((sample) => sample.longestTaskMs))),
    };
  } finally {
    await browser.close();
    server?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The longest task on the page's main thread while `work` ran, in CPU time, from a Chromium trace. */
async function traceMainThread(page: Page, work: () => Promise<void>): Promise<{ longestTaskCpuMs: number }> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Tracing.start', { categories: 'toplevel', transferMode: 'ReturnAsStream' });
    await work();
    const complete = new Promise<{ stream?: string }>((resolve) => session.once('Tracing.tracingComplete', resolve));
    await session.send('Tracing.end');
    const { stream } = await complete;
    if (!stream) throw new Error('Chromium returned no trace');
    let text = '';
    for (;;) {
      const chunk = await session.send('IO.read', { handle: stream });
      text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
      if (chunk.eof) break;
    }
    await session.send('IO.close', { handle: stream });
    return { longestTaskCpuMs: longestMainThreadTaskCpuMs(JSON.parse(text) as Trace) };
  } finally {
    await session.detach();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}
type Trace = { traceEvents: TraceEvent[] } | TraceEvent[];

const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** The largest thread time (µs in the trace, ms out) of a top-level task on a renderer's main thread. */
export function longestMainThreadTaskCpuMs(trace: Trace): number {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const mainThreads = new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  let longest = 0;
  for (const event of events) {
    if (event.ph !== 'X' || !TASK_EVENTS.has(event.name) || !mainThreads.has(`${event.pid}:${event.tid}`)) continue;
    longest = Math.max(longest, (event.tdur ?? 0) / 1000);
  }
  return longest;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return round(sorted[Math.floor(sorted.length / 2)] as number);
}

function parseArgs(args: readonly string[]): Options | string {
  const parsed: Options = { nodes: 20_000, seed: 1, runs: 5, json: false, nodeOnly: false };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--json') {
      parsed.json = true;
      continue;
    }
    if (arg === '--node-only') {
      parsed.nodeOnly = true;
      continue;
    }
    if (arg !== '--nodes' && arg !== '--seed' && arg !== '--runs') return `未知参数: ${arg}`;
    const value = Number(args[++index]);
    if (!Number.isSafeInteger(value) || value < (arg === '--seed' ? 0 : 1)) return `${arg} 需要一个正整数`;
    parsed[arg.slice(2) as 'nodes' | 'seed' | 'runs'] = value;
  }
  return parsed;
}
