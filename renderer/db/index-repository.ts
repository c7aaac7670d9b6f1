// The persisted triage index (shared/search): columns, postings and texts in the `derived` table, one row per
// chunk of 65,536 ordinals and kind, plus a meta row saying which audit entry the index is current with. A
// chunk's columns are two rows: the few that opening the list reads (ListColumns) and the others.
// Rows hold typed arrays, which IndexedDB stores by structured clone as raw bytes: loading the columns of a
// million items is a few reads of a few megabytes, not a scan of the items. Like every derived row these are
// unaudited: they are rebuilt from the audited tables at any time.
import type { AuditEntry, Item } from '../../shared/domain/types';
import { splitColumns, type ColumnChunk, type DictionaryName, type ListColumns, type OtherColumns } from '../../shared/search/columns';
import type { PostingsChunk } from '../../shared/search/postings';
import type { DeskDatabase } from './database';
import { fromItemRow } from './items-repository';

/** Bumped whenever the shape of what is persisted changes: an index of another format is rebuilt. */
export const ITEM_INDEX_FORMAT = 4;

const PREFIX = 'items-index:';
const META_KEY = `${PREFIX}meta`;
const ORDER_KEY = `${PREFIX}order:reportedAt`;
const UNFILTERED_KEY = `${PREFIX}unfiltered`;

export type IndexChunkPart = 'columns' | 'otherColumns' | 'postings' | 'texts';

export interface ItemIndexMeta {
  format: number;
  chunkCount: number;
  dictionaries: Record<DictionaryName, string[]>;
  /** the last audit entry whose changes the persisted index holds (0: none) */
  auditSeq: number;
  auditHash: string | null;
  itemCount: number;
  /**
   * The audit entry the saved list order was sorted at, while it still holds: writes that move no item in time
   * (tags, assessments) keep it, so the four megabytes of a million-item order are not written again each time.
   */
  orderSeq?: number | null;
}

/**
 * The list's order by reported time, as the index at `auditSeq` had it: sorting a million items takes about
 * half a second, which opening the list should not spend again while nothing has changed.
 */
export interface PersistedOrder {
  auditSeq: number;
  order: Uint32Array;
}

/** What else is saved with the meta: derived from the index, current with the same audit entry. */
export interface IndexExtras {
  order?: PersistedOrder;
  /** the unfiltered list's counts (renderer/features/items/engine/unfiltered-counts.ts) */
  unfiltered?: { auditSeq: number };
}

export interface IndexChunkWrite {
  chunkIndex: number;
  columns?: ColumnChunk;
  postings?: PostingsChunk;
  texts?: string[];
}

const chunkKey = (part: IndexChunkPart, chunkIndex: number) => `${PREFIX}${part}:${chunkIndex}`;

