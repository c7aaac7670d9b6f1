// Undoing one chunk of an import from its audit entry: its created items go, its merged items get back what
// the merge changed. The undo writes an entry of its own; the chunk's entry stays as it was.
import type { Item } from '../../shared/domain/types';
import { auditedWrite, type WriteContext, type WriteScope } from './audited-write';
import { IMPORT_UNDO_ACTION, putBatchRecord, type ImportBatchRecord, type ImportChunkRecord } from './import-batch-records';
import { feedsAfterRemoving, sameJson, snapshotOf, type MergeSnapshot } from './import-item-merge';
import { RecordNotFoundError } from './errors';
import { fromItemRow, toItemRow } from './items-repository';
import type { ItemRow } from './schema';

export async function undoChunk(scope: WriteScope, batchId: string, chunk: ImportChunkRecord, ctx: WriteContext): Promise<void> {
  const { db } = scope;
  await auditedWrite(scope, [db.items, db.importBatches], ctx, async (record, nowIso) => {
    const entry = await db.auditLog.get(chunk.seq);
    if (!entry) throw new RecordNotFoundError('auditLog', String(chunk.seq));
    const mergedBefore = (entry.before ?? {}) as Record<string, MergeSnapshot>;
    const mergedAfter = (entry.after ?? {}) as Record<string, MergeSnapshot>;
    const ids = entry.items ?? [];
    const rows = await db.items.bulkGet(ids);
    const removed: string[] = [];
    const restored: ItemRow[] = [];
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    ids.forEach((id, position) => {
      const row = rows[position];
      if (!row) return;
      const item = fromItemRow(row);
      const snapshot = mergedBefore[id];
      if (snapshot === undefined) {
        // Created by this chunk. Kept only if a later batch reported it too; then it just loses this report.
        const { feeds, provenance } = feedsAfterRemoving(item, batchId, []);
        if (provenance.length === 0) {
          removed.push(id);
          before[id] = item;
          after[id] = null;
          return;
        }
        const next = { ...item, feeds, provenance, updatedAt: nowIso, rev: item.rev + 1 };
        restored.push(toItemRow(next));
        before[id] = { feeds: item.feeds, provenance: item.provenance };
        after[id] = { feeds, provenance };
        return;
      }
      const current = snapshotOf(item);
      const untouchedSince = sameJson(current, mergedAfter[id]);
      // Untouched since the merge: exactly as it was. Changed since (a later batch, an edit): only this
      // batch's reports come off, and counts this batch set go back.
      const next: Item = untouchedSince
        ? { ...item, ...snapshot }
        : {
            ...item,
            ...feedsAfterRemoving(item, batchId, snapshot.feeds),
            metrics: sameJson(item.metrics, mergedAfter[id]?.metrics) ? snapshot.metrics : item.metrics,
            updatedAt: nowIso,
            rev: item.rev + 1,
          };
      restored.push(toItemRow(next));
      before[id] = current;
      after[id] = snapshotOf(next);
    });
    if (removed.length > 0) await db.items.bulkDelete(removed);
    if (restored.length > 0) await db.items.bulkPut(restored);
    const batch = (await db.importBatches.get(batchId)) as ImportBatchRecord | undefined;
    if (batch) await putBatchRecord(db, { ...batch, chunks: batch.chunks.filter((kept) => kept.seq !== chunk.seq) });
    record({ action: IMPORT_UNDO_ACTION, target: 'items:*', items: [...removed, ...restored.map((row) => row.id)], before, after });
  });
}
