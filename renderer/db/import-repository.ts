// The store side of an import: a batch row that tracks the import, chunks written
// each in one transaction with one audit entry, exact duplicates merged into the stored item, and undo.
//
// The audit log is the undo journal: a chunk's entry lists every item it created or merged (`items`) and
// holds the merged items' fields as they were (`before`) and became (`after`); the batch row remembers the
// seq of each chunk's entry. Undo reads those entries back and writes entries of its own: the chain is
// never rewritten.
import { newId } from '../../shared/ids';
import { auditedWrite, type WriteContext, type WriteScope } from './audited-write';
import {
  readBatchRecord,
  type ChunkInput,
  type ChunkOutcome,
  type FinalCounts,
  type ImportBatchRecord,
  type StartBatchInput,
  type SuspectedDuplicate,
} from './import-batch-records';
import { undoChunk } from './import-chunk-undo';
import { writeChunk } from './import-chunk-write';
import { sameJson } from './import-item-merge';
import { loadStoredKeys } from './import-stored-keys';

export {
  IMPORT_CHUNK_ACTION,
  IMPORT_UNDO_ACTION,
  type ChunkInput,
  type ChunkOutcome,
  type ChunkRow,
  type FinalCounts,
  type ImportBatchRecord,
  type ImportBatchSettings,
  type ImportChunkRecord,
  type ImportCounts,
  type StartBatchInput,
  type SuspectedDuplicate,
} from './import-batch-records';
export { itemFromImport } from './import-item-merge';

