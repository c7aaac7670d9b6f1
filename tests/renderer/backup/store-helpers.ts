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