export function createIndexRepository(db: DeskDatabase, clock: () => Date = () => new Date()) {
  const derived = db.derived;

  async function read<T>(key: string): Promise<T | undefined> {
    return (await derived.get(key))?.value as T | undefined;
  }

  return {
    loadMeta: () => read<ItemIndexMeta>(META_KEY),
    /** The columns opening the list needs; loadOtherColumns has the rest. */
    loadColumns: (chunkIndex: number) => read<ListColumns>(chunkKey('columns', chunkIndex)),
    loadOtherColumns: (chunkIndex: number) => read<OtherColumns>(chunkKey('otherColumns', chunkIndex)),
    loadPostings: (chunkIndex: number) => read<PostingsChunk>(chunkKey('postings', chunkIndex)),
    loadTexts: (chunkIndex: number) => read<string[]>(chunkKey('texts', chunkIndex)),
    loadOrder: () => read<PersistedOrder>(ORDER_KEY),
    loadUnfiltered: <T extends { auditSeq: number }>() => read<T>(UNFILTERED_KEY),

    async saveUnfiltered(counts: { auditSeq: number }): Promise<void> {
      db.assertWritable();
      await derived.put({ key: UNFILTERED_KEY, builtAt: clock().toISOString(), value: counts });
    },

    /**
     * Writes changed chunks and the meta (and the extras, when known) in one transaction, so a crash leaves the
     * old index or the new one. Without a meta (chunks written while a full build goes on) only the chunks.
     */
    async save(meta: ItemIndexMeta | null, chunks: readonly IndexChunkWrite[], extras: IndexExtras = {}): Promise<void> {
      db.assertWritable();
      const builtAt = clock().toISOString();
      const rows: Array<{ key: string; builtAt: string; value: unknown }> = meta ? [{ key: META_KEY, builtAt, value: meta }] : [];
      if (extras.order) rows.push({ key: ORDER_KEY, builtAt, value: extras.order });
      if (extras.unfiltered) rows.push({ key: UNFILTERED_KEY, builtAt, value: extras.unfiltered });
      for (const chunk of chunks) {
        if (chunk.columns) {
          const { list, other } = splitColumns(chunk.columns);
          rows.push({ key: chunkKey('columns', chunk.chunkIndex), builtAt, value: list });
          rows.push({ key: chunkKey('otherColumns', chunk.chunkIndex), builtAt, value: other });
        }
        for (const part of ['postings', 'texts'] as const) {
          const value = chunk[part];
          if (value !== undefined) rows.push({ key: chunkKey(part, chunk.chunkIndex), builtAt, value });
        }
      }
      await db.transaction('rw', derived, async () => {
        // chunks beyond the new count belong to an older, larger index
        if (meta)
          await derived
            .where('key')
            .startsWith(PREFIX)
            .and((row) => chunkNumber(row.key) >= meta.chunkCount)
            .delete();
        await derived.bulkPut(rows);
      });
    },

    async clear(): Promise<void> {
      db.assertWritable();
      await derived.where('key').startsWith(PREFIX).delete();
    },

    async auditHead(): Promise<{ seq: number; hash: string } | null> {
      const last = await db.auditLog.orderBy('seq').last();
      return last ? { seq: last.seq, hash: last.hash } : null;
    },

    /** Audit entries after `seq`, oldest first, at most `limit`. */
    auditAfter: (seq: number, limit: number): Promise<AuditEntry[]> => db.auditLog.where('seq').above(seq).limit(limit).toArray(),

    /** One page of items in primary-key order, for a full rebuild that never holds the store in memory. */
    async itemsAfter(afterId: string | null, limit: number): Promise<Item[]> {
      const rows = await (afterId === null ? db.items.orderBy('id') : db.items.where('id').above(afterId)).limit(limit).toArray();
      return rows.map(fromItemRow);
    },

    async itemsByIds(ids: readonly string[]): Promise<Array<Item | undefined>> {
      const rows = await db.items.bulkGet([...ids]);
      return rows.map((row) => row && fromItemRow(row));
    },

    itemCount: () => db.items.count(),

    /** Items at either end of a spread edge: read from the index keys, never the edges themselves. */
    async spreadItemIds(): Promise<Set<string>> {
      const [from, to] = await Promise.all([db.spreadEdges.orderBy('from').keys(), db.spreadEdges.orderBy('to').keys()]);
      return new Set([...from, ...to].map(String));
    },

    /** Items an import batch flagged as suspected near-duplicates of another item. */
    async suspectedItemIds(): Promise<Set<string>> {
      const ids = new Set<string>();
      await db.importBatches.each((batch) => {
        const suspected = (batch as { suspectedDuplicates?: Array<{ itemId: string }> }).suspectedDuplicates ?? [];
        for (const entry of suspected) ids.add(entry.itemId);
      });
      return ids;
    },
  };
}

function chunkNumber(key: string): number {
  if (key === META_KEY || key === ORDER_KEY || key === UNFILTERED_KEY) return -1;
  return Number(key.slice(key.lastIndexOf(':') + 1));
}

export type IndexRepository = ReturnType<typeof createIndexRepository>;
