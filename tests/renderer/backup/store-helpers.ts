import { readBackup, type VerifiedBackup } from '../../../shared/backup';
import { LATEST_SCHEMA_VERSION, type DeskDatabase } from '../../../renderer/db';

/** Every row of every table, in key order: what "nothing lost" is checked against. */
export async function snapshotTables(db: DeskDatabase, except: readonly string[] = []): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of db.tables) if (!except.includes(table.name)) snapshot[table.name] = await table.toArray();
  return snapshot;
}

export function verify(bytes: Uint8Array): Promise<VerifiedBackup> {
  return readBackup(bytes, { currentSchemaVersion: LATEST_SCHEMA_VERSION });
}

/** Lets IndexedDB write the rows, then fails as a full disk does when the transaction needs more space (adds and puts, not deletes). */
export function failWritesTo(db: DeskDatabase, tableName: string, afterCalls = 0): void {
  let calls = 0;
  db.use({
    stack: 'dbcore',
    name: `quota-exceeded-${tableName}`,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== tableName) return table;
        return {
          ...table,
          mutate: async (request) => {
            const result = await table.mutate(request);
            calls += 1;
            if ((request.type === 'add' || request.type === 'put') && calls > afterCalls)
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            return result;
          },
        };
      },
    }),
  });
}
