// What the 传播 page reads and writes: the members of repost chains (through the rootExternalId index, so
// items outside any chain are never read), the analysts' manual links, near-duplicate suggestions from a
// time window around an item, dismissed suggestions, and refutations linked to a cascade.
import type { Item, Refutation, SpreadEdge, SpreadEdgeType } from '../../shared/domain/types';
import { newId } from '../../shared/ids';
import { hammingDistance, NEAR_DUPLICATE_MAX_DISTANCE } from '../../shared/import/dedup/simhash';
import type { WriteContext, WriteScope } from './audited-write';
import { createEntityRepository } from './entity-repository';
import { DeskStoreError, RecordNotFoundError } from './errors';
import { fromItemRow, sortKeyOf } from './items-repository';
import { UNKNOWN_TIME_SORT_KEY } from './schema';
import { createSettingsRepository } from './settings-repository';

/** Settings key of the near-duplicate pairs an analyst said are not one spreading, as `earlierId>laterId`. */
export const DISMISSED_SUGGESTIONS_KEY = 'spread.dismissedNearDuplicates';

/** Settings key of what analysts said about the originals of repost files, by import batch id. */
export const IMPLIED_ROOTS_KEY = 'spread.impliedRoots';

/** Items of a batch looked at to tell a repost file (parents named, no 原帖ID) from any other import. */
const REPOST_PROBE_SIZE = 500;
/** Items of one repost file read at most: Weibo collection tools export hundreds to tens of thousands. */
const REPOST_FILE_LIMIT = 50_000;

/** The original of a repost file as the analyst describes it (desk trace's --root-id / --root-text / --root-time). */
export interface ImpliedRootDescription {
  rootId: string | null;
  rootText: string | null;
  rootTime: string | null;
}

export const NO_ROOT_DESCRIPTION: ImpliedRootDescription = { rootId: null, rootText: null, rootTime: null };

/** An import batch of repost records (mid / parent) without 原帖ID: its items form one cascade with an implied original. */
export interface RepostBatch {
  batchId: string;
  files: string[];
  /** its items outside any chain (rootExternalId null) that carry an external id */
  items: Item[];
  root: ImpliedRootDescription;
}

/** How far from an item's time near-duplicates are looked for: a copy on another platform within days, not months. */
export const SUGGESTION_WINDOW_DAYS = 7;
/** Items read per side of the window at most; a window on a busy week of a million-item store stays bounded. */
const SUGGESTION_SCAN_LIMIT = 20_000;

export interface LinkInput {
  /** the item that was copied, quoted or reposted */
  from: string;
  /** the item that did it */
  to: string;
  type: SpreadEdgeType;
  at: string | null;
  note: string;
}

export interface NearDuplicateSuggestion {
  /** the earlier of the two: the suggested source */
  from: Item;
  /** the later: the suggested copy */
  to: Item;
  distance: number;
}

export class SpreadLinkError extends DeskStoreError {
  constructor(code: 'db.spread.selfLink' | 'db.spread.duplicateLink') {
    super(code);
  }
}

export function suggestionKey(fromId: string, toId: string): string {
  return `${fromId}>${toId}`;
}

const byId = (row: { id: string }) => row.id;

