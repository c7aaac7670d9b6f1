// The index worker's work, apart from the worker itself so renderer tests can drive it on fake-indexeddb:
// open the persisted index (or build it), keep it current from the audit log, answer the list's queries.
import type { Item } from '../../../../shared/domain/types';
import { unreadOtherColumns, type ItemFacts } from '../../../../shared/search/columns';
import { aliveBits, ItemIndex, type ChunkLoaders } from '../../../../shared/search/engine';
import { filterAndCount, type FilterOutcome } from '../../../../shared/search/facets';
import {
  ITEM_INDEX_FORMAT,
  type IndexExtras,
  type IndexRepository,
  type ItemIndexMeta,
  type PersistedOrder,
} from '../../../db/index-repository';
import type { EngineStatus, RunReply, RunRequest, WindowReply } from './protocol';
import { ResultOrder } from './result-order';
import { auditChangesSince } from './audit-changes';
import { dirtyChunkWrites, IndexMissingError, markChunksSaved, storedChunkLoaders } from './index-chunks';
import { countUnfiltered, isUnfiltered, timeFacet, withoutTime, type UnfilteredCounts } from './unfiltered-counts';

export interface IndexHostOptions {
  /** false in a second window: only the window holding the writer lock persists (engine/README in shared/search) */
  persist: boolean;
  onStatus?: (status: EngineStatus) => void;
  /** a step of opening reached (meta read, columns read, index restored): to say where a slow open goes */
  onMark?: (step: string) => void;
  /** items read per step of a full build */
  buildPage?: number;
  /** more changed items than this since the persisted index: rebuild instead of catching up */
  catchUpLimit?: number;
}

const FETCH_PAGE = 2_000;

export class IndexHost {
  private index: ItemIndex | null = null;
  private auditSeq = 0;
  private auditHash: string | null = null;
  private resultVersion = 0;
  private order: ResultOrder = ResultOrder.empty();
  private unfiltered: UnfilteredCounts | null = null;
  /** the list order last saved, and the audit entry it was sorted at */
  private savedOrder: Uint32Array | null = null;
  private savedOrderSeq: number | null = null;
  /** the list order a run sorted again, being saved while the next requests are answered */
  private backgroundWrite: Promise<void> = Promise.resolve();
  private status: EngineStatus = { state: 'idle', done: 0, total: 0, error: null };
  /**
   * The index whose other columns (those opening the list does not need) are not read yet, and their read once
   * started. It starts after the list's first window is answered (reading them in the worker would hold that
   * window back) or when a request needs them: everything but the unfiltered list, its windows and positionOf
   * waits for them (complete()).
   */
  private otherColumnsOf: ItemIndex | null = null;
  private otherColumns: Promise<void> | null = null;
  /** every chunk's postings being read ahead of the first search */
  private warming: Promise<void> | null = null;
  private readonly loaders: ChunkLoaders;

  constructor(
    private readonly repo: IndexRepository,
    private readonly options: IndexHostOptions,
  ) {
    this.loaders = storedChunkLoaders(repo);
  }

  get engineStatus(): EngineStatus {
    return this.status;
  }

  get itemIndex(): ItemIndex | null {
    return this.index;
  }

  private setStatus(status: Partial<EngineStatus>): void {
    this.status = { ...this.status, ...status };
    this.options.onStatus?.(this.status);
  }