export function createImportRepository(scope: WriteScope) {
  const { db } = scope;

  const readBatch = (batchId: string) => readBatchRecord(db, batchId);

  async function setBatchState(batchId: string, changes: Partial<ImportBatchRecord>, ctx: WriteContext): Promise<ImportBatchRecord> {
    return auditedWrite(scope, [db.importBatches], ctx, async (record) => {
      const batch = await readBatchRecord(db, batchId);
      const next: ImportBatchRecord = { ...batch, ...changes };
      await db.importBatches.put(next);
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const key of Object.keys(changes) as (keyof ImportBatchRecord)[]) {
        // the id lists can be long and are in the chunk entries already; their sizes say enough here
        if (key === 'createdItemIds' || key === 'mergedItemIds') {
          before[key] = batch[key].length;
          after[key] = next[key].length;
        } else if (!sameJson(batch[key], next[key])) {
          before[key] = batch[key] ?? null;
          after[key] = next[key] ?? null;
        }
      }
      record({ action: 'importBatches.update', target: `importBatches:${batchId}`, before, after });
      return next;
    });
  }

  return {
    /** Newest first. */
    async listBatches(limit = 50): Promise<ImportBatchRecord[]> {
      return (await db.importBatches.orderBy('startedAt').reverse().limit(limit).toArray()) as ImportBatchRecord[];
    },

    getBatch: (batchId: string) => db.importBatches.get(batchId) as Promise<ImportBatchRecord | undefined>,

    /**
     * SimHashes of the items reported since `sinceIso`, for near-duplicate suggestions against the store.
     * Bounded by time on purpose: the same story retold by another agency arrives within days, and reading
     * every stored item would not scale to a million.
     */
    async recentSimhashes(sinceIso: string): Promise<{ id: string; simhash: string }[]> {
      const since = Date.parse(sinceIso);
      const found: { id: string; simhash: string }[] = [];
      await db.items
        .where('[sortReported+id]')
        .between([since], [Number.MAX_SAFE_INTEGER], true, true)
        .each((row) => {
          if (row.simhash) found.push({ id: row.id, simhash: row.simhash });
        });
      return found;
    },

    startBatch: (input: StartBatchInput, ctx: WriteContext) =>
      auditedWrite(scope, [db.importBatches], ctx, async (record, nowIso) => {
        const batch: ImportBatchRecord = {
          id: newId(),
          startedAt: nowIso,
          finishedAt: null,
          state: 'running',
          files: input.files,
          feed: input.feed,
          kind: input.kind,
          createdItemIds: [],
          mergedItemIds: [],
          counts: { accepted: 0, merged: 0, suspected: 0, ...input.counts },
          actor: ctx.actor,
          chunks: [],
          suspectedDuplicates: [],
          settings: input.settings,
        };
        await db.importBatches.add(batch);
        record({
          action: 'importBatches.create',
          target: `importBatches:${batch.id}`,
          before: null,
          after: { files: batch.files, feed: batch.feed, kind: batch.kind, state: batch.state },
        });
        return batch;
      }),

    /** The store's exact-duplicate keys for an import of this many rows, or null when the store is too large to read. */
    storedKeys: (rowsToImport: number) => loadStoredKeys(db, rowsToImport),

    /**
     * Writes one chunk in one transaction with one audit entry. Rows that exactly duplicate a stored item
     * (same fingerprint, or same platform and external ID) or an earlier row of the file are merged into it.
     */
    async writeChunk(batchId: string, chunk: ChunkInput, ctx: WriteContext): Promise<ChunkOutcome> {
      const outcome = await writeChunk(scope, batchId, chunk, ctx);
      // Only once the chunk has committed: had it rolled back, another writer could take this seq.
      const keys = chunk.storedKeys;
      if (keys?.usable && keys.seenSeq === outcome.seq - 1) keys.seenSeq = outcome.seq;
      return outcome;
    },

    /** Near-duplicate suggestions found after the rows were written. */
    addSuspected: async (batchId: string, suspected: readonly SuspectedDuplicate[], ctx: WriteContext) => {
      if (suspected.length === 0) return;
      const batch = await readBatch(batchId);
      await setBatchState(
        batchId,
        {
          suspectedDuplicates: [...batch.suspectedDuplicates, ...suspected],
          counts: { ...batch.counts, suspected: batch.counts.suspected + suspected.length },
        },
        ctx,
      );
    },

    /** The batch is committed: every row is written. */
    async completeBatch(batchId: string, ctx: WriteContext, final?: FinalCounts): Promise<ImportBatchRecord> {
      const batch = await readBatch(batchId);
      const { created, merged } = await itemIdsOfChunks(batch);
      const changes: Partial<ImportBatchRecord> = {
        state: 'complete',
        finishedAt: scope.clock().toISOString(),
        createdItemIds: created,
        mergedItemIds: merged,
      };
      if (final) {
        changes.counts = { ...batch.counts, ...final.counts };
        changes.settings = { ...batch.settings, fileRows: { ...batch.settings.fileRows, ...final.fileRows } };
      }
      return setBatchState(batchId, changes, ctx);
    },

    /** Batches left `running` by a window that is gone (reload, crash): whole chunks stay, the batch is incomplete. */
    async markInterrupted(liveBatchIds: ReadonlySet<string>, ctx: WriteContext): Promise<string[]> {
      const running = await db.importBatches.filter((batch) => batch.state === 'running' && !liveBatchIds.has(batch.id)).toArray();
      for (const batch of running) {
        const { created, merged } = await itemIdsOfChunks(batch as ImportBatchRecord);
        await setBatchState(batch.id, { state: 'incomplete', createdItemIds: created, mergedItemIds: merged }, ctx);
      }
      return running.map((batch) => batch.id);
    },

    /**
     * Undoes every chunk of the batch, newest first, each in its own audited transaction; then marks the batch
     * `undone` (or `cancelled` when the analyst cancelled it mid-way).
     */
    async undoBatch(
      batchId: string,
      ctx: WriteContext,
      options: { finalState?: 'undone' | 'cancelled'; onProgress?: (done: number, total: number) => void } = {},
    ): Promise<ImportBatchRecord> {
      const batch = await readBatch(batchId);
      const chunks = [...batch.chunks].sort((a, b) => b.seq - a.seq);
      let done = 0;
      for (const chunk of chunks) {
        await undoChunk(scope, batchId, chunk, ctx);
        done++;
        options.onProgress?.(done, chunks.length);
      }
      return setBatchState(batchId, { state: options.finalState ?? 'undone', finishedAt: scope.clock().toISOString() }, ctx);
    },
  };

  async function itemIdsOfChunks(batch: ImportBatchRecord): Promise<{ created: string[]; merged: string[] }> {
    const entries = await db.auditLog.bulkGet(batch.chunks.map((chunk) => chunk.seq));
    const created = new Set<string>();
    const merged = new Set<string>();
    for (const entry of entries) {
      if (!entry) continue;
      const mergedHere = (entry.before ?? {}) as Record<string, unknown>;
      for (const id of entry.items ?? []) {
        if (id in mergedHere) {
          if (!created.has(id)) merged.add(id);
        } else created.add(id);
      }
    }
    return { created: [...created], merged: [...merged] };
  }
}

export type ImportRepository = ReturnType<typeof createImportRepository>;