export function createSpreadRepository(scope: WriteScope) {
  const { db } = scope;
  const edges = createEntityRepository(scope, db.spreadEdges, byId);
  const refutations = createEntityRepository(scope, db.refutations, byId);
  const settings = createSettingsRepository(scope);

  async function dismissed(): Promise<string[]> {
    return settings.get<string[]>(DISMISSED_SUGGESTIONS_KEY, []);
  }

  const describedRoots = (): Promise<Record<string, ImpliedRootDescription>> => settings.get(IMPLIED_ROOTS_KEY, {});

  return {
    /**
     * Import batches of repost records that name parents but no 原帖ID (a Weibo repost array imported on
     * 导入): the import cannot know their original, so they join no chain; the spread side implies it.
     * A sample of each batch tells them apart, so ordinary imports cost one small read each.
     */
    async repostBatches(): Promise<RepostBatch[]> {
      const [batches, described] = await Promise.all([db.importBatches.toArray(), describedRoots()]);
      const result: RepostBatch[] = [];
      for (const batch of batches) {
        if (batch.state === 'undone' || batch.createdItemIds.length === 0) continue;
        const unchained = async (ids: readonly string[]) =>
          (await db.items.bulkGet([...ids]))
            .flatMap((row) => (row ? [fromItemRow(row)] : []))
            .filter((item) => item.rootExternalId === null && item.externalId !== null);
        const probe = await unchained(batch.createdItemIds.slice(0, REPOST_PROBE_SIZE));
        if (!probe.some((item) => item.parentExternalId !== null)) continue;
        const rest = await unchained(batch.createdItemIds.slice(REPOST_PROBE_SIZE, REPOST_FILE_LIMIT));
        result.push({
          batchId: batch.id,
          files: batch.files,
          items: [...probe, ...rest],
          root: described[batch.id] ?? NO_ROOT_DESCRIPTION,
        });
      }
      return result;
    },

    /** Names the original of a repost file: one audited settings write; a blank field clears it. */
    async describeImpliedRoot(batchId: string, description: ImpliedRootDescription, ctx: WriteContext): Promise<ImpliedRootDescription> {
      const tidy = (value: string | null) => (value === null || value.trim() === '' ? null : value.trim());
      const next = { rootId: tidy(description.rootId), rootText: tidy(description.rootText), rootTime: tidy(description.rootTime) };
      const current = await describedRoots();
      await settings.set(IMPLIED_ROOTS_KEY, { ...current, [batchId]: next }, ctx);
      return next;
    },

    /** Every item of a repost chain (one with a rootExternalId), read through that index alone. */
    async chainItems(): Promise<Item[]> {
      return (await db.items.orderBy('rootExternalId').toArray()).map(fromItemRow);
    },

    async chainItemCount(): Promise<number> {
      return db.items.orderBy('rootExternalId').count();
    },

    /** Manual links (and any repost edge an import or the demo stored as a link). */
    links: (): Promise<SpreadEdge[]> => db.spreadEdges.toArray(),

    /** Items by id, in order; undefined where there is none. */
    async items(ids: readonly string[]): Promise<Array<Item | undefined>> {
      return (await db.items.bulkGet([...ids])).map((row) => row && fromItemRow(row));
    },

    /** Items published in [fromIso, toIso], oldest first, at most `limit`: candidates for a link's source. */
    async publishedBetween(fromIso: string, toIso: string, limit: number): Promise<Item[]> {
      const rows = await db.items
        .where('[sortPublished+id]')
        .between([sortKeyOf(fromIso), ''], [sortKeyOf(toIso), '\uffff'], true, true)
        .limit(limit)
        .toArray();
      return rows.map(fromItemRow);
    },

    /** "`to` copied/quoted/reposted `from`": one audited spreadEdges.create entry. */
    async addLink(input: LinkInput, ctx: WriteContext): Promise<SpreadEdge> {
      if (input.from === input.to) throw new SpreadLinkError('db.spread.selfLink');
      const [from, to] = await db.items.bulkGet([input.from, input.to]);
      if (!from) throw new RecordNotFoundError('items', input.from);
      if (!to) throw new RecordNotFoundError('items', input.to);
      const existing = await db.spreadEdges.where('to').equals(input.to).toArray();
      if (existing.some((edge) => edge.from === input.from)) throw new SpreadLinkError('db.spread.duplicateLink');
      const edge: SpreadEdge = {
        id: newId(),
        from: input.from,
        to: input.to,
        type: input.type,
        at: input.at,
        note: input.note.trim(),
        createdBy: ctx.actor,
      };
      return edges.put(edge, ctx);
    },

    /** The removed link goes into the audit entry whole, so the removal can be undone. */
    removeLink: (id: string, ctx: WriteContext): Promise<number> => edges.remove([id], ctx),

    dismissedSuggestions: dismissed,

    async dismissSuggestion(fromId: string, toId: string, ctx: WriteContext): Promise<void> {
      const current = await dismissed();
      const key = suggestionKey(fromId, toId);
      if (current.includes(key)) return;
      await settings.set(DISMISSED_SUGGESTIONS_KEY, [...current, key], ctx);
    },

    /**
     * Items on other platforms whose SimHash is within the import's near-duplicate threshold, published
     * within SUGGESTION_WINDOW_DAYS of the item, ordered by time; pairs already linked or dismissed are left out.
     */
    async nearDuplicatesOf(item: Item): Promise<NearDuplicateSuggestion[]> {
      const simhash = item.simhash;
      const time = item.publishedAt ?? item.reportedAt;
      const centre = sortKeyOf(time);
      if (simhash === null || centre === UNKNOWN_TIME_SORT_KEY) return [];
      const windowMs = SUGGESTION_WINDOW_DAYS * 86_400_000;
      const [rows, linked, dismissedKeys] = await Promise.all([
        db.items
          .where('[sortPublished+id]')
          .between([centre - windowMs, ''], [centre + windowMs, '\uffff'], true, true)
          .limit(SUGGESTION_SCAN_LIMIT)
          .toArray(),
        Promise.all([db.spreadEdges.where('from').equals(item.id).toArray(), db.spreadEdges.where('to').equals(item.id).toArray()]),
        dismissed(),
      ]);
      const linkedIds = new Set(linked.flat().flatMap((edge) => [edge.from, edge.to]));
      const skipped = new Set(dismissedKeys);
      const suggestions: NearDuplicateSuggestion[] = [];
      for (const row of rows) {
        if (row.id === item.id || row.simhash === null || linkedIds.has(row.id)) continue;
        if ((row.platform ?? '') === (item.platform ?? '')) continue;
        const distance = hammingDistance(simhash, row.simhash);
        if (distance > NEAR_DUPLICATE_MAX_DISTANCE) continue;
        const other = fromItemRow(row);
        const otherFirst = row.sortPublished < centre || (row.sortPublished === centre && row.id < item.id);
        const [from, to] = otherFirst ? [other, item] : [item, other];
        if (skipped.has(suggestionKey(from.id, to.id))) continue;
        suggestions.push({ from, to, distance });
      }
      return suggestions.sort((a, b) => sortKeyOf(a.to.publishedAt) - sortKeyOf(b.to.publishedAt) || a.distance - b.distance);
    },

    /** Refutations linked to any of the items, each once. */
    async refutationsFor(itemIds: readonly string[]): Promise<Refutation[]> {
      if (itemIds.length === 0) return [];
      const rows = await db.refutations
        .where('itemIds')
        .anyOf([...itemIds])
        .distinct()
        .toArray();
      return rows.sort((a, b) => sortKeyOf(a.publishedAt) - sortKeyOf(b.publishedAt));
    },

    allRefutations: (): Promise<Refutation[]> => db.refutations.toArray(),

    /** Adds the item to a refutation's items (audited as the refutation's update). */
    async linkRefutation(refutationId: string, itemId: string, ctx: WriteContext): Promise<Refutation> {
      const refutation = await db.refutations.get(refutationId);
      if (!refutation) throw new RecordNotFoundError('refutations', refutationId);
      if (refutation.itemIds.includes(itemId)) return refutation;
      return refutations.put({ ...refutation, itemIds: [...refutation.itemIds, itemId] }, ctx);
    },

    createRefutation: (refutation: Refutation, ctx: WriteContext): Promise<Refutation> => refutations.put(refutation, ctx),
  };
}

export type SpreadRepository = ReturnType<typeof createSpreadRepository>;