  /** Loads the persisted index and catches up with the audit log, or builds it when it is missing or stale. */
  async open(forceRebuild = false): Promise<void> {
    try {
      this.setStatus({ state: 'loading', error: null });
      const meta = forceRebuild ? undefined : await this.repo.loadMeta();
      this.options.onMark?.('meta read');
      if (meta && meta.format === ITEM_INDEX_FORMAT && (await this.loadColumns(meta))) {
        this.setStatus({ state: 'ready', done: this.index?.size ?? 0, total: this.index?.size ?? 0 });
        await this.sync();
        return;
      }
      await this.build();
    } catch (error) {
      this.setStatus({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  private async loadColumns(meta: ItemIndexMeta): Promise<boolean> {
    const [order, unfiltered, ...lists] = await Promise.all([
      this.repo.loadOrder(),
      this.repo.loadUnfiltered<UnfilteredCounts>(),
      ...Array.from({ length: meta.chunkCount }, (_, chunkIndex) => this.repo.loadColumns(chunkIndex)),
    ]);
    this.options.onMark?.('columns read');
    if (lists.some((chunk) => chunk === undefined)) return false;
    const index = ItemIndex.restore(
      meta.dictionaries,
      lists.map((list) => ({ ...unreadOtherColumns(), ...(list as NonNullable<typeof list>) })),
    );
    this.index = index;
    // an order saved at another audit entry may miss changes since: it is sorted again on the first run
    if (order && meta.orderSeq === order.auditSeq && index.adoptPermutation('reportedAt', order.order)) {
      this.savedOrder = order.order;
      this.savedOrderSeq = order.auditSeq;
    }
    this.unfiltered = unfiltered?.auditSeq === meta.auditSeq ? unfiltered : null;
    this.auditSeq = meta.auditSeq;
    this.auditHash = meta.auditHash;
    this.options.onMark?.('index restored');
    this.startLazyReads(index);
    return true;
  }

  /** A new index in place: nothing of it read lazily yet; `awaitingOtherColumns` when it opened on the list columns alone. */
  private startLazyReads(awaitingOtherColumns: ItemIndex | null): void {
    this.otherColumnsOf = awaitingOtherColumns;
    this.otherColumns = null;
    this.warming = null;
  }

  private readOtherColumns(index: ItemIndex): Promise<void> {
    this.otherColumns ??= Promise.all(index.chunks.map((_, chunkIndex) => this.repo.loadOtherColumns(chunkIndex))).then((others) => {
      others.forEach((other, chunkIndex) => {
        if (!other) throw new IndexMissingError(`列块 ${chunkIndex}`);
        Object.assign((index.chunks[chunkIndex] as (typeof index.chunks)[number]).columns, other);
      });
      if (this.otherColumnsOf === index) this.otherColumnsOf = null;
      this.options.onMark?.('other columns read');
    });
    return this.otherColumns;
  }

  /** The index with every column read; an index that lost a chunk of them is built again first. */
  private async complete(): Promise<ItemIndex> {
    if (this.otherColumnsOf) {
      try {
        await this.readOtherColumns(this.otherColumnsOf);
      } catch (error) {
        if (!(error instanceof IndexMissingError)) throw error;
        await this.build();
      }
    }
    return this.ready();
  }

  /** What opening left for later, read once the list shows: the other columns, then the postings. */
  private readAfterShown(): void {
    const index = this.otherColumnsOf;
    if (!index || this.otherColumns) return;
    // a failure is met by the next request that needs them (complete)
    this.readOtherColumns(index)
      .then(() => this.warm())
      .catch(() => undefined);
  }

  private async facts(): Promise<ItemFacts> {
    const [spread, suspected] = await Promise.all([this.repo.spreadItemIds(), this.repo.suspectedItemIds()]);
    return {
      hasSpread: (item: Item) => item.parentExternalId !== null || spread.has(item.id),
      suspected: (item: Item) => suspected.has(item.id),
    };
  }

  /** Reads every item page by page (the only full read of the store) and writes the index chunk by chunk. */
  async build(): Promise<void> {
    const page = this.options.buildPage ?? 5_000;
    // Entries after this head are caught up afterwards: writes made during the build are not lost.
    const head = await this.repo.auditHead();
    const total = await this.repo.itemCount();
    this.setStatus({ state: 'building', done: 0, total, error: null });
    if (this.options.persist) await this.repo.clear();
    const index = new ItemIndex();
    const facts = await this.facts();
    let afterId: string | null = null;
    let done = 0;
    for (;;) {
      const items = await this.repo.itemsAfter(afterId, page);
      if (items.length === 0) break;
      index.upsert(items, facts);
      afterId = (items.at(-1) as Item).id;
      done += items.length;
      // A chunk is complete once a later one has begun: write it and free its texts.
      await this.persistChunks(index, index.chunks.length - 1, null);
      this.setStatus({ done });
    }
    this.index = index;
    this.startLazyReads(null);
    // results and windows of the index replaced were in its ordinals
    this.order = ResultOrder.empty();
    this.resultVersion += 1;
    this.auditSeq = head?.seq ?? 0;
    this.auditHash = head?.hash ?? null;
    // sorted and counted here, in the background build, so that no open of the list has to
    index.permutation('reportedAt');
    this.unfiltered = countUnfiltered(index, this.auditSeq);
    await this.persistChunks(index, index.chunks.length, this.meta());
    this.setStatus({ state: 'ready', done, total: done });
    await this.sync();
  }

  private meta(): ItemIndexMeta {
    const index = this.index as ItemIndex;
    return {
      format: ITEM_INDEX_FORMAT,
      chunkCount: index.chunks.length,
      dictionaries: index.dictionaryValues(),
      auditSeq: this.auditSeq,
      auditHash: this.auditHash,
      itemCount: index.size,
    };
  }

  /** Writes the changed chunks below `below` (and the meta, when given); frees their texts. */
  private async persistChunks(index: ItemIndex, below: number, meta: ItemIndexMeta | null): Promise<void> {
    // the stand-ins of columns not read yet must never be written over the real ones
    if (this.otherColumnsOf === index) throw new Error('索引列尚未读完，不能保存');
    const writes = dirtyChunkWrites(index, below);
    let extras: IndexExtras = {};
    if (meta) {
      extras = { order: this.orderToSave(index), unfiltered: this.unfiltered ?? undefined };
      meta = { ...meta, orderSeq: this.savedOrderSeq };
    }
    if (this.options.persist && (writes.length > 0 || meta)) await this.repo.save(meta, writes, extras);
    markChunksSaved(index, writes, { dropTexts: meta === null });
  }

  /**
   * Applies every audit entry written since the index was current: items added, changed or removed by any
   * window or worker (imports, bulk edits, undo), spread edges and suspected duplicates. Returns the number
   * of items re-read.
   */
  async sync(): Promise<number> {
    await this.backgroundWrite;
    let index = this.index;
    if (!index) return 0;
    const limit = this.options.catchUpLimit ?? Math.max(50_000, Math.floor(index.size / 4));
    const { itemIds, flagsChanged, seq, hash, overLimit } = await auditChangesSince(this.repo, this.auditSeq, this.auditHash, limit);
    if (overLimit) {
      await this.build();
      return itemIds.size;
    }
    if (seq === this.auditSeq) return 0;
    index = await this.complete();
    // entries that changed no item (settings, reports) leave the unfiltered counts as they were
    const unfilteredStill = itemIds.size === 0 && !flagsChanged && this.unfiltered?.auditSeq === this.auditSeq;
    this.unfiltered = unfilteredStill && this.unfiltered ? { ...this.unfiltered, auditSeq: seq } : null;
    await this.ensureAppendable(index);
    const facts = await this.facts();
    const ids = [...itemIds];
    for (let start = 0; start < ids.length; start += FETCH_PAGE) {
      const slice = ids.slice(start, start + FETCH_PAGE);
      const items = await this.repo.itemsByIds(slice);
      index.upsert(
        items.filter((item): item is Item => item !== undefined),
        facts,
      );
      index.remove(slice.filter((_, position) => items[position] === undefined));
    }
    if (flagsChanged) await this.refreshFlags(index);
    this.auditSeq = seq;
    this.auditHash = hash;
    await this.persistChunks(index, index.chunks.length, this.meta());
    return ids.length;
  }

  /** The list order to write with the meta: only when it was sorted again since it was last written. */
  private orderToSave(index: ItemIndex): PersistedOrder | undefined {
    const order = index.cachedPermutation('reportedAt');
    if (order === this.savedOrder) return undefined;
    this.savedOrder = order ?? null;
    this.savedOrderSeq = order ? this.auditSeq : null;
    return order ? { auditSeq: this.auditSeq, order } : undefined;
  }

  private async refreshFlags(index: ItemIndex): Promise<void> {
    const [spread, suspected] = await Promise.all([this.repo.spreadItemIds(), this.repo.suspectedItemIds()]);
    index.setFlag('hasSpread', spread, true);
    index.setFlag('suspected', suspected, true);
  }

  /** The last chunk takes appends: its postings and texts must be in memory first. */
  private async ensureAppendable(index: ItemIndex): Promise<void> {
    const target = index.appendTarget();
    if (target === null) return;
    const chunk = index.chunks[target];
    if (!chunk) return;
    if (!chunk.postings) index.setPostings(target, await this.loaders.postings(target));
    if (!chunk.texts) index.setTexts(target, await this.loaders.texts(target));
  }

  private ready(): ItemIndex {
    if (!this.index) throw new Error('索引尚未就绪');
    return this.index;
  }

  /**
   * Filters and counts; the result is put in list order only as far as windows ask for it (ItemIndex.run
   * would order all of it first, most of a second at a million items before the first rows could show).
   */
  async run(request: RunRequest): Promise<RunReply> {
    const started = performance.now();
    const index = this.opensOnListColumns(request) ? this.ready() : await this.complete();
    const match = await index.match(request.query, this.loaders);
    const outcome = this.filterAndCount(index, request, match);
    const sortedBefore = index.cachedPermutation('reportedAt');
    this.order = new ResultOrder(index.permutation(request.sort.field), outcome.result, request.sort.direction, outcome.total);
    // sorted again after a change of times (an import): saved so the next open need not sort
    // (a failed save only means the next open sorts again)
    if (this.options.persist && index.cachedPermutation('reportedAt') !== sortedBefore)
      this.backgroundWrite = this.persistChunks(index, index.chunks.length, this.meta()).catch(() => undefined);
    this.resultVersion += 1;
    return {
      resultVersion: this.resultVersion,
      total: outcome.total,
      facets: outcome.facets,
      indexed: index.size,
      tookMs: performance.now() - started,
    };
  }

  /** The unfiltered list by reported time, counted and sorted before: what the list opens on. */
  private opensOnListColumns(request: RunRequest): boolean {
    return (
      isUnfiltered(request.filter, request.query) &&
      request.filter.timeField === 'reportedAt' &&
      request.sort.field === 'reportedAt' &&
      this.unfiltered?.auditSeq === this.auditSeq &&
      this.index?.cachedPermutation('reportedAt') !== undefined
    );
  }

  private filterAndCount(index: ItemIndex, request: RunRequest, match: Uint32Array[] | null): FilterOutcome {
    const columns = index.chunks.map((chunk) => chunk.columns);
    const unfiltered = match === null && isUnfiltered(request.filter, request.query);
    if (unfiltered && this.unfiltered?.auditSeq === this.auditSeq) {
      return {
        total: this.unfiltered.total,
        result: columns.map(aliveBits),
        facets: { ...this.unfiltered.facets, time: timeFacet(columns, request.filter.timeField, request.timePresets) },
      };
    }
    const outcome = filterAndCount(columns, index.dictionaries, request.filter, { match, timePresets: request.timePresets });
    if (unfiltered) {
      this.unfiltered = { auditSeq: this.auditSeq, total: outcome.total, facets: withoutTime(outcome.facets) };
      if (this.options.persist) void this.repo.saveUnfiltered(this.unfiltered).catch(() => undefined);
    }
    return outcome;
  }

  window(resultVersion: number, start: number, count: number): WindowReply {
    const index = this.ready();
    if (resultVersion !== this.resultVersion) return { resultVersion: this.resultVersion, start, ids: [] };
    const ids = Array.from(this.order.slice(start, count), (ordinal) => index.idAt(ordinal) as string);
    this.readAfterShown();
    return { resultVersion, start, ids };
  }

  /** Where an item is in the current result (−1: not in it), to keep the focus on it after a change. */
  positionOf(resultVersion: number, id: string): number {
    const index = this.ready();
    if (resultVersion !== this.resultVersion) return -1;
    const ordinal = index.ordinalOf(id);
    return ordinal === undefined ? -1 : this.order.positionOf(ordinal);
  }

  async search(query: string, limit: number): Promise<{ total: number; ids: string[] }> {
    const index = await this.complete();
    const { total, ordinals } = await index.search(query, limit, this.loaders);
    return { total, ids: [...ordinals].map((ordinal) => index.idAt(ordinal) as string) };
  }

  /** Loads every chunk's postings ahead of the first search (done in the background once the list shows). */
  warm(): Promise<void> {
    if (!this.warming) {
      const index = this.ready();
      this.warming = (async () => {
        for (let chunkIndex = 0; chunkIndex < index.chunks.length; chunkIndex += 1) {
          if (!index.chunks[chunkIndex]?.postings) index.setPostings(chunkIndex, await this.loaders.postings(chunkIndex));
        }
      })().catch((error: unknown) => {
        // a failed read is tried again by the next warm
        this.warming = null;
        throw error;
      });
    }
    return this.warming;
  }
}
