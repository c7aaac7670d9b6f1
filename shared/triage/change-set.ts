// Undo is computed from the audit chain, never kept beside it: every audited write records the changed fields as
// they were and became (or whole rows for creations and removals), so the inverse of a write is the same record
// with both sides swapped. An undo applies that inverse as a new audited write; the chain is never rewritten,
// and a redo is simply the undo of the undo.
import { canonicalJson } from '../crypto/canonical-json';
import type { AuditEntry } from '../domain/types';

type Fields = Record<string, unknown>;

/**
 * One record's change. before null: it was created (after is the whole row). after null: it was removed (before is
 * the whole row). Both set: the changed fields only.
 */
export interface RecordChange {
  before: Fields | null;
  after: Fields | null;
}

/** table → key → change */
export type ChangeSet = Record<string, Record<string, RecordChange>>;

/**
 * How a write touching several tables in one step (a merge moves rows in items and refutations) is stored in one
 * audit entry's before/after: `{ tables: { items: { id: fields } } }`. `undoes` names the entry an undo reverted.
 */
export interface StoredTableChanges {
  tables: Record<string, Record<string, Fields | null>>;
  undoes?: number;
}

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isStoredTableChanges(value: unknown): value is StoredTableChanges {
  return isRecord(value) && isRecord(value['tables']);
}

export function encodeChangeSet(changes: ChangeSet, undoes?: number): { before: StoredTableChanges; after: StoredTableChanges } {
  const before: StoredTableChanges = { tables: {} };
  const after: StoredTableChanges = { tables: {} };
  for (const [table, records] of Object.entries(changes)) {
    const beforeRows: Record<string, Fields | null> = {};
    const afterRows: Record<string, Fields | null> = {};
    for (const [key, change] of Object.entries(records)) {
      beforeRows[key] = change.before;
      afterRows[key] = change.after;
    }
    before.tables[table] = beforeRows;
    after.tables[table] = afterRows;
  }
  if (undoes !== undefined) after.undoes = undoes;
  return { before, after };
}

function asFieldsOrNull(value: unknown): Fields | null {
  return isRecord(value) ? value : null;
}

/**
 * The change an audit entry records, in any of the store's shapes: one record (`table:key`), a bulk write
 * (`table:*` with before/after keyed by the listed keys) or several tables (StoredTableChanges). Null when the
 * entry does not hold enough to be reversed: a bulk creation lists only ids (the rows themselves were the record).
 */
export function changeSetOfEntry(entry: Pick<AuditEntry, 'target' | 'items' | 'before' | 'after'>): ChangeSet | null {
  if (isStoredTableChanges(entry.before) || isStoredTableChanges(entry.after)) {
    const before = isStoredTableChanges(entry.before) ? entry.before.tables : {};
    const after = isStoredTableChanges(entry.after) ? entry.after.tables : {};
    const changes: ChangeSet = {};
    for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const records: Record<string, RecordChange> = {};
      const beforeRows = before[table] ?? {};
      const afterRows = after[table] ?? {};
      for (const key of new Set([...Object.keys(beforeRows), ...Object.keys(afterRows)])) {
        records[key] = { before: asFieldsOrNull(beforeRows[key]), after: asFieldsOrNull(afterRows[key]) };
      }
      changes[table] = records;
    }
    return changes;
  }
  const separator = entry.target.indexOf(':');
  if (separator < 0) return null;
  const table = entry.target.slice(0, separator);
  const key = entry.target.slice(separator + 1);
  const records: Record<string, RecordChange> = {};
  if (key === '*') {
    const beforeMap = asFieldsOrNull(entry.before) ?? {};
    const afterMap = asFieldsOrNull(entry.after) ?? {};
    for (const listed of entry.items ?? []) {
      const change = { before: asFieldsOrNull(beforeMap[listed]), after: asFieldsOrNull(afterMap[listed]) };
      if (change.before === null && change.after === null) return null;
      records[listed] = change;
    }
  } else {
    const change = { before: asFieldsOrNull(entry.before), after: asFieldsOrNull(entry.after) };
    if (change.before === null && change.after === null) return null;
    records[key] = change;
  }
  return Object.keys(records).length > 0 ? { [table]: records } : null;
}

export function invertChangeSet(changes: ChangeSet): ChangeSet {
  const inverse: ChangeSet = {};
  for (const [table, records] of Object.entries(changes)) {
    inverse[table] = Object.fromEntries(
      Object.entries(records).map(([key, change]) => [key, { before: change.after, after: change.before }]),
    );
  }
  return inverse;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

/** Why a change cannot be applied to a record as it is now. */
export type ChangeConflict =
  | { table: string; key: string; problem: 'missing' }
  | { table: string; key: string; problem: 'exists' }
  | { table: string; key: string; problem: 'changedSince'; field: string };

/**
 * A change applies only to the record it was computed from: the fields about to be replaced must still hold the
 * values the change expects. Otherwise a later edit by someone else would be silently overwritten by an undo.
 */
export function conflictOf(table: string, key: string, change: RecordChange, current: Fields | undefined): ChangeConflict | null {
  if (change.before === null) return current === undefined ? null : { table, key, problem: 'exists' };
  if (current === undefined) return { table, key, problem: 'missing' };
  if (change.after === null) return null;
  for (const [field, expected] of Object.entries(change.before)) {
    if (!sameValue(current[field], expected)) return { table, key, problem: 'changedSince', field };
  }
  return null;
}

/** The record after the change: undefined when the change removes it. */
export function applyRecordChange(change: RecordChange, current: Fields | undefined): Fields | undefined {
  if (change.after === null) return undefined;
  if (change.before === null || current === undefined) return { ...change.after };
  return { ...current, ...change.after };
}

/** How many records of each table a change touches: what the undo toast counts. */
export function changedKeys(changes: ChangeSet, table: string): string[] {
  return Object.keys(changes[table] ?? {});
}

export function isEmptyChangeSet(changes: ChangeSet): boolean {
  return Object.values(changes).every((records) => Object.keys(records).length === 0);
}
