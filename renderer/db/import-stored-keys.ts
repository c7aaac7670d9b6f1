// The exact-duplicate keys already in the store, held in a filter for the length of one import, so that a
// chunk looks up only rows whose key may be stored. Each keyed lookup is one IndexedDB request, and a
// 2,000-row chunk with a URL and an ID per row made 4,000 of them: in Chromium that was twice the time
// of writing the chunk. Reading the two indexes once is far cheaper, but only while the store is not much
// larger than the import: above LOAD_BUDGET_PER_ROW keys per row to import, the chunks look every key up as
// before, so a small import into a million-item store never reads the whole index.
//
// The filter is kept current with writes made while the import runs (another window, an edit on another
// page): every item write is in the audit log, so each chunk first reads the entries appended since the
// filter last looked and adds the keys of the items they name.
import { externalIdKey, KeyFilter } from '../../shared/import/dedup/key-filter';
import type { DeskDatabase } from './database';
import type { ItemRow } from './schema';

/** Index entries read per row to import, at most, across both indexes. */
export const LOAD_BUDGET_PER_ROW = 4;

export interface StoredKeys {
  readonly filter: KeyFilter;
  /** seq of the last audit entry whose items the filter holds */
  seenSeq: number;
  /** false once the filter can no longer be trusted (the workspace was replaced): look every key up */
  usable: boolean;
}

export function addItemKeys(filter: KeyFilter, row: Pick<ItemRow, 'fingerprint' | 'platform' | 'externalId'>): void {
  if (row.fingerprint) filter.add(row.fingerprint);
  if (row.platform !== null && row.externalId !== null) filter.add(externalIdKey(row.platform, row.externalId));
}

/**
 * Reads the fingerprint and [platform+externalId] indexes into a filter, in one read transaction with the
 * audit head it reflects. Null when the store holds more keys than the budget for `rowsToImport`.
 */
export async function loadStoredKeys(db: DeskDatabase, rowsToImport: number): Promise<StoredKeys | null> {
  const budget = Math.max(1, rowsToImport) * LOAD_BUDGET_PER_ROW;
  // Sized for what may be read plus what the import itself adds (a fingerprint and an ID key a row).
  const filter = new KeyFilter(budget + 2 * rowsToImport);
  return db.transaction('r', [db.items, db.auditLog], async () => {
    const head = await db.auditLog.orderBy('seq').last();
    let read = 0;
    await db.items
      .orderBy('fingerprint')
      .limit(budget + 1)
      .eachKey((key) => {
        read++;
        filter.add(String(key));
      });
    if (read > budget) return null;
    await db.items
      .orderBy('[platform+externalId]')
      .limit(budget - read + 1)
      .eachKey((key) => {
        read++;
        const [platform, externalId] = key as [string, string];
        filter.add(externalIdKey(platform, externalId));
      });
    if (read > budget) return null;
    return { filter, seenSeq: head?.seq ?? 0, usable: true };
  });
}

/**
 * Inside a chunk's read-write transaction: adds the keys of items written by others since the filter last
 * looked. `lastSeq` is the newest entry now in the log.
 */
export async function catchUpStoredKeys(db: DeskDatabase, keys: StoredKeys, lastSeq: number): Promise<void> {
  if (!keys.usable || lastSeq === keys.seenSeq) return;
  if (lastSeq < keys.seenSeq) {
    keys.usable = false;
    return;
  }
  const entries = await db.auditLog.where('seq').between(keys.seenSeq, lastSeq, false, true).toArray();
  const ids = new Set<string>();
  for (const entry of entries) {
    if (entry.target === 'items:*') for (const id of entry.items ?? []) ids.add(id);
    else if (entry.target.startsWith('items:')) ids.add(entry.target.slice('items:'.length));
    else if (entry.target.startsWith('workspace:')) {
      keys.usable = false;
      return;
    }
  }
  for (const row of await db.items.bulkGet([...ids])) if (row) addItemKeys(keys.filter, row);
  keys.seenSeq = lastSeq;
}
