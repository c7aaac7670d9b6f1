// `desk check <file> --json …`: validate a partner's file with the same pipeline the app imports with,
// without touching any store. The parse runs in a child process under a time limit, so a runaway or
// hostile file ends as one clear line instead of a hang.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Feed, ItemKind } from '../../shared/domain/types';
import {
  DEFAULT_LIMITS,
  ImportError,
  encodingFromName,
  feedFromText,
  isValidTimeZone,
  kindFromText,
  parseImport,
  parseMappingTemplate,
  toCheckReport,
} from '../../shared/import';
import type { CheckReport, ImportOptions, MappingTemplate, TextEncodingName } from '../../shared/import';
import { errorWords } from './error-words';
import { argsOrUsage, USAGE_EXIT, UsageError } from './usage';

const USAGE =
  '用法: npm run --silent desk -- check <文件> [--json] [--feed cac] [--kind online] [--year 2020] [--tz Asia/Shanghai] [--encoding gb18030] [--sheet 名称]... [--mapping 模板.json]';

const DEFAULT_TIME_LIMIT_MS = 60_000;
const CHILD_FLAG = '--desk-check-child';
const CHILD_HEAP_MB = 3072;

interface CheckArgs {
  file: string;
  json: boolean;
  feed?: Feed;
  kind?: ItemKind;
  year?: number;
  tz?: string;
  encoding?: TextEncodingName;
  sheets: string[];
  mapping?: string;
}

const VALUE_OPTIONS = new Set(['--feed', '--kind', '--year', '--tz', '--encoding', '--sheet', '--mapping']);

export function parseCheckArgs(args: readonly string[]): CheckArgs {
  const parsed: Partial<CheckArgs> & { sheets: string[]; json: boolean } = { sheets: [], json: false };
  const files: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === '--json') {
      parsed.json = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      files.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`未知参数: ${arg}`);
    const value = equals > 0 ? arg.slice(equals + 1) : args[++index];
    if (value === undefined || value === '') throw new UsageError(`参数 ${name} 需要一个值`);
    applyOption(parsed, name, value);
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? '缺少要检查的文件' : `只能检查一个文件，收到 ${files.length} 个`);
  return { ...parsed, file: files[0] as string };
}

function applyOption(parsed: Partial<CheckArgs> & { sheets: string[] }, name: string, value: string): void {
  switch (name) {
    case '--feed': {
      const feed = feedFromText(value);
      if (!feed) throw new UsageError(`无法识别的来源渠道: ${value}（可用 cac、police、grid、staff、acquaintance、search、other）`);
      parsed.feed = feed;
      return;
    }
    case '--kind': {
      const kind = kindFromText(value);
      if (!kind) throw new UsageError(`无法识别的舆情类别: ${value}（可用 online、social）`);
      parsed.kind = kind;
      return;
    }
    case '--year': {
      const year = Number(value);
      if (!/^\d{4}$/.test(value) || year < 1900 || year > 2200) throw new UsageError(`年份不正确: ${value}`);
      parsed.year = year;
      return;
    }
    case '--tz':
      if (!isValidTimeZone(value)) throw new UsageError(`无法识别的时区: ${value}（例如 Asia/Shanghai）`);
      parsed.tz = value;
      return;
    case '--encoding': {
      const encoding = encodingFromName(value);
      if (!encoding) throw new UsageError(`不支持的编码: ${value}（可用 utf-8、utf-16le、utf-16be、gb18030、gbk）`);
      parsed.encoding = encoding;
      return;
    }
    case '--sheet':
      parsed.sheets.push(value);
      return;
    case '--mapping':
      parsed.mapping = value;
      return;
  }
}

