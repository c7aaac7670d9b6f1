import { performance } from 'node:perf_hooks';
import { generateCascade } from '../../shared/spread/generate';
import { computeMetrics } from '../../shared/spread/metrics';
import { buildCascades } from '../../shared/spread/model';

// `bench spread --nodes 20000 [--seed S] [--json]`: building the cascade and its metrics in Node with the
// shared code, as `desk trace` runs them. layoutMs and firstPaintMs5k need the Chromium graph view and
// stay null until that view exists: a number here must come from a real measurement.

const USAGE = '用法: npm run --silent bench -- spread [--nodes 20000] [--seed 1] [--runs 5] [--json]';

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n${USAGE}\n`);
    return 64;
  }
  const generated = generateCascade({ nodes: options.nodes, seed: options.seed });
  const measure = (): number => {
    const started = performance.now();
    const { cascades } = buildCascades(generated.records, { impliedRoot: true, rootId: generated.rootId, rootTime: generated.rootTime });
    for (const cascade of cascades) computeMetrics(cascade);
    return performance.now() - started;
  };
  measure(); // warm-up: the first run pays for JIT compilation, not for the algorithm
  const samples = Array.from({ length: options.runs }, measure).sort((a, b) => a - b);
  const metricsMs = Math.round((samples[Math.floor(samples.length / 2)] as number) * 10) / 10;

  const result = { nodes: options.nodes, metricsMs, layoutMs: null, firstPaintMs5k: null };
  process.stdout.write(
    options.json
      ? `${JSON.stringify(result)}\n`
      : `节点 ${result.nodes}：构建与指标 ${metricsMs} ms（${options.runs} 次取中位数）；布局与首屏绘制需图形视图，暂未测量\n`,
  );
  return 0;
}

function parseArgs(args: readonly string[]): { nodes: number; seed: number; runs: number; json: boolean } | string {
  const parsed = { nodes: 20_000, seed: 1, runs: 5, json: false };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--json') {
      parsed.json = true;
      continue;
    }
    if (arg !== '--nodes' && arg !== '--seed' && arg !== '--runs') return `未知参数: ${arg}`;
    const value = Number(args[++index]);
    if (!Number.isSafeInteger(value) || value < (arg === '--seed' ? 0 : 1)) return `${arg} 需要一个正整数`;
    parsed[arg.slice(2) as 'nodes' | 'seed' | 'runs'] = value;
  }
  return parsed;
}
