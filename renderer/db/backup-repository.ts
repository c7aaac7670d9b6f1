// Backups of the whole store (shared/backup) and restores from them.
//
// Export reads every table inside one read-only transaction, so the backup is one consistent moment even
// while other windows write: the audit log in it matches the data in it. It reads in key order, a chunk at
// a time, and compresses each chunk before asking for the next; the UI gets its turn at every read.
//
// Restore writes everything in ONE read-write transaction: the current tables are cleared, the backup's rows
// added, and one audit entry recording the restore is appended after the backup's own log. A failure
// anywhere (a full disk, a row IndexedDB refuses) rolls all of it back, so the workspace is either the one
// from before or the one from the backup, never a mix. The backup has been verified whole before this runs.
import type { Table } from 'dexie';
import type { AuditHead } from '../../shared/audit/chain';
import { BackupWriter, type BackupManifest, type VerifiedBackup } from '../../shared/backup';
import type { Item } from '../../shared/domain/types';
import { auditedWrite, type WriteContext, type WriteScope } from './audited-write';
import { DeskStoreError } from './errors';
import { fromItemRow, toItemRow } from './items-repository';
import { LATEST_SCHEMA_VERSION, type ItemRow } from './schema';
import { WORKSPACE_TABLES } from './workspace-repository';

/** Rebuilt from the other tables at any time, so left out of backups and emptied by a restore. */
const REBUILDABLE_TABLES: ReadonlySet<string> = new Set(['derived']);
const EXPORT_CHUNK = 500;
const RESTORE_CHUNK = 2_000;

export const RESTORE_ACTION = 'workspace.restore';

export type RestoreMode = 'intoEmpty' | 'replace';

export interface ExportOptions {
  appVersion: string;
  /** rows read and compressed per step */
  chunkSize?: number;
  onProgress?: (progress: { table: string; rows: number }) => void;
}

export interface RestoreOptions {
  mode: RestoreMode;
  /** the file restored from, as the analyst chose it: recorded in the audit entry */
  fileName: string;
  chunkSize?: number;
  onProgress?: (progress: { table: string; rows: number; total: number }) => void;
}

export interface RestoreSummary {
  /** rows written per table */
  counts: Record<string, number>;
  /** seq of the audit entry that records the restore */
  auditSeq: number;
}

/** `intoEmpty` was chosen but the workspace has content (another window may have added some). */
export class WorkspaceNotEmptyError extends DeskStoreError {
  constructor() {
    super('db.backup.workspaceNotEmpty');
  }
}

/** The backup names a table this program does not have. */
export class UnknownBackupTableError extends DeskStoreError {
  constructor(readonly table: string) {
    super('db.backup.unknownTable', { table });
  }
}

export function createBackupRepository(scope: WriteScope) {
  const { db } = scope;

  /** Every table a backup holds, in the store's declaration order. */
  function backupTables(): Table[] {
    return db.tables.filter((table) => !REBUILDABLE_TABLES.has(table.name));
  }

  async function counts(tables: readonly Table[]): Promise<Record<string, number>> {
    const entries = await Promise.all(tables.map(async (table) => [table.name, await table.count()] as const));
    return Object.fromEntries(entries);
  }

  async function currentHead(): Promise<AuditHead | null> {
    const last = await db.auditLog.orderBy('seq').last();
    return last ? { seq: last.seq, hash: last.hash } : null;
  }

  async function isWorkspaceEmpty(): Promise<boolean> {
    for (const name of WORKSPACE_TABLES) if ((await db.table(name).count()) > 0) return false;
    return true;
  }

  return {
    tableNames: (): string[] => backupTables().map((table) => table.name),

    /** A full backup, as the bytes of one .odbak file. */
    async export(options: ExportOptions): Promise<{ bytes: Uint8Array<ArrayBuffer>; manifest: BackupManifest }> {
      const chunkSize = options.chunkSize ?? EXPORT_CHUNK;
      const tables = backupTables();
      const writer = new BackupWriter({
        schemaVersion: LATEST_SCHEMA_VERSION,
        appVersion: options.appVersion,
        createdAt: scope.clock().toISOString(),
      });
      await db.transaction('r', tables, async () => {
        for (const table of tables) {
          writer.beginTable(table.name);
          let last: unknown = undefined;
          let rows = 0;
          for (;;) {
            const collection = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
            const chunk: unknown[] = await collection.limit(chunkSize).toArray();
            if (chunk.length === 0) break;
            writer.addRows(table === db.items ? (chunk as ItemRow[]).map(fromItemRow) : chunk);
            rows += chunk.length;
            last = primaryKeyOf(table, chunk.at(-1));
            options.onProgress?.({ table: table.name, rows });
            if (chunk.length < chunkSize) break;
          }
          writer.endTable();
        }
      });
      return writer.finish();
    },

    /** Replaces the workspace with a verified backup, all or nothing, and records that in the audit log. */
    async restore(backup: VerifiedBackup, ctx: WriteContext, options: RestoreOptions): Promise<RestoreSummary> {
      const chunkSize = options.chunkSize ?? RESTORE_CHUNK;
      const tables = backupTables();
      const byName = new Map(tables.map((table) => [table.name, table]));
      for (const { name } of backup.manifest.tables) if (!byName.has(name)) throw new UnknownBackupTableError(name);
      const cleared = db.tables.filter((table) => table !== db.auditLog);

      const written = await auditedWrite(scope, cleared, ctx, async (record) => {
        if (options.mode === 'intoEmpty' && !(await isWorkspaceEmpty())) throw new WorkspaceNotEmptyError();
        const countsBefore = await counts(tables);
        const headBefore = await currentHead();
        for (const table of db.tables) await table.clear();
        const written: Record<string, number> = {};
        for (const entry of backup.manifest.tables) {
          const table = byName.get(entry.name) as Table;
          let rows = 0;
          for (const batch of backup.batches(entry.name, chunkSize)) {
            await table.bulkAdd(table === db.items ? (batch as unknown as Item[]).map((item) => toItemRow(withoutSortKeys(item))) : batch);
            rows += batch.length;
            options.onProgress?.({ table: entry.name, rows, total: entry.rows });
          }
          written[entry.name] = rows;
        }
        const { manifest } = backup;
        record({
          action: RESTORE_ACTION,
          target: 'workspace:*',
          before: { counts: countsBefore, auditHead: headBefore },
          after: {
            file: options.fileName,
            mode: options.mode,
            createdAt: manifest.createdAt,
            appVersion: manifest.appVersion,
            schemaVersion: manifest.schemaVersion,
            counts: written,
            auditHead: manifest.auditHead,
          },
        });
        return written;
      });
      // The restore's entry follows the backup's own log directly.
      return { counts: written, auditSeq: (backup.manifest.auditHead?.seq ?? 0) + 1 };
    },
  };
}

function primaryKeyOf(table: Table, row: unknown): unknown {
  const keyPath = table.schema.primKey.keyPath;
  if (typeof keyPath !== 'string') throw new DeskStoreError('db.backup.compoundKey', { table: table.name });
  return (row as Record<string, unknown>)[keyPath];
}

// A backup's items are plain Items; sort keys a hand-edited file might carry are recomputed, never trusted.
function withoutSortKeys(item: Item): Item {
  const {
    sortPublished: _published,
    sortReported: _reported,
    ...plain
  } = item as Item & Partial<Pick<ItemRow, 'sortPublished' | 'sortReported'>>;
  return plain;
}

export type BackupRepository = ReturnType<typeof createBackupRepository>;