export async function run(args: string[]): Promise<number> {
  const parsed = argsOrUsage(args, parseCheckArgs, USAGE);
  if (!parsed) return USAGE_EXIT;
  try {
    const input = await readInputs(parsed);
    const report = await parseInChild(input, timeLimitMs());
    process.stdout.write(parsed.json ? `${JSON.stringify(report)}\n` : summary(report));
    return 0;
  } catch (error) {
    if (error instanceof RefusedError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** A file that cannot be read or is refused: exit 2 with this one line. */
class RefusedError extends Error {}

interface ParseInput {
  bytes: Uint8Array;
  fileName: string;
  options: Omit<ImportOptions, 'onProgress' | 'shouldCancel'>;
}

async function readInputs(args: CheckArgs): Promise<ParseInput> {
  const fileName = basename(args.file);
  let size: number;
  try {
    const info = await stat(args.file);
    if (!info.isFile()) throw new RefusedError(`「${args.file}」不是文件`);
    size = info.size;
  } catch (error) {
    if (error instanceof RefusedError) throw error;
    throw new RefusedError(`无法读取文件「${args.file}」：${describeFsError(error)}`);
  }
  if (size > DEFAULT_LIMITS.maxBytes) {
    throw new RefusedError(`文件「${fileName}」超过 ${Math.round(DEFAULT_LIMITS.maxBytes / 1024 / 1024)} MB 的上限，已拒绝`);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(args.file));
  } catch (error) {
    throw new RefusedError(`无法读取文件「${args.file}」：${describeFsError(error)}`);
  }
  const options: ParseInput['options'] = { importTime: Date.now() };
  if (args.feed) options.feed = args.feed;
  if (args.kind) options.kind = args.kind;
  if (args.year !== undefined) options.year = args.year;
  if (args.tz) options.tz = args.tz;
  if (args.encoding) options.encoding = args.encoding;
  if (args.sheets.length > 0) options.sheets = args.sheets;
  if (args.mapping) options.template = await readTemplate(args.mapping);
  return { bytes, fileName, options };
}

async function readTemplate(path: string): Promise<MappingTemplate> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new RefusedError(`无法读取映射模板「${path}」：${describeFsError(error)}`);
  }
  try {
    return parseMappingTemplate(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch (error) {
    if (error instanceof ImportError) throw new RefusedError(`映射模板「${basename(path)}」：${errorWords(error)}`);
    throw new RefusedError(`映射模板「${basename(path)}」不是有效的 JSON`);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') return '文件不存在';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  if (code === 'EISDIR') return '这是一个文件夹';
  return '读取失败';
}

function describeDuration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} 秒` : `${ms} 毫秒`;
}

function timeLimitMs(): number {
  const fromEnv = Number(process.env.DESK_CHECK_TIMEOUT_MS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_TIME_LIMIT_MS;
}

type ChildReply = { ok: true; report: CheckReport } | { ok: false; refused: boolean; message: string };

// A child process rather than a worker_thread: Node 20 workers do not get tsx's loader hooks, a child
// started with our own execArgv does. It also gives the parse its own heap, so a file that exhausts
// memory kills the child, not the CLI.
function parseInChild(input: ParseInput, limitMs: number): Promise<CheckReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, `--max-old-space-size=${CHILD_HEAP_MB}`, fileURLToPath(import.meta.url), CHILD_FLAG],
      {
        stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
        serialization: 'advanced',
      },
    );
    let settled = false;
    const finish = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
      if (child.exitCode === null) child.kill('SIGKILL');
    };
    const timer = setTimeout(() => {
      finish(() =>
        reject(new RefusedError(`${input.fileName}: 解析超过 ${describeDuration(limitMs)}的时间上限，已中止：文件可能异常或过大`)),
      );
    }, limitMs);
    child.once('message', (reply: ChildReply) => {
      finish(() => {
        if (reply.ok) resolve(reply.report);
        else if (reply.refused) reject(new RefusedError(`${input.fileName}: ${reply.message}`));
        else reject(new Error(reply.message));
      });
    });
    child.once('error', (error) => finish(() => reject(new Error(`无法启动解析进程：${error.message}`))));
    child.once('exit', (code, signal) => {
      finish(() =>
        reject(
          signal === 'SIGABRT' || code === 134
            ? new RefusedError(`${input.fileName}: 解析时内存不足，已中止：文件可能异常或过大`)
            : new Error(`解析进程意外退出（${signal ?? code ?? '?'}）`),
        ),
      );
    });
    child.send(input);
  });
}

function parseHere(input: ParseInput): ChildReply {
  try {
    const result = parseImport(input.bytes, input.fileName, input.options);
    return { ok: true, report: toCheckReport(result) };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, refused: true, message: errorWords(error) };
    return { ok: false, refused: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function summary(report: CheckReport): string {
  const lines = [
    `文件: ${report.file}`,
    ...report.sheets.map((sheet) =>
      sheet.headerRow === null && Object.keys(sheet.mapping).length === 0
        ? `  工作表 ${sheet.name ?? '（无）'}: 未识别到表头，未读取`
        : `  工作表 ${sheet.name ?? '（无）'}: 表头在第 ${sheet.headerRow ?? '-'} 行，映射 ${Object.entries(sheet.mapping)
            .map(([header, field]) => `${header}→${field ?? '（不导入）'}`)
            .join('，')}`,
    ),
    `接受 ${report.accepted} 行，跳过 ${report.skippedRows} 行，拒绝 ${report.rejected.length} 行，警告 ${report.warnings.length} 条，文件内重复 ${report.duplicatesInFile} 行`,
    ...report.rejected.map((row) => `  拒绝 ${row.sheet ? `${row.sheet} ` : ''}第 ${row.row} 行: ${row.reason}`),
    ...report.warnings.map((row) => `  警告 ${row.sheet ? `${row.sheet} ` : ''}第 ${row.row} 行: ${row.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}

if (process.argv.includes(CHILD_FLAG) && process.send) {
  process.once('message', (input: ParseInput) => {
    process.send?.(parseHere(input), () => process.disconnect());
  });
}
