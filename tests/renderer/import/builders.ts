import { parseImport, type ImportOptions, type ImportResult } from '../../../shared/import';
import type { FileToWrite } from '../../../renderer/features/import/write-import';

/** 2024-05-06 09:00 in Shanghai: fixed so reportedAt never depends on the clock. */
export const IMPORT_TIME = Date.UTC(2024, 4, 6, 1, 0, 0);
export const IMPORT_TIME_ISO = '2024-05-06T09:00:00+08:00';

export const HEADER = ['标题', '内容', '链接', '平台', '发布时间', '转发数'] as const;

export interface RowSpec {
  title?: string;
  content?: string;
  url?: string;
  platform?: string;
  publishedAt?: string;
  reposts?: number | null;
}

let rowCounter = 0;

/** A partner row about a distinct matter, so no two built rows are near-duplicates unless a test says so. */
export function row(overrides: RowSpec = {}): RowSpec {
  rowCounter += 1;
  const n = rowCounter;
  return {
    title: `第${n}号舆情 ${'甲乙丙丁戊己庚辛壬癸'.slice(n % 10)}${n * 7919}`,
    content: `网民反映编号${n * 104729}的事项：${String(n * 2654435761)
      .split('')
      .reverse()
      .join('')}号楼供暖${n % 3 === 0 ? '不足' : '中断'}，已持续${n}天。`,
    url: `https://weibo.example.cn/status/${4_900_000_000 + n}`,
    platform: '新浪微博',
    publishedAt: '2024-05-05 10:30',
    reposts: n,
    ...overrides,
  };
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvOf(rows: readonly RowSpec[], extraHeader: { name: string; values: string[] } | null = null): Uint8Array {
  const header = [...HEADER, ...(extraHeader ? [extraHeader.name] : [])];
  const lines = [header.join(',')];
  rows.forEach((spec, index) => {
    const cells = [
      spec.title ?? '',
      spec.content ?? '',
      spec.url ?? '',
      spec.platform ?? '',
      spec.publishedAt ?? '',
      spec.reposts == null ? '' : String(spec.reposts),
    ];
    if (extraHeader) cells.push(extraHeader.values[index] ?? '');
    lines.push(cells.map(quote).join(','));
  });
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

export function parseRows(rows: readonly RowSpec[], fileName: string, options: ImportOptions = {}): ImportResult {
  return parseImport(csvOf(rows), fileName, { importTime: IMPORT_TIME, ...options });
}

/** The parsed file as the writer reads it, rows handed out a chunk at a time as the worker does. */
export function fileToWrite(result: ImportResult): FileToWrite {
  return { file: result.file, accepted: result.accepted, read: async (from, to) => result.items.slice(from, to) };
}
