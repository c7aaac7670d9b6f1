// The triage engine's state: columns, postings and texts per chunk of ordinals, and the code dictionaries.
// Pure and synchronous except where it must read texts it has not loaded (a loader the host passes), so the
// same code runs in the index worker, in unit tests and in the benchmark.
import type { Item } from '../domain/types';
import {
  DICTIONARY_NAMES,
  createDictionaries,
  emptyColumnChunk,
  hashText,
  setTags,
  writeRow,
  type ColumnChunk,
  type Dictionaries,
  type DictionaryName,
  type ItemFacts,
} from './columns';
import { chunkIdAt } from './chunk-ids';
import { codeOf } from './dictionary';
import { filterAndCount, type FilterOutcome, type TimePreset } from './facets';
import type { ItemFilter } from './filter';
import { CHUNK_BITS, CHUNK_SIZE, CHUNK_WORDS, PostingsChunkBuilder, emptyPostingsChunk, type PostingsChunk } from './postings';
import { OrdinalLookup } from './ordinal-lookup';
import { parseQuery, type ParsedQuery } from './query';
import { matchNode, type ChunkSources } from './query-match';
import { MAX_ORDINALS, orderedMatches, permutationBy, timePermutation, type SortField, type SortSpec } from './sort';
import { searchableText } from './text';

export interface IndexChunk {
  columns: ColumnChunk;
  /** null until loaded (search loads them on first use) */
  postings: PostingsChunk | null;
  /** the folded searchable text of each local ordinal; null until loaded */
  texts: string[] | null;
}

export type ChunkLoader<T> = (chunkIndex: number) => Promise<T>;

export interface ChunkLoaders {
  postings: ChunkLoader<PostingsChunk>;
  texts: ChunkLoader<string[]>;
}

export const NO_FACTS: ItemFacts = { hasSpread: (item) => item.parentExternalId !== null, suspected: () => false };

export interface RunResult extends FilterOutcome {
  /** ordinals of the whole result in list order */
  ordered: Uint32Array;
}

export class IndexFullError extends Error {
  constructor() {
    super(`索引已满（最多 ${MAX_ORDINALS} 个位置），需要完整重建`);
    this.name = 'IndexFullError';
  }
}

export class ItemIndex {
  readonly chunks: IndexChunk[] = [];
  readonly dictionaries: Dictionaries;
  /** chunks whose columns changed since they were last persisted */
  readonly dirty = new Set<number>();
  /** chunks whose postings and texts changed (appends) since they were last persisted */
  readonly textDirty = new Set<number>();
  private tail: { chunkIndex: number; builder: PostingsChunkBuilder } | null = null;
  /** built on the first lookup by id: opening the list never needs it */
  private ordinals: OrdinalLookup | null = null;
  private readonly permutations = new Map<SortField, Uint32Array>();

  constructor(dictionaries: Dictionaries = createDictionaries()) {
    this.dictionaries = dictionaries;
  }

  static restore(dictionaryValues: Record<DictionaryName, readonly string[]>, columns: readonly ColumnChunk[]): ItemIndex {
    const index = new ItemIndex(createDictionaries(dictionaryValues));
    for (const chunk of columns) index.chunks.push({ columns: chunk, postings: null, texts: null });
    return index;
  }

  /** Live items. */
  get size(): number {
    let live = 0;
    for (const { columns } of this.chunks) for (let local = 0; local < columns.count; local += 1) live += columns.alive[local] as number;
    return live;
  }

  get slotCount(): number {
    return this.chunks.reduce((sum, chunk) => sum + chunk.columns.count, 0);
  }

  idAt(ordinal: number): string | undefined {
    const columns = this.chunks[ordinal >>> CHUNK_BITS]?.columns;
    const local = ordinal & (CHUNK_SIZE - 1);
    return columns && local < columns.count ? chunkIdAt(columns.ids, local) : undefined;
  }

