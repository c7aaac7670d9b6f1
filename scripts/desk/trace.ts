import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { SpreadInputError } from '../../shared/spread/errors';
import { computeMetrics, type CascadeMetrics } from '../../shared/spread/metrics';
import { buildCascades, type Cascade } from '../../shared/spread/model';
import { readSpreadFile } from '../../shared/spread/read';
import { parseSpreadTime } from '../../shared/spread/time';
import { argsOrUsage, USAGE_EXIT, UsageError } from './usage';
import { errorWords } from './error-words';

// `desk trace <file> --json [--root-id ID] [--root-text T] [--root-time ISO] [--year Y]`: the spread
// pipeline of the app, headless, on one sheet or repost file.

const USAGE = '用法: npm run --silent desk -- trace <文件> [--json] [--root-id ID] [--root-text 文本] [--root-time 时间] [--year 年份]';
const VALUE_FLAGS = ['--root-id', '--root-text', '--root-time', '--year'] as const;

interface TraceArgs {
  file: string;
  json: boolean;
  rootId: string | null;
  rootText: string | null;
  rootTime: string | null;
  year: number | null;
}

/** The file itself could not be opened: exit 2, as for a refused file. */
class UnreadableFileError extends Error {}

export async function run(args: string[]): Promise<number> {
  const parsed = argsOrUsage(args, parseArgs, USAGE);
  if (!parsed) return USAGE_EXIT;

  try {
    const bytes = await readInput(parsed.file);
    const source = readSpreadFile(bytes, basename(parsed.file));
    const result = buildCascades(source.records, {
      impliedRoot: source.impliedRoot,
      rootPlatform: source.rootPlatform,
      rootId: parsed.rootId,
      rootText: parsed.rootText,
      rootTime: parsed.rootTime,
      year: parsed.year,
    });
    const traced = result.cascades
      .filter((cascade) => cascade.nodes.length >= 2)
      .map((cascade) => ({ cascade, metrics: computeMetrics(cascade) }))
      .sort((a, b) => b.metrics.size - a.metrics.size || compareRootIds(a.metrics.root, b.metrics.root));
    process.stdout.write(parsed.json ? `${JSON.stringify({ cascades: traced.map(toJson) })}\n` : describe(traced));
    return 0;
  } catch (error) {
    if (error instanceof UnreadableFileError) process.stderr.write(`${error.message}\n`);
    else if (error instanceof SpreadInputError) process.stderr.write(`${refusalLine(error)}\n`);
    else throw error;
    return 2;
  }
}

function parseArgs(args: readonly string[]): TraceArgs {
  const values = new Map<string, string>();
  const files: string[] = [];
  let json = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    if (arg === '--json') {
      json = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [flag = '', inline] = arg.split(/=(.*)/s);
    if (!(VALUE_FLAGS as readonly string[]).includes(flag)) throw new UsageError(`未知参数: ${flag}`);
    const value = inline ?? args[++index];
    if (value === undefined) throw new UsageError(`${flag} 需要一个值`);
    values.set(flag, value);
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? '缺少要追踪的文件' : '一次只能追踪一个文件');

  const rootTime = values.get('--root-time') ?? null;
  if (rootTime !== null && parseSpreadTime(rootTime).kind !== 'instant') {
    throw new UsageError(`--root-time 不是完整的时间: ${rootTime}（例: 2013-01-16T20:02:08+08:00）`);
  }
  const yearText = values.get('--year');
  const year = yearText === undefined ? null : Number(yearText);
  if (year !== null && !(Number.isInteger(year) && year >= 1900 && year <= 2999 && /^\d{4}$/.test(yearText ?? ''))) {
    throw new UsageError(`--year 应是四位年份: ${yearText}`);
  }
  return {
    file: files[0] as string,
    json,
    rootId: values.get('--root-id') ?? null,
    rootText: values.get('--root-text') ?? null,
    rootTime,
    year,
  };
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : code === 'EACCES' ? '没有读取权限' : (code ?? '未知错误');
    throw new UnreadableFileError(`无法读取文件 ${file}：${why}`);
  }
}

/** The page has no flag for a year, so only the CLI's line says how to give one. */
function refusalLine(error: SpreadInputError): string {
  return error.kind === 'year-needed' ? `${errorWords(error)}，请用 --year 指定年份` : errorWords(error);
}

// Plain code-unit order: the same on every machine, unlike a locale's collation.
function compareRootIds(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function toJson({ cascade, metrics }: { cascade: Cascade; metrics: CascadeMetrics }) {
  return {
    root: metrics.root,
    size: metrics.size,
    depth: metrics.depth,
    maxBreadth: metrics.maxBreadth,
    structuralVirality: metrics.structuralVirality,
    firstAt: metrics.firstAt,
    lastAt: metrics.lastAt,
    peakHour: metrics.peakHour,
    orphans: metrics.orphans,
    dropped: cascade.dropped.map(({ id, reason }) => ({ id, reason })),
  };
}

function describe(traced: readonly { cascade: Cascade; metrics: CascadeMetrics }[]): string {
  if (traced.length === 0) return '没有两个节点以上的传播链\n';
  return traced
    .map(({ cascade, metrics }) => {
      const lines = [
        `原帖 ${metrics.root ?? '（未给出ID）'}：${metrics.size} 个节点，深度 ${metrics.depth}，最大宽度 ${metrics.maxBreadth}，结构病毒性 ${metrics.structuralVirality.toFixed(3)}`,
        `  时间 ${metrics.firstAt ?? '未知'} 至 ${metrics.lastAt ?? '未知'}，高峰时段 ${metrics.peakHour ?? '未知'}，上级缺失 ${metrics.orphans} 条`,
        ...cascade.dropped.map((dropped) => `  舍弃 ${dropped.id} 的上级关系：${dropped.reason}`),
      ];
      return `${lines.join('\n')}\n`;
    })
    .join('');
}
