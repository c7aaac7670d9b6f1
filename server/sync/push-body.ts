// The shape of a push, checked field by field before anything is hashed or written (server/API.md).
import type { AuditEntry } from '../../shared/domain/types';
import { DESK_ID_PATTERN } from '../http/desk-id';
import { isWellFormedSignature } from './signature';

export const MAX_ENTRIES_PER_PUSH = 5000;
const HEX64 = /^[0-9a-f]{64}$/;

export interface PushedRow {
  table: string;
  key: string;
  /** the row as the entry left it; null when the entry deleted it */
  row: Record<string, unknown> | null;
}

export interface PushedEntry {
  entry: AuditEntry;
  signature: string;
  rows: PushedRow[];
}

export interface PushBody {
  deskId: string;
  entries: PushedEntry[];
}

export class PushShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PushShapeError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shortString(value: unknown, max = 1000): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

export function parsePushBody(body: unknown): PushBody {
  if (!isRecord(body)) throw new PushShapeError('推送内容不是对象。');
  const { deskId, entries } = body;
  if (typeof deskId !== 'string' || !DESK_ID_PATTERN.test(deskId)) throw new PushShapeError('推送缺少有效的 deskId。');
  if (!Array.isArray(entries) || entries.length === 0) throw new PushShapeError('推送里没有记录。');
  if (entries.length > MAX_ENTRIES_PER_PUSH) throw new PushShapeError(`一次最多推送 ${MAX_ENTRIES_PER_PUSH} 条记录。`);
  return { deskId, entries: entries.map((pushed, index) => parsePushedEntry(pushed, index)) };
}

function parsePushedEntry(pushed: unknown, index: number): PushedEntry {
  const where = `第 ${index + 1} 条推送记录`;
  if (!isRecord(pushed) || !isRecord(pushed.entry)) throw new PushShapeError(`${where}缺少 entry。`);
  const entry = pushed.entry;
  const valid =
    Number.isSafeInteger(entry.seq) &&
    (entry.seq as number) >= 1 &&
    shortString(entry.at, 100) &&
    shortString(entry.actor, 200) &&
    shortString(entry.action, 200) &&
    shortString(entry.target, 1200) &&
    (entry.items === undefined || (Array.isArray(entry.items) && entry.items.every((id) => shortString(id)))) &&
    'before' in entry &&
    'after' in entry &&
    typeof entry.prevHash === 'string' &&
    HEX64.test(entry.prevHash) &&
    typeof entry.hash === 'string' &&
    HEX64.test(entry.hash);
  if (!valid) throw new PushShapeError(`${where}的 entry 字段不完整或格式不对。`);
  if (!isWellFormedSignature(pushed.signature)) throw new PushShapeError(`${where}缺少有效的签名。`);
  const rows = pushed.rows ?? [];
  if (!Array.isArray(rows)) throw new PushShapeError(`${where}的 rows 不是数组。`);
  return {
    entry: entry as unknown as AuditEntry,
    signature: pushed.signature,
    rows: rows.map((row) => {
      if (!isRecord(row) || !shortString(row.table, 100) || !shortString(row.key) || !(row.row === null || isRecord(row.row))) {
        throw new PushShapeError(`${where}的 rows 里有格式不对的一行。`);
      }
      return { table: row.table, key: row.key, row: row.row };
    }),
  };
}
