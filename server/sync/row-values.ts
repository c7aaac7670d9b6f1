// Turns one untrusted desk row into column values, refusing a value of the wrong type rather than letting
// PostgreSQL guess. Every problem is a Chinese sentence naming the table and field.
import type { ColumnKind, TableSpec } from './tables';

export class RowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RowError';
  }
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 1_000_000;

export interface RowValues {
  key: string;
  values: unknown[];
  extra: Record<string, unknown>;
}

export function rowValues(spec: TableSpec, row: unknown): RowValues {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new RowError(`${spec.deskTable} 的一行不是对象。`);
  const record = row as Record<string, unknown>;
  const key = record[spec.keyField];
  if (typeof key !== 'string' || key.length === 0 || key.length > 1000)
    throw new RowError(`${spec.deskTable} 的一行缺少有效的 ${spec.keyField}。`);
  const named = new Set(spec.columns.map((column) => column.field));
  const values = spec.columns.map(({ field, kind }) => columnValue(spec.deskTable, field, kind, record[field]));
  const extra: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) if (!named.has(field)) extra[field] = value;
  return { key, values, extra };
}

function columnValue(table: string, field: string, kind: ColumnKind, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  const wrong = (): never => {
    throw new RowError(`${table}.${field} 的值类型不对（应为 ${kind}）。`);
  };
  switch (kind) {
    case 'text':
      return typeof value === 'string' && value.length <= MAX_TEXT ? value : wrong();
    case 'integer':
      return Number.isSafeInteger(value) && Math.abs(value as number) < 2 ** 31 ? value : wrong();
    case 'boolean':
      return typeof value === 'boolean' ? value : wrong();
    case 'timestamptz':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : wrong();
    case 'date':
      return typeof value === 'string' && LOCAL_DATE.test(value) ? value : wrong();
    case 'text[]':
      return Array.isArray(value) && value.every((element) => typeof element === 'string') ? value : wrong();
    case 'jsonb':
      return JSON.stringify(value);
  }
}
