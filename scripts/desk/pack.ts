// `npm run --silent desk -- pack verify <folder|zip> [--json]`: checks a briefing pack against its
// manifest, away from the workstation that made it. Exit 0 all holds; 1 a file was altered, removed
// or added, or the report hash fails; 2 no readable manifest or pack; 64 wrong arguments.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { PackError, verifyPack, type PackFile, type PackVerification } from '../../shared/export/pack';
import { errorWords } from './error-words';

const USAGE = '用法: npm run --silent desk -- pack verify <文件夹|zip> [--json]';

export async function run(args: string[]): Promise<number> {
  const [subcommand, ...rest] = args;
  const json = rest.includes('--json');
  const targets = rest.filter((arg) => arg !== '--json');
  const target = targets[0];
  if (subcommand !== 'verify' || targets.length !== 1 || target === undefined || target.startsWith('--')) {
    process.stderr.write(`${USAGE}\n`);
    return 64;
  }

  let entries: PackFile[];
  try {
    entries = await readPack(target);
  } catch (error) {
    process.stderr.write(`无法读取简报包：${target}（${describe(error)}）\n`);
    return 2;
  }

  let result: PackVerification;
  try {
    result = verifyPack(entries);
  } catch (error) {
    if (error instanceof PackError) {
      process.stderr.write(`${errorWords(error)}\n`);
      return 2;
    }
    throw error;
  }

  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else process.stdout.write(`${summary(result)}\n`);
  if (!result.ok) process.stderr.write(`简报包校验未通过：${problems(result)}\n`);
  return result.ok ? 0 : 1;
}

async function readPack(target: string): Promise<PackFile[]> {
  const info = await stat(target);
  if (info.isDirectory()) return readFolder(target);
  return Object.entries(unzipSync(await readFile(target))).map(([entryPath, bytes]) => ({ path: entryPath, bytes }));
}

async function readFolder(root: string): Promise<PackFile[]> {
  const files: PackFile[] = [];
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    files.push({ path: path.relative(root, absolute).split(path.sep).join('/'), bytes: await readFile(absolute) });
  }
  return files;
}

function problems(result: PackVerification): string {
  const parts: string[] = [];
  const altered = result.files.filter((file) => !file.ok).map((file) => file.path);
  if (altered.length > 0) parts.push(`被修改 ${altered.join('、')}`);
  if (result.missing.length > 0) parts.push(`缺少 ${result.missing.join('、')}`);
  if (result.extra.length > 0) parts.push(`多出 ${result.extra.join('、')}`);
  if (result.reportHashOk === false) parts.push('报告内容哈希不符');
  return parts.join('；');
}

function summary(result: PackVerification): string {
  if (!result.ok) return `校验未通过（${problems(result)}）`;
  const report = result.reportHashOk === null ? '清单简报包，无报告' : '报告内容哈希一致';
  return `校验通过：${result.files.length} 个文件完好，${report}`;
}

function describe(error: unknown): string {
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return '文件不存在';
  return error instanceof Error ? error.message : String(error);
}
