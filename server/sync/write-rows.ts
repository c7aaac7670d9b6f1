// Upserts (or deletes) the rows an entry carried, table by table through the column map.
import type pg from 'pg';
import { RowError, rowValues } from './row-values';
import { tableSpecFor, type TableSpec } from './tables';
import type { PushedRow } from './push-body';

const upsertSqlCache = new Map<string, string>();

function upsertSql(spec: TableSpec): string {
  const cached = upsertSqlCache.get(spec.sqlTable);
  if (cached) return cached;
  const columns = [...spec.columns.map((column) => column.column), 'extra', 'global_seq', 'origin_desk'];
  const casts = [...spec.columns.map((column) => column.kind), 'jsonb', 'bigint', 'text'];
  const keyColumn = spec.columns.find((column) => column.field === spec.keyField)!.column;
  const placeholders = casts.map((cast, index) => `$${index + 1}::${cast}`);
  const updates = columns.filter((column) => column !== keyColumn).map((column) => `${column} = EXCLUDED.${column}`);
  const sql = `INSERT INTO ${spec.sqlTable} (${columns.join(', ')}) VALUES (${placeholders.join(', ')})
    ON CONFLICT (${keyColumn}) DO UPDATE SET ${updates.join(', ')}`;
  upsertSqlCache.set(spec.sqlTable, sql);
  return sql;
}

export function specForRow(row: PushedRow): TableSpec {
  const spec = tableSpecFor(row.table);
  if (!spec) throw new RowError(`服务器不同步表 ${row.table}。`);
  return spec;
}

export async function writeRow(client: pg.ClientBase, row: PushedRow, globalSeq: number, originDesk: string): Promise<void> {
  const spec = specForRow(row);
  const keyColumn = spec.columns.find((column) => column.field === spec.keyField)!.column;
  if (row.row === null) {
    await client.query(`DELETE FROM ${spec.sqlTable} WHERE ${keyColumn} = $1`, [row.key]);
    return;
  }
  const { key, values, extra } = rowValues(spec, row.row);
  if (key !== row.key) throw new RowError(`${row.table} 的一行的 ${spec.keyField} 与它声明的 key 不一致。`);
  await client.query(upsertSql(spec), [...values, JSON.stringify(extra), globalSeq, originDesk]);
}
