import { parse as parseLossless } from 'lossless-json';
import { ImportError } from '../errors';
import type { Cell, Table, TableRow } from '../table';
import type { DecodeLimits } from './limits';
import { limitCellText } from './limits';

// Collection tools export an array of records or one record per line. Numbers are kept as the text they
// were written as, so 19-digit Weibo/Douyin IDs never pass through a JavaScript number.

/** Keys that would reach an object's prototype if they were ever assigned to a plain object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

class RawNumber {
  constructor(readonly text: string) {}
}

const keepNumberText = (text: string): RawNumber => new RawNumber(text);

export type JsonLayout = 'json' | 'ndjson';

export function detectJsonLayout(text: string): JsonLayout | null {
  const first = text.match(/^\s*(\S)/)?.[1];
  if (first === '[') return 'json';
  if (first === '{') return 'ndjson';
  return null;
}

export interface JsonDecodeResult {
  table: Table;
  /** NDJSON lines that are not a record: reported as rejected rows rather than failing the file */
  badLines: { row: number; reason: string }[];
}

export function parseJsonRecords(text: string, layout: JsonLayout, limits: DecodeLimits): JsonDecodeResult {
  const records: { row: number; value: unknown }[] = [];
  const badLines: { row: number; reason: string }[] = [];
  if (layout === 'json') {
    const parsed = parseOrThrow(text);
    if (!Array.isArray(parsed)) throw new ImportError('import.jsonNotArray');
    parsed.forEach((value, index) => records.push({ row: index + 1, value }));
  } else {
    let position = 0;
    for (const line of text.split(/\r?\n|\r/)) {
      if (line.trim() === '') continue;
      position++;
      try {
        records.push({ row: position, value: parseLossless(line, null, keepNumberText) });
      } catch {
        badLines.push({ row: position, reason: '该行不是有效的 JSON 记录' });
      }
    }
    if (records.length === 0) throw new ImportError('import.jsonInvalid');
  }
  if (records.length > limits.maxRows) {
    throw new ImportError('import.tooManyRecords', { maxRows: limits.maxRows });
  }
  return { table: recordsToTable(records, badLines, limits), badLines };
}

function parseOrThrow(text: string): unknown {
  try {
    return parseLossless(text, null, keepNumberText);
  } catch {
    throw new ImportError('import.jsonInvalid');
  }
}

function recordsToTable(
  records: { row: number; value: unknown }[],
  badLines: { row: number; reason: string }[],
  limits: DecodeLimits,
): Table {
  const columnOf = new Map<string, number>();
  const rows: TableRow[] = [];
  let blankRowsWithin = 0;
  let pendingBlank = 0;
  for (const { row, value } of records) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof RawNumber) {
      badLines.push({ row, reason: '该记录不是对象，无法识别字段' });
      continue;
    }
    const cells: (Cell | undefined)[] = [];
    for (const [key, cellValue] of flatten(value as Record<string, unknown>, '', 0)) {
      let column = columnOf.get(key);
      if (column === undefined) {
        column = columnOf.size;
        columnOf.set(key, column);
      }
      const cell = toCell(cellValue, limits);
      if (cell) cells[column] = cell;
    }
    if (cells.every((cell) => cell === undefined || cell.text.trim() === '')) {
      if (rows.length > 0) pendingBlank++;
      continue;
    }
    blankRowsWithin += pendingBlank;
    pendingBlank = 0;
    rows.push({ row, cells });
  }
  return { name: null, rows, blankRowsWithin, merges: [], date1904: false, fixedHeaders: [...columnOf.keys()] };
}

const MAX_DEPTH = 3;

// Nested objects become "user.name" columns so a template can map them; forbidden keys never get through.
function* flatten(record: Record<string, unknown>, prefix: string, depth: number): Generator<[string, unknown]> {
  for (const key of Object.keys(record)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    const value = record[key];
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof RawNumber) && depth < MAX_DEPTH) {
      yield* flatten(value as Record<string, unknown>, name, depth + 1);
    } else {
      yield [name, value];
    }
  }
}

function toCell(value: unknown, limits: DecodeLimits): Cell | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof RawNumber) {
    const number = Number(value.text);
    const cell = limitCellText(value.text, limits);
    return Number.isFinite(number) ? { ...cell, number } : cell;
  }
  if (typeof value === 'string') return value === '' ? undefined : limitCellText(value.replace(/\r\n?/g, '\n'), limits);
  if (typeof value === 'boolean') return { text: value ? 'true' : 'false' };
  if (Array.isArray(value)) {
    const parts = value.map((element) => (element instanceof RawNumber ? element.text : typeof element === 'string' ? element : null));
    if (parts.every((part): part is string => part !== null)) return limitCellText(parts.join('、'), limits);
  }
  return limitCellText(stringifyKeepingNumbers(value), limits);
}

function stringifyKeepingNumbers(value: unknown): string {
  if (value instanceof RawNumber) return value.text;
  if (Array.isArray(value)) return `[${value.map(stringifyKeepingNumbers).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => !FORBIDDEN_KEYS.has(key))
      .map((key) => `${JSON.stringify(key)}:${stringifyKeepingNumbers(record[key])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
