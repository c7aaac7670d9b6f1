import { parse as parseLosslessJson } from 'lossless-json';
import { read as readWorkbook, utils as sheetUtils } from 'xlsx';
import { SpreadInputError } from './errors';
import type { SpreadRecord } from './model';

// A small reader of its own so spread tracing works on the shared data now; the import pipeline
// (shared/import) may take over sheets later. Pure: bytes in, records out.

export type SpreadFormat = 'json' | 'ndjson' | 'csv' | 'xlsx';

export interface SpreadSource {
  format: SpreadFormat;
  records: SpreadRecord[];
  /** a repost array without 原帖ID: its original has no record, buildCascades must imply it */
  impliedRoot: boolean;
  /** the platform of that implied original, when the file's layout tells it */
  rootPlatform: string | null;
}

type Field = keyof Omit<SpreadRecord, 'time'> | 'time';

// Column names partners use, after trimming and lower-casing. Weibo collection tools write the
// English keys; partner sheets the Chinese headers.
const FIELD_ALIASES: Record<Field, readonly string[]> = {
  id: ['帖子id', 'mid', 'id', '微博id', '帖子编号'],
  root: ['原帖id', 'root', 'rootid', 'root_id', '原帖编号'],
  parent: ['上级id', 'parent', 'parentid', 'parent_id', '上级编号', '父帖id'],
  time: ['发布时间', 'date', 'time', '时间', 'created_at'],
  platform: ['平台', 'platform'],
  account: ['账号', 'uid', 'account', '用户', '发布账号'],
  text: ['内容', 'text', '正文'],
};

const WEIBO_KEYS = ['mid', 'parent', 'kids'];

export function readSpreadFile(bytes: Uint8Array, fileName: string): SpreadSource {
  const extension = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  if (extension === 'xlsx' || extension === 'xls' || isZipOrOle(bytes)) return readSheetFile(bytes);
  const text = decodeText(bytes);
  if (extension === 'csv' || extension === 'tsv') return readCsvText(text);
  if (extension === 'ndjson' || extension === 'jsonl') return readNdjsonText(text);
  const start = text.trimStart()[0];
  if (start === '[') return readJsonText(text);
  if (start === '{') return text.trim().includes('\n') ? readNdjsonText(text) : readJsonText(text);
  if (extension === 'json') return readJsonText(text);
  return readCsvText(text);
}

function isZipOrOle(bytes: Uint8Array): boolean {
  return (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf);
}

// Partner files come as UTF-8 or, from older Windows tools, GB18030 (a superset of GBK).
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new SpreadInputError('unreadable', 'spread.notText');
    }
  }
}

export function readJsonText(text: string): SpreadSource {
  const value = parseJson(text, null);
  if (!Array.isArray(value)) throw new SpreadInputError('refused', 'spread.jsonNotArray');
  return fromObjects(value, 'json');
}

export function readNdjsonText(text: string): SpreadSource {
  const values: unknown[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    values.push(parseJson(line, index + 1));
  });
  return fromObjects(values, 'ndjson');
}

/** `line` is the NDJSON line being read, null for a whole JSON file. */
function parseJson(text: string, line: number | null): unknown {
  try {
    // Numbers stay text: post ids are often longer than a double holds exactly.
    return parseLosslessJson(text, null, (digits) => digits);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw line === null
      ? new SpreadInputError('unreadable', 'spread.jsonInvalid', { detail })
      : new SpreadInputError('unreadable', 'spread.jsonLineInvalid', { line, detail });
  }
}

function fromObjects(values: readonly unknown[], format: SpreadFormat): SpreadSource {
  const objects = values.map((value, index) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new SpreadInputError('refused', 'spread.recordNotObject', { record: index + 1 });
    }
    return value as Record<string, unknown>;
  });
  const keys = new Set(objects.flatMap((object) => Object.keys(object).map(normaliseHeader)));
  const fieldKeys = mapFields([...keys]);
  if (objects.length > 0 && (fieldKeys.id === undefined || (fieldKeys.parent === undefined && fieldKeys.root === undefined))) {
    throw new SpreadInputError('refused', 'spread.recordFieldsMissing');
  }
  const weiboShaped = WEIBO_KEYS.some((key) => keys.has(key));
  const records = objects.map((object) => {
    const byKey = new Map(Object.entries(object).map(([key, value]) => [normaliseHeader(key), value]));
    const field = (name: Field): unknown => {
      const key = fieldKeys[name];
      return key === undefined ? null : byKey.get(key);
    };
    return {
      id: asId(field('id')),
      parent: asId(field('parent')),
      root: asId(field('root')),
      time: asTime(field('time')),
      // The mid/parent/kids layout is what Weibo collection tools export.
      platform: asText(field('platform')) ?? (weiboShaped ? '微博' : null),
      account: asId(field('account')),
      text: asText(field('text')),
    };
  });
  const impliedRoot = fieldKeys.root === undefined;
  return { format, records, impliedRoot, rootPlatform: impliedRoot && weiboShaped ? '微博' : null };
}