  /** The live ordinal of an item. */
  ordinalOf(id: string): number | undefined {
    this.ordinals ??= new OrdinalLookup((chunkIndex) => this.chunks[chunkIndex]?.columns);
    return this.ordinals.find(id);
  }

  /** Chunks whose texts must be loaded before `upsert` may append (the last, partly filled chunk). */
  appendTarget(): number | null {
    const last = this.chunks.at(-1);
    return last && last.columns.count < CHUNK_SIZE ? this.chunks.length - 1 : null;
  }

  setPostings(chunkIndex: number, postings: PostingsChunk): void {
    const chunk = this.chunks[chunkIndex];
    if (chunk && !chunk.postings) chunk.postings = postings;
  }

  setTexts(chunkIndex: number, texts: string[]): void {
    const chunk = this.chunks[chunkIndex];
    if (chunk && !chunk.texts) chunk.texts = texts;
  }

  /** Frees a persisted chunk's texts (a full build would otherwise hold every text of the store). */
  dropTexts(chunkIndex: number): void {
    const chunk = this.chunks[chunkIndex];
    if (chunk && !this.textDirty.has(chunkIndex) && this.tail?.chunkIndex !== chunkIndex) chunk.texts = null;
  }

  /**
   * Adds new items and applies edits to known ones. An edit that keeps the text updates the columns in place;
   * one that changes the text retires the old ordinal and appends the item, because postings only ever
   * grow at the end (so no list has to be rewritten in the middle).
   */
  upsert(items: readonly Item[], facts: ItemFacts = NO_FACTS): { added: number; updated: number } {
    const appended: Array<{ item: Item; text: string; hash: number }> = [];
    const tagChanges = new Map<number, Map<number, number[]>>();
    let updated = 0;
    for (const item of items) {
      const text = searchableText(item, facts.noteTexts?.(item));
      const hash = hashText(text);
      const ordinal = this.ordinalOf(item.id);
      if (ordinal === undefined) {
        appended.push({ item, text, hash });
        continue;
      }
      const chunkIndex = ordinal >>> CHUNK_BITS;
      const local = ordinal & (CHUNK_SIZE - 1);
      const chunk = this.chunks[chunkIndex] as IndexChunk;
      updated += 1;
      this.dirty.add(chunkIndex);
      if (chunk.columns.textHash[local] !== hash) {
        this.retire(ordinal);
        appended.push({ item, text, hash });
        continue;
      }
      this.invalidateSortsFor(chunk.columns, local, item, facts);
      writeRow(chunk.columns, local, item, hash, this.dictionaries, facts);
      this.tagChangesOf(tagChanges, chunkIndex).set(local, this.tagCodes(item));
    }
    if (appended.length > 0) this.permutations.clear();
    for (const { item, text, hash } of appended) {
      let chunkIndex = this.chunks.length - 1;
      let chunk = this.chunks[chunkIndex];
      if (!chunk || chunk.columns.count === CHUNK_SIZE) {
        if (this.chunks.length >= MAX_ORDINALS / CHUNK_SIZE) throw new IndexFullError();
        chunk = { columns: emptyColumnChunk(), postings: emptyPostingsChunk(), texts: [] };
        this.chunks.push(chunk);
        chunkIndex += 1;
      }
      if (!chunk.texts || !chunk.postings) throw new Error('index: the last chunk must be loaded before items are appended to it');
      const local = chunk.columns.count;
      chunk.columns.count += 1;
      writeRow(chunk.columns, local, item, hash, this.dictionaries, facts);
      chunk.texts[local] = text;
      this.tailBuilder(chunkIndex, chunk.postings).add(local, text);
      this.tagChangesOf(tagChanges, chunkIndex).set(local, this.tagCodes(item));
      this.ordinals?.add((chunkIndex << CHUNK_BITS) | local);
      this.dirty.add(chunkIndex);
      this.textDirty.add(chunkIndex);
    }
    for (const [chunkIndex, changes] of tagChanges) setTags((this.chunks[chunkIndex] as IndexChunk).columns, changes);
    if (this.tail) {
      (this.chunks[this.tail.chunkIndex] as IndexChunk).postings = this.tail.builder.build();
      // a full chunk gets no more appends; a partly filled one keeps its builder for the next batch
      if ((this.chunks[this.tail.chunkIndex] as IndexChunk).columns.count === CHUNK_SIZE) this.tail = null;
    }
    return { added: items.length - updated, updated };
  }

