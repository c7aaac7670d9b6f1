// The store side of an import: a batch row that tracks the import, chunks written
// each in one transaction with one audit entry, exact duplicates merged into the stored item, and undo.
//
// The audit log is the undo journal: a chunk's entry lists every item it created or merged (`items`) and
// holds the merged items' fields as they were (`before`) and became (`after`); the batch row remembers the
// seq of each chunk's entry. Undo reads those entries back and writes entries of its own: the chain is
// never rewritten.
import type { Feed, ImportBatch, Item, ItemKind, Metrics, Provenance } from '../../shared/domain/types';
import type { ImportedItem } from '../../shared/import/result';
import { newId } from '../../shared/ids';
import { externalIdKey } from '../../shared/import/dedup/key-filter';
import { auditedWrite, type WriteContext, type WriteScope } from './audited-write';
import { RecordNotFoundError } from './errors';
import { addItemKeys, catchUpStoredKeys, loadStoredKeys, type StoredKeys } from './import-stored-keys';
import { fromItemRow, toItemRow } from './items-repository';
import type { ItemRow } from './schema';

/** One chunk as the batch row remembers it, enough to undo it or to resume after it. */
export interface ImportChunkRecord {
  /** seq of the chunk's audit entry */
  seq: number;
  file: string;
  /** positions [from, to) of the chunk's rows among the file's accepted rows */
  from: number;
  to: number;
  created: number;
  merged: number;
}

/** A near-duplicate suggestion (疑似重复): shown to the analyst, never merged. */
export interface SuspectedDuplicate {
  itemId: string;
  ofItemId: string;
  distance: number;
}

/** How the batch was read, so that 继续 can read the same files the same way. */
export interface ImportBatchSettings {
  year: number | null;
  tz: string;
  encoding: string | null;
  sheets: string[];
  templateId: string | null;
  /** sha256 of each file's bytes, by file name: 继续 only accepts the very same file */
  fileHashes: Record<string, string>;
  /** accepted rows of each file */
  fileRows: Record<string, number>;
}

/** The importBatches row: the shared ImportBatch plus what this feature needs to undo and resume. */
export interface ImportBatchRecord extends ImportBatch {
  chunks: ImportChunkRecord[];
  suspectedDuplicates: SuspectedDuplicate[];
  settings: ImportBatchSettings;
}

export type ImportCounts = ImportBatch['counts'];

export interface StartBatchInput {
  files: string[];
  feed: Feed;
  kind: ItemKind;
  settings: ImportBatchSettings;
  /** warnings, rejected and skipped rows are known from the parse before anything is written */
  counts: Pick<ImportCounts, 'warnings' | 'rejected' | 'skipped'>;
}

/** Counts known only once the worker has checked every row, recorded when the batch completes. */
export interface FinalCounts {
  counts: Pick<ImportCounts, 'warnings' | 'rejected' | 'skipped'>;
  fileRows: Record<string, number>;
}

export interface ChunkRow {
  /** position among the file's accepted rows (ImportResult.items) */
  index: number;
  imported: ImportedItem;
}

export interface ChunkInput {
  file: string;
  rows: readonly ChunkRow[];
  /** file position → id of the item that row became, for rows of earlier chunks of the same file */
  earlierIds: ReadonlyMap<number, string>;
  /** unit name → unit id, reporter name → reporter id */
  unitIds: ReadonlyMap<string, string>;
  reporterIds: ReadonlyMap<string, string>;
  /** the store's keys for this import (storedKeys()): rows whose keys it has certainly not seen are not looked up */
  storedKeys?: StoredKeys | null;
}

export interface ChunkOutcome {
  /** for each row of the chunk, in order: the id of the item it created or merged into */
  ids: string[];
  /** ids of the items this chunk created (the others were merged into) */
  createdIds: string[];
  created: number;
  merged: number;
  seq: number;
}

/** The fields a merge changes, as they were: what undo puts back. */
interface MergeSnapshot {
  feeds: Feed[];
  provenance: Provenance[];
  metrics: Metrics;
  updatedAt: string;
  rev: number;
}

export const IMPORT_CHUNK_ACTION = 'items.import';
export const IMPORT_UNDO_ACTION = 'items.undoImport';

const METRIC_KEYS = ['reposts', 'comments', 'likes', 'views'] as const;

