// Undo and redo of triage writes, each a new audited write reversing an earlier entry.
import type { Item } from '../../shared/domain/types';
import {
  applyRecordChange,
  changeSetOfEntry,
  conflictOf,
  invertChangeSet,
  type ChangeConflict,
  type RecordChange,
} from '../../shared/triage';
import type { WriteContext } from './audited-write';
import { DeskStoreError } from './errors';
import type { TriageOperations } from './triage-operation';
import type { EntityRow, EntityTableName, Fields } from './triage-staging';

export class UndoConflictError extends DeskStoreError {
  constructor(readonly conflict: ChangeConflict) {
    super(`db.undo.${conflict.problem}`, { table: conflict.table, key: conflict.key });
  }
}

export class NothingToUndoError extends DeskStoreError {
  constructor(seq: number) {
    super('db.undo.nothingToUndo', { seq });
  }
}

export function createUndoRepository({ db, operate }: TriageOperations) {
  return {
    /**
     * Reverses the write recorded in audit entry `seq` as a new audited write (the chain is never rewritten).
     * Undoing an undo is a redo. Refuses when a record has changed since, rather than overwrite that change.
     */
    revert: (seq: number, ctx: WriteContext) =>
      operate(
        'items.undo',
        ctx,
        async (stage) => {
          const entry = await db.auditLog.get(seq);
          const changes = entry && changeSetOfEntry(entry);
          if (!entry || !changes) throw new NothingToUndoError(seq);
          for (const [table, records] of Object.entries(invertChangeSet(changes))) {
            const keys = Object.keys(records);
            let current: Array<Fields | undefined>;
            if (table === 'items') {
              const found = new Map((await stage.loadItems(keys, true)).map((item) => [item.id, item as unknown as Fields]));
              current = keys.map((key) => found.get(key));
            } else {
              current = (await stage.loadEntities(table as EntityTableName, keys)) as Array<Fields | undefined>;
            }
            keys.forEach((key, index) => {
              const change = records[key] as RecordChange;
              const conflict = conflictOf(table, key, change, current[index]);
              if (conflict) throw new UndoConflictError(conflict);
              const next = applyRecordChange(change, current[index]);
              if (table === 'items') {
                if (next) stage.putItem(next as unknown as Item);
                else stage.removeItem(key);
              } else if (next) stage.putEntity(table as EntityTableName, next as unknown as EntityRow);
              else stage.removeEntity(table as EntityTableName, key);
            });
          }
          const [table = 'items'] = entry.action.split('.');
          return entry.action.endsWith('.undo') ? `${table}.redo` : `${table}.undo`;
        },
        seq,
      ),
  };
}