export function readCsvText(text: string): SpreadSource {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  return fromRows(parseCsv(text, delimiter), 'csv');
}

/** RFC 4180: quoted fields may hold delimiters, doubled quotes and line breaks. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] as string;
    if (quoted) {
      if (character !== '"') field += character;
      else if (text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else quoted = false;
    } else if (character === '"' && field === '') quoted = true;
    else if (character === delimiter) {
      row.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += character;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

export function readSheetFile(bytes: Uint8Array): SpreadSource {
  let workbook;
  try {
    workbook = readWorkbook(bytes, { type: 'array', cellDates: false, cellFormula: false, cellHTML: false });
  } catch (error) {
    throw new SpreadInputError('unreadable', 'spread.sheetUnreadable', { detail: error instanceof Error ? error.message : String(error) });
  }
  // The first sheet that has the columns: partners often put a cover sheet first.
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    if (!sheet) continue;
    const rows = sheetUtils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null, blankrows: false });
    const fields = mapFields((rows[0] ?? []).map((cell) => normaliseHeader(String(cell ?? ''))));
    if (fields.id !== undefined && (fields.parent !== undefined || fields.root !== undefined)) return fromRows(rows, 'xlsx');
  }
  throw new SpreadInputError('refused', 'spread.noTraceSheet');
}

function fromRows(rows: readonly (readonly unknown[])[], format: SpreadFormat): SpreadSource {
  const [header = [], ...body] = rows;
  const headers = header.map((cell) => normaliseHeader(String(cell ?? '')));
  const fields = mapFields(headers);
  if (fields.id === undefined || (fields.parent === undefined && fields.root === undefined)) {
    throw new SpreadInputError('refused', 'spread.headerMissing');
  }
  const column = (name: Field): number => (fields[name] === undefined ? -1 : headers.indexOf(fields[name]));
  const columns = {
    id: column('id'),
    parent: column('parent'),
    root: column('root'),
    time: column('time'),
    platform: column('platform'),
    account: column('account'),
    text: column('text'),
  };
  const records = body.map((cells, index) => {
    const cell = (position: number): unknown => (position === -1 ? null : cells[position]);
    const row = index + 2;
    return {
      id: asId(cell(columns.id), row),
      parent: asId(cell(columns.parent), row),
      root: asId(cell(columns.root), row),
      time: format === 'xlsx' ? excelTime(cell(columns.time)) : asTime(cell(columns.time)),
      platform: asText(cell(columns.platform)),
      account: asId(cell(columns.account), row),
      text: asText(cell(columns.text)),
    };
  });
  return { format, records, impliedRoot: columns.root === -1, rootPlatform: null };
}

function normaliseHeader(header: string): string {
  return header.replace(/\s+/g, '').toLowerCase();
}

function mapFields(headers: readonly string[]): Partial<Record<Field, string>> {
  const fields: Partial<Record<Field, string>> = {};
  for (const [field, aliases] of Object.entries(FIELD_ALIASES) as [Field, readonly string[]][]) {
    const found = aliases.find((alias) => headers.includes(alias));
    if (found !== undefined) fields[field] = found;
  }
  return fields;
}

/** `row` is the sheet row the value came from; only sheet cells are numbers. */
function asId(value: unknown, row = 0): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    // A sheet cell typed as number: past 2^53 its digits are already lost, so refuse rather than guess.
    if (!Number.isSafeInteger(value)) throw new SpreadInputError('refused', 'spread.idTooPrecise', { row, value: String(value) });
    return String(value);
  }
  const text = String(value).trim();
  return text === '' ? null : text;
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

function asTime(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'number' ? value : String(value);
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

// A date cell holds days since 1899-12-30 as Beijing wall clock; written back as text so the shared
// time parser reads it as Beijing time, whatever the host's time zone.
function excelTime(value: unknown): string | number | null {
  if (typeof value !== 'number' || value <= 0 || value >= 1e6) return asTime(value);
  const wall = new Date(EXCEL_EPOCH_MS + Math.round((value * DAY_MS) / 1000) * 1000);
  const pad = (part: number) => String(part).padStart(2, '0');
  return (
    `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())} ` +
    `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`
  );
}