function snapshotOf(item: Item): MergeSnapshot {
  return {
    feeds: [...item.feeds],
    provenance: item.provenance.map((entry) => ({ ...entry })),
    metrics: { ...item.metrics },
    updatedAt: item.updatedAt,
    rev: item.rev,
  };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The newest report's counts are the latest: a count it gives replaces the stored one, a missing one does not. */
function latestMetrics(stored: Metrics, incoming: Metrics): Metrics {
  const merged = { ...stored };
  for (const key of METRIC_KEYS) {
    const value = incoming[key];
    if (value !== null) merged[key] = value;
  }
  return merged;
}

function provenanceOf(batchId: string, imported: ImportedItem): Provenance {
  return {
    batchId,
    feed: imported.record.feed,
    file: imported.provenance.file,
    sheet: imported.provenance.sheet,
    row: imported.provenance.row,
    reportedAt: imported.effectiveReportedAt,
  };
}

export function itemFromImport(
  imported: ImportedItem,
  batchId: string,
  nowIso: string,
  unitIds: ReadonlyMap<string, string>,
  reporterIds: ReadonlyMap<string, string>,
): Item {
  const { record } = imported;
  return {
    id: newId(),
    kind: record.kind,
    feeds: [record.feed],
    platform: record.platform,
    title: record.title,
    content: record.content,
    url: record.url,
    account: record.account,
    publishedAt: record.publishedAt,
    reportedAt: imported.effectiveReportedAt,
    capturedAt: nowIso,
    region: record.region,
    unitId: record.unit === null ? null : (unitIds.get(record.unit) ?? null),
    reporterId: record.reporter === null ? null : (reporterIds.get(record.reporter) ?? null),
    metrics: { ...record.metrics },
    tags: [],
    eventId: null,
    assessment: { sentiment: record.sentiment, risk: null, veracity: null, category: null, assessedBy: null, assessedAt: null },
    status: 'new',
    actions: [],
    notOpinion: false,
    fingerprint: imported.fingerprint,
    simhash: imported.simhash,
    provenance: [provenanceOf(batchId, imported)],
    externalId: record.externalId,
    rootExternalId: record.rootExternalId,
    parentExternalId: record.parentExternalId,
    createdAt: nowIso,
    updatedAt: nowIso,
    rev: 1,
  };
}

function mergeInto(item: Item, imported: ImportedItem, batchId: string, nowIso: string): Item {
  const feed = imported.record.feed;
  return {
    ...item,
    feeds: item.feeds.includes(feed) ? item.feeds : [...item.feeds, feed],
    provenance: [...item.provenance, provenanceOf(batchId, imported)],
    metrics: latestMetrics(item.metrics, imported.record.metrics),
    updatedAt: nowIso,
    rev: item.rev + 1,
  };
}

/** Feeds of what remains: the first ones as they were, then any a later report added. */
function feedsAfterRemoving(item: Item, batchId: string, restoredFeeds: readonly Feed[]): { feeds: Feed[]; provenance: Provenance[] } {
  const provenance = item.provenance.filter((entry) => entry.batchId !== batchId);
  const feeds = [...restoredFeeds];
  for (const entry of provenance) if (!feeds.includes(entry.feed)) feeds.push(entry.feed);
  return { feeds, provenance };
}

export function createImportRepository(scope: WriteScope) {
  const { db } = scope;

  async function readBatch(batchId: string): Promise<ImportBatchRecord> {
    const batch = (await db.importBatches.get(batchId)) as ImportBatchRecord | undefined;
    if (!batch) throw new RecordNotFoundError('importBatches', batchId);
    return batch;
  }

  // The row type is wider than the table's declared ImportBatch; a typed parameter keeps the extra fields checked.
  const putBatch = (batch: ImportBatchRecord) => db.importBatches.put(batch);

  /** The seq the next audit entry will get; valid inside a read-write transaction over auditLog. */
  async function nextSeq(): Promise<number> {
    const last = await db.auditLog.orderBy('seq').last();
    return (last?.seq ?? 0) + 1;
  }

  async function setBatchState(batchId: string, changes: Partial<ImportBatchRecord>, ctx: WriteContext): Promise<ImportBatchRecord> {
    return auditedWrite(scope, [db.importBatches], ctx, async (record) => {
      const batch = (await db.importBatches.get(batchId)) as ImportBatchRecord | undefined;
      if (!batch) throw new RecordNotFoundError('importBatches', batchId);
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

  function writeChunkNow(batchId: string, chunk: ChunkInput, ctx: WriteContext): Promise<ChunkOutcome> {
    return auditedWrite(scope, [db.items, db.importBatches], ctx, async (record, nowIso): Promise<ChunkOutcome> => {
      const batch = (await db.importBatches.get(batchId)) as ImportBatchRecord | undefined;
      if (!batch) throw new RecordNotFoundError('importBatches', batchId);
      const seq = await nextSeq();
      const storedKeys = chunk.storedKeys ?? null;
      if (storedKeys) await catchUpStoredKeys(db, storedKeys, seq - 1);
      const known = storedKeys?.usable ? storedKeys.filter : null;

      const fresh = chunk.rows.filter((row) => row.imported.duplicateOf === null);
      // One keyed lookup per distinct key the filter may hold, all in flight at once. Not anyOf(): it walks one
      // cursor with continue(key), which Chromium answers by stepping over every entry in between, and random
      // fingerprints span the whole index. Measured: 9 ms per chunk on an empty store, 8 s at 18k rows, so a
      // 100k-row import never finished.
      const byFingerprint = new Map<string, ItemRow>();
      const fingerprints = [...new Set(fresh.map((row) => row.imported.fingerprint))].filter(
        (fingerprint) => known === null || known.mayHold(fingerprint),
      );
      const fingerprintRows = await Promise.all(
        fingerprints.map((fingerprint) => db.items.where('fingerprint').equals(fingerprint).first()),
      );
      fingerprints.forEach((fingerprint, position) => {
        const row = fingerprintRows[position];
        if (row) byFingerprint.set(fingerprint, row);
      });
      const idKeys = new Map<string, [string, string]>();
      for (const { imported } of fresh) {
        const { platform, externalId } = imported.record;
        if (platform === null || externalId === null) continue;
        const key = externalIdKey(platform, externalId);
        if (known === null || known.mayHold(key)) idKeys.set(key, [platform, externalId]);
      }
      const byExternalId = new Map<string, ItemRow>();
      const idEntries = [...idKeys];
      const externalIdRows = await Promise.all(idEntries.map(([, key]) => db.items.where('[platform+externalId]').equals(key).last()));
      idEntries.forEach(([key], position) => {
        const row = externalIdRows[position];
        if (row) byExternalId.set(key, row);
      });
      const earlierNeeded = [
        ...new Set(
          chunk.rows
            .map((row) => (row.imported.duplicateOf === null ? undefined : chunk.earlierIds.get(row.imported.duplicateOf)))
            .filter((id): id is string => id !== undefined),
        ),
      ];
      const earlierRows = new Map<string, ItemRow>();
      for (const row of await db.items.bulkGet(earlierNeeded)) if (row) earlierRows.set(row.id, row);

      // Items touched by this chunk, by id, as they will be written.
      const pending = new Map<string, Item>();
      const createdIds = new Set<string>();
      const mergedBefore: Record<string, MergeSnapshot> = {};
      const positionIds = new Map<number, string>();
      const ids: string[] = [];
      let merged = 0;

      const stored = (row: ItemRow | undefined): Item | undefined => (row ? (pending.get(row.id) ?? fromItemRow(row)) : undefined);

      for (const { index, imported } of chunk.rows) {
        const { record: fields } = imported;
        let target: Item | undefined;
        if (imported.duplicateOf !== null) {
          const earlierId = positionIds.get(imported.duplicateOf) ?? chunk.earlierIds.get(imported.duplicateOf);
          if (earlierId !== undefined) target = pending.get(earlierId) ?? stored(earlierRows.get(earlierId));
        }
        if (!target) target = stored(byFingerprint.get(imported.fingerprint));
        if (!target && fields.platform !== null && fields.externalId !== null) {
          target = stored(byExternalId.get(externalIdKey(fields.platform, fields.externalId)));
        }
        if (target) {
          if (!createdIds.has(target.id) && !(target.id in mergedBefore)) mergedBefore[target.id] = snapshotOf(target);
          const next = mergeInto(target, imported, batchId, nowIso);
          pending.set(next.id, next);
          merged++;
          positionIds.set(index, next.id);
          ids.push(next.id);
          continue;
        }
        const item = itemFromImport(imported, batchId, nowIso, chunk.unitIds, chunk.reporterIds);
        pending.set(item.id, item);
        createdIds.add(item.id);
        positionIds.set(index, item.id);
        ids.push(item.id);
      }

      const createdRows: ItemRow[] = [];
      const mergedRows: ItemRow[] = [];
      const after: Record<string, MergeSnapshot> = {};
      for (const [id, item] of pending) {
        if (createdIds.has(id)) createdRows.push(toItemRow(item));
        else {
          mergedRows.push(toItemRow(item));
          after[id] = snapshotOf(item);
        }
      }
      // bulkAdd of plain rows: the one write path fast enough for a million-row import
      if (createdRows.length > 0) await db.items.bulkAdd(createdRows);
      // a later file of the batch may repeat these rows
      if (known) for (const row of createdRows) addItemKeys(known, row);
      if (mergedRows.length > 0) await db.items.bulkPut(mergedRows);

      const from = chunk.rows[0]?.index ?? 0;
      const to = (chunk.rows.at(-1)?.index ?? from - 1) + 1;
      const chunkRecord: ImportChunkRecord = { seq, file: chunk.file, from, to, created: createdRows.length, merged };
      await putBatch({
        ...batch,
        chunks: [...batch.chunks, chunkRecord],
        counts: {
          ...batch.counts,
          accepted: batch.counts.accepted + chunk.rows.length,
          merged: batch.counts.merged + merged,
        },
      });
      record({
        action: IMPORT_CHUNK_ACTION,
        target: 'items:*',
        items: [...createdRows.map((row) => row.id), ...mergedRows.map((row) => row.id)],
        before: mergedBefore,
        after,
      });
      return { ids, createdIds: [...createdIds], created: createdRows.length, merged, seq };
    });
  }

  /** Undoes one chunk: its created items go, its merged items get back what the merge changed. */
  async function undoChunk(batchId: string, chunk: ImportChunkRecord, ctx: WriteContext): Promise<void> {
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
      if (batch) await putBatch({ ...batch, chunks: batch.chunks.filter((kept) => kept.seq !== chunk.seq) });
      record({ action: IMPORT_UNDO_ACTION, target: 'items:*', items: [...removed, ...restored.map((row) => row.id)], before, after });
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
      const outcome = await writeChunkNow(batchId, chunk, ctx);
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
        await undoChunk(batchId, chunk, ctx);
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