  /** Items removed from the store. Unknown ids are ignored. */
  remove(ids: readonly string[]): number {
    let removed = 0;
    for (const id of ids) {
      const ordinal = this.ordinalOf(id);
      if (ordinal === undefined) continue;
      this.retire(ordinal);
      removed += 1;
    }
    return removed;
  }

  /** Sets a flag kept outside the items (spread edges, suspected duplicates) for the given items. */
  setFlag(flag: 'hasSpread' | 'suspected', ids: Iterable<string>, value: boolean): void {
    for (const id of ids) {
      const ordinal = this.ordinalOf(id);
      if (ordinal === undefined) continue;
      const chunkIndex = ordinal >>> CHUNK_BITS;
      const column = (this.chunks[chunkIndex] as IndexChunk).columns[flag];
      const bit = value ? 1 : 0;
      if (column[ordinal & (CHUNK_SIZE - 1)] !== bit) {
        column[ordinal & (CHUNK_SIZE - 1)] = bit;
        this.dirty.add(chunkIndex);
      }
    }
  }

  private retire(ordinal: number): void {
    const chunkIndex = ordinal >>> CHUNK_BITS;
    const chunk = this.chunks[chunkIndex] as IndexChunk;
    // the lookup skips ordinals no longer alive
    chunk.columns.alive[ordinal & (CHUNK_SIZE - 1)] = 0;
    this.dirty.add(chunkIndex);
  }

  private tailBuilder(chunkIndex: number, postings: PostingsChunk): PostingsChunkBuilder {
    if (this.tail?.chunkIndex !== chunkIndex) {
      if (this.tail) (this.chunks[this.tail.chunkIndex] as IndexChunk).postings = this.tail.builder.build();
      this.tail = { chunkIndex, builder: PostingsChunkBuilder.from(postings) };
    }
    return this.tail.builder;
  }

  private tagChangesOf(all: Map<number, Map<number, number[]>>, chunkIndex: number): Map<number, number[]> {
    let changes = all.get(chunkIndex);
    if (!changes) {
      changes = new Map();
      all.set(chunkIndex, changes);
    }
    return changes;
  }

  private tagCodes(item: Item): number[] {
    const tags = this.dictionaries.tag;
    for (const tag of item.tags) {
      // ancestors get codes too, so a parent can be counted and chosen without being a tag of its own
      for (let slash = tag.indexOf('/'); slash > 0; slash = tag.indexOf('/', slash + 1)) codeOf(tags, tag.slice(0, slash));
    }
    return [...new Set(item.tags.map((tag) => codeOf(tags, tag)))].filter((code) => code !== 0);
  }

  private invalidateSortsFor(columns: ColumnChunk, local: number, item: Item, facts: ItemFacts): void {
    if (this.permutations.size === 0) return;
    const before = emptyRowProbe(columns, local);
    const probe = emptyColumnChunk();
    writeRow(probe, 0, item, 0, this.dictionaries, facts);
    const after = emptyRowProbe(probe, 0);
    for (const field of Object.keys(before) as SortField[]) {
      if (before[field] === after[field]) continue;
      this.permutations.delete(field);
      // every other order breaks ties by reportedAt
      if (field === 'reportedAt') this.permutations.clear();
    }
  }

  /** The order already worked out for a field, if any (the host persists it with the index). */
  cachedPermutation(field: SortField): Uint32Array | undefined {
    return this.permutations.get(field);
  }

  /** Takes an order persisted with this index, so opening does not sort a million times again. */
  adoptPermutation(field: SortField, order: Uint32Array): boolean {
    if (order.length !== this.slotCount) return false;
    this.permutations.set(field, order);
    return true;
  }

