import type { Item, ItemStatus } from '../../shared/domain/types';
import { auditedWrite, type WriteContext, type WriteScope } from './audited-write';
import { RecordNotFoundError } from './errors';
import { diffFields } from './field-diff';
import { UNKNOWN_TIME_SORT_KEY, type ItemRow } from './schema';

/** Fields a caller may change; identity and bookkeeping are the repository's. */
export type ItemChanges = Partial<Omit<Item, 'id' | 'createdAt' | 'updatedAt' | 'rev'>>;

export interface ItemPatch {
  id: string;
  changes: ItemChanges;
}

export type ItemPageIndex = 'publishedAt' | 'reportedAt';

/** Opaque position after the last item of a page; pass it back to get the next page. */
export interface ItemPageCursor {
  key: number;
  id: string;
}

export interface ItemPageRequest {
  index: ItemPageIndex;
  direction: 'asc' | 'desc';
  after?: ItemPageCursor | null;
  limit: number;
}

export interface ItemPage {
  items: Item[];
  /** null on the last page */
  next: ItemPageCursor | null;
}

// Bookkeeping the repository maintains on every write; recording it in the audit entry would only repeat
// the entry's own time.
const UNAUDITED_FIELDS = ['updatedAt', 'rev', 'sortPublished', 'sortReported'];

const PAGE_INDEXES: Record<ItemPageIndex, { index: string; sortKey: 'sortPublished' | 'sortReported' }> = {
  publishedAt: { index: '[sortPublished+id]', sortKey: 'sortPublished' },
  reportedAt: { index: '[sortReported+id]', sortKey: 'sortReported' },
};

export function sortKeyOf(time: string | null): number {
  if (time === null) return UNKNOWN_TIME_SORT_KEY;
  const millis = Date.parse(time);
  return Number.isNaN(millis) ? UNKNOWN_TIME_SORT_KEY : millis;
}

export function toItemRow(item: Item): ItemRow {
  return { ...item, sortPublished: sortKeyOf(item.publishedAt), sortReported: sortKeyOf(item.reportedAt) };
}

export function fromItemRow(row: ItemRow): Item {
  const { sortPublished: _published, sortReported: _reported, ...item } = row;
  return item;
}

