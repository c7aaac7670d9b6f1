import type { Table } from 'dexie';
import { auditedWrite, type WriteContext, type WriteScope } from './audited-write';
import { diffFields } from './field-diff';

/**
 * The repository of a table whose rows are stored as they are (units, reporters, tags, events, …).
 * put() writes one record with an audit entry targeting it; bulkPut() and remove() are one entry each,
 * listing their keys. Row types of features still being built (reports, mappings) can be narrowed by the
 * caller through the type parameter of get/list.
 */
export function createEntityRepository<Row extends object>(scope: WriteScope, table: Table<Row, string>, keyOf: (row: Row) => string) {
  const name = table.name;

  async function putRows(rows: readonly Row[]) {
    const existing = await table.bulkGet(rows.map(keyOf));
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const changed: Row[] = [];
    rows.forEach((row, index) => {
      const old = existing[index];
      const key = keyOf(row);
      if (!old) {
        changed.push(row);
        before[key] = null;
        after[key] = row;
        return;
      }
      const diff = diffFields(old, row);
      if (!diff) return;
      changed.push(row);
      before[key] = diff.before;
      after[key] = diff.after;
    });
    if (changed.length > 0) await table.bulkPut(changed);
    return { changed, before, after, created: existing.map((old) => old === undefined) };
  }

  return {
    count: () => table.count(),

    get: <T extends Row = Row>(key: string) => table.get(key) as Promise<T | undefined>,

    getMany: <T extends Row = Row>(keys: readonly string[]) => table.bulkGet([...keys]) as Promise<Array<T | undefined>>,

    list: async <T extends Row = Row>() => narrow<Row, T>(await table.toArray()),

    /** Rows whose `index` equals `value`; the index must be declared in schema.ts. */
    where: async <T extends Row = Row>(index: string, value: string | number) =>
      narrow<Row, T>(await table.where(index).equals(value).toArray()),

    /** Creates or replaces one record. Writes nothing when nothing changed. */
    put: (row: Row, ctx: WriteContext) =>
      auditedWrite(scope, [table], ctx, async (record) => {
        const key = keyOf(row);
        const { changed, before, after, created } = await putRows([row]);
        if (changed.length === 0) return row;
        record({
          action: `${name}.${created[0] ? 'create' : 'update'}`,
          target: `${name}:${key}`,
          before: before[key],
          after: after[key],
        });
        return row;
      }),

    bulkPut: (rows: readonly Row[], ctx: WriteContext) =>
      auditedWrite(scope, [table], ctx, async (record) => {
        const { changed, before, after } = await putRows(rows);
        if (changed.length === 0) return 0;
        record({ action: `${name}.put`, target: `${name}:*`, items: changed.map(keyOf), before, after });
        return changed.length;
      }),

    /** The removed rows go into the audit entry whole, so a removal can be undone. Unknown keys are ignored. */
    remove: (keys: readonly string[], ctx: WriteContext) =>
      auditedWrite(scope, [table], ctx, async (record) => {
        const rows = (await table.bulkGet([...keys])).filter((row): row is Row => row !== undefined);
        if (rows.length === 0) return 0;
        await table.bulkDelete(rows.map(keyOf));
        record({
          action: `${name}.remove`,
          target: `${name}:*`,
          items: rows.map(keyOf),
          before: Object.fromEntries(rows.map((row) => [keyOf(row), row])),
          after: null,
        });
        return rows.length;
      }),
  };
}

/** The caller vouches for the richer row type (e.g. the report feature's Report for a ReportRow). */
export function narrow<Row, T extends Row>(rows: Row[]): T[] {
  return rows as unknown as T[];
}

export type EntityRepository<Row extends object> = ReturnType<typeof createEntityRepository<Row>>;