  permutation(field: SortField): Uint32Array {
    let order = this.permutations.get(field);
    if (!order) {
      const columns = this.chunks.map((chunk) => chunk.columns);
      let byReported = this.permutations.get('reportedAt');
      if (!byReported) {
        byReported = timePermutation(columns, 'reportedAt');
        this.permutations.set('reportedAt', byReported);
      }
      order = permutationBy(columns, field, byReported);
      this.permutations.set(field, order);
    }
    return order;
  }

  /** Search matches per chunk, or null for an empty query (no narrowing). OR and groups are answered from the postings too. */
  async match(rawQuery: string | ParsedQuery, loaders: ChunkLoaders): Promise<Uint32Array[] | null> {
    const query = typeof rawQuery === 'string' ? parseQuery(rawQuery) : rawQuery;
    if (query.root === null) return null;
    const results: Uint32Array[] = [];
    for (let chunkIndex = 0; chunkIndex < this.chunks.length; chunkIndex += 1) {
      const chunk = this.chunks[chunkIndex] as IndexChunk;
      results.push(await matchNode(query.root, aliveBits(chunk.columns), this.chunkSources(chunkIndex, loaders)));
    }
    return results;
  }

  private chunkSources(chunkIndex: number, loaders: ChunkLoaders): ChunkSources {
    const chunk = this.chunks[chunkIndex] as IndexChunk;
    return {
      postings: async () => {
        if (!chunk.postings) this.setPostings(chunkIndex, await loaders.postings(chunkIndex));
        return chunk.postings as PostingsChunk;
      },
      texts: async () => {
        if (!chunk.texts) this.setTexts(chunkIndex, await loaders.texts(chunkIndex));
        return chunk.texts as string[];
      },
    };
  }

  /** The filter, facets and the whole result in list order. */
  run(filter: ItemFilter, sort: SortSpec, match: Uint32Array[] | null, timePresets: readonly TimePreset[] = []): RunResult {
    const outcome = filterAndCount(
      this.chunks.map((chunk) => chunk.columns),
      this.dictionaries,
      filter,
      { match, timePresets },
    );
    const ordered = orderedMatches(this.permutation(sort.field), outcome.result, sort.direction, outcome.total);
    return { ...outcome, ordered };
  }

  /** The first `limit` search matches by reported time, newest first, and their number. */
  async search(query: string, limit: number, loaders: ChunkLoaders): Promise<{ total: number; ordinals: Uint32Array }> {
    const match = (await this.match(query, loaders)) ?? this.chunks.map((chunk) => aliveBits(chunk.columns));
    let total = 0;
    for (const words of match) for (const word of words) total += popcount(word);
    return { total, ordinals: orderedMatches(this.permutation('reportedAt'), match, 'desc', limit) };
  }

  dictionaryValues(): Record<DictionaryName, string[]> {
    return Object.fromEntries(DICTIONARY_NAMES.map((name) => [name, this.dictionaries[name].values])) as Record<DictionaryName, string[]>;
  }
}

function emptyRowProbe(columns: ColumnChunk, local: number): Record<SortField, number> {
  return {
    reportedAt: columns.reportedMin[local] as number,
    publishedAt: columns.publishedMin[local] as number,
    risk: columns.risk[local] as number,
    reposts: columns.reposts[local] as number,
    comments: columns.comments[local] as number,
    likes: columns.likes[local] as number,
    views: columns.views[local] as number,
  };
}

export function aliveBits(columns: ColumnChunk): Uint32Array {
  const bits = new Uint32Array(CHUNK_WORDS);
  const { alive, count } = columns;
  for (let local = 0; local < count; local += 1)
    if (alive[local] === 1) bits[local >>> 5] = (bits[local >>> 5] as number) | (1 << (local & 31));
  return bits;
}

export function popcount(word: number): number {
  let value = word - ((word >>> 1) & 0x55555555);
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
  return (Math.imul((value + (value >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}