export function createItemsRepository(scope: WriteScope) {
  const { db } = scope;
  const table = db.items;

  async function getItem(id: string): Promise<Item | undefined> {
    const row = await table.get(id);
    return row && fromItemRow(row);
  }

  async function applyPatches(patches: readonly ItemPatch[], nowIso: string) {
    const rows = await table.bulkGet(patches.map((patch) => patch.id));
    const updated: ItemRow[] = [];
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    patches.forEach((patch, index) => {
      const row = rows[index];
      if (!row) throw new RecordNotFoundError('items', patch.id);
      const next = toItemRow({ ...fromItemRow(row), ...patch.changes, id: row.id, createdAt: row.createdAt });
      const diff = diffFields(row, next, UNAUDITED_FIELDS);
      if (!diff) return;
      updated.push({ ...next, updatedAt: nowIso, rev: row.rev + 1 });
      before[row.id] = diff.before;
      after[row.id] = diff.after;
    });
    if (updated.length > 0) await table.bulkPut(updated);
    return { updated, before, after };
  }

  return {
    count: () => table.count(),

    countByStatus: (status: ItemStatus) => table.where('status').equals(status).count(),

    /** Items reported in [from, to): what 首页 counts for today. */
    countReportedBetween: (fromIso: string, toIso: string) =>
      table
        .where('[sortReported+id]')
        .between([sortKeyOf(fromIso)], [sortKeyOf(toIso)], true, false)
        .count(),

    get: getItem,

    /** In the order of `ids`; undefined where there is no such item. */
    async getMany(ids: readonly string[]): Promise<Array<Item | undefined>> {
      const rows = await table.bulkGet([...ids]);
      return rows.map((row) => row && fromItemRow(row));
    },

    async byFingerprint(fingerprint: string): Promise<Item | undefined> {
      const row = await table.where('fingerprint').equals(fingerprint).first();
      return row && fromItemRow(row);
    },

    /** fingerprint → stored item, for de-duplicating a whole import chunk in one query. */
    async byFingerprints(fingerprints: readonly string[]): Promise<Map<string, Item>> {
      const rows = await table
        .where('fingerprint')
        .anyOf([...fingerprints])
        .toArray();
      return new Map(rows.map((row) => [row.fingerprint as string, fromItemRow(row)]));
    },

    async byExternalId(platform: string, externalId: string): Promise<Item | undefined> {
      const row = await table.where('[platform+externalId]').equals([platform, externalId]).first();
      return row && fromItemRow(row);
    },

    async byEvent(eventId: string): Promise<Item[]> {
      return (await table.where('eventId').equals(eventId).toArray()).map(fromItemRow);
    },

    /**
     * Keyset paging: each page starts after the cursor of the previous one, so deep pages cost the same as the
     * first and items written meanwhile neither repeat nor vanish. Items without a time come first ascending
     * (last descending).
     */
    async page(request: ItemPageRequest): Promise<ItemPage> {
      const { index, sortKey } = PAGE_INDEXES[request.index];
      const limit = Math.max(1, Math.floor(request.limit));
      const after = request.after ? [request.after.key, request.after.id] : null;
      const ascending = request.direction === 'asc';
      let collection = after ? (ascending ? table.where(index).above(after) : table.where(index).below(after)) : table.orderBy(index);
      if (!ascending) collection = collection.reverse();
      const rows = await collection.limit(limit + 1).toArray();
      const pageRows = rows.slice(0, limit);
      const last = pageRows.at(-1);
      return {
        items: pageRows.map(fromItemRow),
        next: rows.length > limit && last ? { key: last[sortKey], id: last.id } : null,
      };
    },

    /** One audit entry for the whole chunk, listing its ids (the rows themselves are the record of what came in). */
    bulkAdd: (items: readonly Item[], ctx: WriteContext) =>
      auditedWrite(scope, [table], ctx, async (record) => {
        if (items.length === 0) return;
        await table.bulkAdd(items.map(toItemRow));
        record({ action: 'items.add', target: 'items:*', items: items.map((item) => item.id), before: null, after: null });
      }),

    /** Applies each patch; unchanged items are not rewritten. One audit entry with the changed fields per item. */
    bulkUpdate: (patches: readonly ItemPatch[], ctx: WriteContext) =>
      auditedWrite(scope, [table], ctx, async (record, nowIso) => {
        const { updated, before, after } = await applyPatches(patches, nowIso);
        if (updated.length === 0) return [];
        record({ action: 'items.update', target: 'items:*', items: updated.map((row) => row.id), before, after });
        return updated.map(fromItemRow);
      }),

    /** Returns the item as stored afterwards; a change that changes nothing writes nothing. */
    update: (id: string, changes: ItemChanges, ctx: WriteContext) =>
      auditedWrite(scope, [table], ctx, async (record, nowIso) => {
        const { updated, before, after } = await applyPatches([{ id, changes }], nowIso);
        const row = updated[0];
        // applyPatches has thrown if the item does not exist, so an unchanged item is still there.
        if (!row) return (await getItem(id)) as Item;
        record({ action: 'items.update', target: `items:${id}`, before: before[id], after: after[id] });
        return fromItemRow(row);
      }),

    /** The removed items go into the audit entry whole, so a removal can be undone. Unknown ids are ignored. */
    remove: (ids: readonly string[], ctx: WriteContext) =>
      auditedWrite(scope, [table], ctx, async (record) => {
        const rows = (await table.bulkGet([...ids])).filter((row): row is ItemRow => row !== undefined);
        if (rows.length === 0) return 0;
        await table.bulkDelete(rows.map((row) => row.id));
        record({
          action: 'items.remove',
          target: 'items:*',
          items: rows.map((row) => row.id),
          before: Object.fromEntries(rows.map((row) => [row.id, fromItemRow(row)])),
          after: null,
        });
        return rows.length;
      }),
  };
}

export type ItemsRepository = ReturnType<typeof createItemsRepository>;
