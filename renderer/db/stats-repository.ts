import type { Item } from '../../shared/domain/types';
import type { DeskDatabase } from './database';
import { fromItemRow } from './items-repository';
import type { ItemRow } from './schema';

const DEFAULT_PAGE_SIZE = 1_000;

export interface ReportedRangeOptions {
  /** rows read per step; each page is handed over and dropped before the next is read */
  pageSize?: number;
  signal?: AbortSignal;
}

/**
 * Reads for the statistics page and for list exports. Both need the items of a period, never the whole
 * store: the [sortReported+id] index bounds the read to the period, and keyset pages keep memory flat
 * however long the period is.
 */
export function createStatsRepository(db: DeskDatabase) {
  const table = db.items;
  return {
    /** Items reported in [fromMs, toMs), oldest first, page by page. */
    async forEachReportedBetween(
      fromMs: number,
      toMs: number,
      visit: (items: Item[]) => void | Promise<void>,
      options: ReportedRangeOptions = {},
    ): Promise<void> {
      const pageSize = Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE));
      let lower: [number] | [number, string] = [fromMs];
      let lowerOpen = false;
      for (;;) {
        options.signal?.throwIfAborted();
        const rows: ItemRow[] = await table.where('[sortReported+id]').between(lower, [toMs], !lowerOpen, false).limit(pageSize).toArray();
        if (rows.length === 0) return;
        await visit(rows.map(fromItemRow));
        const last = rows.at(-1);
        if (rows.length < pageSize || !last) return;
        lower = [last.sortReported, last.id];
        lowerOpen = true;
      }
    },

    countReportedBetween: (fromMs: number, toMs: number) => table.where('[sortReported+id]').between([fromMs], [toMs], true, false).count(),
  };
}

export type StatsRepository = ReturnType<typeof createStatsRepository>;
