// Every repository write goes through here: one read-write transaction over the data tables and the audit
// log, the audit entries appended in that same transaction (so a change and its record commit or roll back
// together), IndexedDB failures turned into the store's typed errors, and once committed, what it changed
// published (store-changes.ts).
import type { Table } from 'dexie';
import { appendAuditEntry, type AuditDraft } from '../../shared/audit/chain';
import type { AuditEntry } from '../../shared/domain/types';
import { findCause, isNamed, type DeskDatabase } from './database';
import { DatabaseClosedForUpgradeError, StorageFullError } from './errors';
import { collectChanges, publishStoreChange, type StoreChange } from './store-changes';

export interface WriteContext {
  /** a profile id, or 'system' */
  actor: string;
}

export type Clock = () => Date;

export interface ChangeRecord {
  action: string;
  /** table:key, or table:* with `items` listing the keys of a bulk write */
  target: string;
  items?: string[];
  before: unknown;
  after: unknown;
}

export type RecordChange = (change: ChangeRecord) => void;

export interface WriteScope {
  db: DeskDatabase;
  clock: Clock;
}

export async function auditedWrite<T>(
  scope: WriteScope,
  tables: readonly Table[],
  ctx: WriteContext,
  work: (record: RecordChange, nowIso: string) => Promise<T>,
): Promise<T> {
  const { db, clock } = scope;
  db.assertWritable();
  const at = clock().toISOString();
  let committed: { result: T; change: StoreChange | null };
  try {
    committed = await db.transaction('rw', [...tables, db.auditLog], async (transaction) => {
      // A write nested in another one's transaction is published with the outer one, when that commits.
      const collector = collectChanges(transaction.idbtrans);
      const drafts: AuditDraft[] = [];
      const result = await work((change) => drafts.push({ ...change, at, actor: ctx.actor }), at);
      if (drafts.length === 0) return { result, change: null };
      const lastSeq = await appendToAuditLog(db, drafts);
      return { result, change: collector?.changeAt(lastSeq) ?? null };
    });
  } catch (error) {
    throw translateWriteError(db, error);
  }
  const { result, change } = committed;
  if (change) publishStoreChange(change);
  return result;
}

// Runs inside the caller's transaction. IndexedDB serialises read-write transactions over the same store,
// also across windows, so the last entry read here is still the last when the new ones are added.
async function appendToAuditLog(db: DeskDatabase, drafts: readonly AuditDraft[]): Promise<number> {
  let previous: AuditEntry | null = (await db.auditLog.orderBy('seq').last()) ?? null;
  const entries: AuditEntry[] = [];
  for (const draft of drafts) {
    previous = appendAuditEntry(previous, draft);
    entries.push(previous);
  }
  await db.auditLog.bulkAdd(entries);
  return previous?.seq ?? 0;
}

function translateWriteError(db: DeskDatabase, error: unknown): unknown {
  if (findCause(error, isNamed('QuotaExceededError'))) return new StorageFullError(error);
  if (db.isClosedForUpgrade && findCause(error, isNamed('DatabaseClosedError'))) return new DatabaseClosedForUpgradeError();
  return error;
}
