// The item fields filters, facets and sorts need, as typed-array columns over dense ordinals, one chunk of
// CHUNK_SIZE ordinals at a time (the unit that is persisted and appended to). A column read at a million
// items is a pass over a few megabytes, where reading the items themselves from the store takes ~40 s.
import {
  FEEDS,
  ITEM_KINDS,
  ITEM_STATUSES,
  SENTIMENTS,
  VERACITIES,
  type Feed,
  type Item,
  type ItemKind,
  type ItemStatus,
  type Sentiment,
  type Veracity,
} from '../domain/types';
import { ID_BYTES, setChunkId, type ChunkIds } from './chunk-ids';
import { codeOf, createDictionary, type CodeDictionary } from './dictionary';
import { CHUNK_SIZE } from './postings';

/** Minutes since the epoch where an item has no (readable) time: before every real time. */
export const NO_TIME = -0x80000000;
/** A metric the partner did not give. */
export const NO_METRIC = -1;

export interface ColumnChunk {
  /** ordinals in use (the last chunk fills up as items are appended) */
  count: number;
  /** packed 16 bytes per id while every id is a canonical UUID, else strings (chunk-ids.ts) */
  ids: ChunkIds;
  /** 0 once the item is removed or re-indexed at a new ordinal */
  alive: Uint8Array;
  reportedMin: Int32Array;
  publishedMin: Int32Array;
  /** index into ITEM_STATUSES */
  status: Uint8Array;
  /** index into ITEM_KINDS */
  kind: Uint8Array;
  /** bit i set: FEEDS[i] reported it */
  feeds: Uint8Array;
  platform: Uint32Array;
  region: Uint32Array;
  unit: Uint32Array;
  event: Uint32Array;
  category: Uint32Array;
  /** 0 not assessed, else 1–4 */
  risk: Uint8Array;
  /** 0 none, else 1 + index into SENTIMENTS */
  sentiment: Uint8Array;
  /** 0 none, else 1 + index into VERACITIES */
  veracity: Uint8Array;
  hasSpread: Uint8Array;
  suspected: Uint8Array;
  reposts: Int32Array;
  comments: Int32Array;
  likes: Int32Array;
  views: Int32Array;
  /** FNV-1a of the searchable text: tells an edit that changed the text (re-index) from one that did not */
  textHash: Uint32Array;
  /** tags of local ordinal i are tagCodes[tagStarts[i] .. tagStarts[i+1]) */
  tagStarts: Uint32Array;
  tagCodes: Uint32Array;
}

export interface Dictionaries {
  platform: CodeDictionary;
  region: CodeDictionary;
  unit: CodeDictionary;
  event: CodeDictionary;
  category: CodeDictionary;
  tag: CodeDictionary;
}

export type DictionaryName = keyof Dictionaries;
export const DICTIONARY_NAMES: readonly DictionaryName[] = ['platform', 'region', 'unit', 'event', 'category', 'tag'];

export function createDictionaries(values: Partial<Record<DictionaryName, readonly string[]>> = {}): Dictionaries {
  return {
    platform: createDictionary(values.platform),
    region: createDictionary(values.region),
    unit: createDictionary(values.unit),
    event: createDictionary(values.event),
    category: createDictionary(values.category),
    tag: createDictionary(values.tag),
  };
}

export function dictionaryValues(dictionaries: Dictionaries): Record<DictionaryName, string[]> {
  return Object.fromEntries(DICTIONARY_NAMES.map((name) => [name, dictionaries[name].values])) as Record<DictionaryName, string[]>;
}

/**
 * What opening the list reads: the unfiltered list in reported-time order (its counts are kept apart) and the
 * ids of its first rows. At a million items these are 21 of the ~77 bytes per item, so they are persisted
 * apart from the other columns, which are read after the list shows.
 */
export const LIST_COLUMN_NAMES = ['count', 'ids', 'alive', 'reportedMin'] as const;
export type ListColumns = Pick<ColumnChunk, (typeof LIST_COLUMN_NAMES)[number]>;
export type OtherColumns = Omit<ColumnChunk, keyof ListColumns>;

export function splitColumns(chunk: ColumnChunk): { list: ListColumns; other: OtherColumns } {
  const { count, ids, alive, reportedMin, ...other } = chunk;
  return { list: { count, ids, alive, reportedMin }, other };
}

/**
 * Stand-ins for the other columns until they are read: empty, so that a read gives nothing and a write is
 * dropped, never a shared array that one chunk could write into for all.
 */
export function unreadOtherColumns(): OtherColumns {
  const { count: _count, ids: _ids, alive: _alive, reportedMin: _reported, ...other } = emptyColumnChunkOf(0);
  return other;
}

export function emptyColumnChunk(): ColumnChunk {
  return emptyColumnChunkOf(CHUNK_SIZE);
}

function emptyColumnChunkOf(size: number): ColumnChunk {
  return {
    count: 0,
    ids: new Uint8Array(size * ID_BYTES),
    alive: new Uint8Array(size),
    reportedMin: new Int32Array(size),
    publishedMin: new Int32Array(size),
    status: new Uint8Array(size),
    kind: new Uint8Array(size),
    feeds: new Uint8Array(size),
    platform: new Uint32Array(size),
    region: new Uint32Array(size),
    unit: new Uint32Array(size),
    event: new Uint32Array(size),
    category: new Uint32Array(size),
    risk: new Uint8Array(size),
    sentiment: new Uint8Array(size),
    veracity: new Uint8Array(size),
    hasSpread: new Uint8Array(size),
    suspected: new Uint8Array(size),
    reposts: new Int32Array(size),
    comments: new Int32Array(size),
    likes: new Int32Array(size),
    views: new Int32Array(size),
    textHash: new Uint32Array(size),
    tagStarts: new Uint32Array(size + 1),
    tagCodes: new Uint32Array(0),
  };
}

export function minutesOf(iso: string | null): number {
  if (iso === null) return NO_TIME;
  const millis = Date.parse(iso);
  return Number.isNaN(millis) ? NO_TIME : Math.floor(millis / 60_000);
}

export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

const feedBits = new Map<Feed, number>(FEEDS.map((feed, index) => [feed, 1 << index]));

export function feedMask(feeds: readonly Feed[]): number {
  let mask = 0;
  for (const feed of feeds) mask |= feedBits.get(feed) ?? 0;
  return mask;
}

const metric = (value: number | null) =>
  value === null || !Number.isFinite(value) ? NO_METRIC : Math.min(Math.max(0, Math.floor(value)), 0x7fffffff);

export const statusCode = (status: ItemStatus) => Math.max(0, ITEM_STATUSES.indexOf(status));
export const kindCode = (kind: ItemKind) => Math.max(0, ITEM_KINDS.indexOf(kind));
export const sentimentCode = (sentiment: Sentiment | null) => (sentiment === null ? 0 : SENTIMENTS.indexOf(sentiment) + 1);
export const veracityCode = (veracity: Veracity | null) => (veracity === null ? 0 : VERACITIES.indexOf(veracity) + 1);

/** Facts about an item that live outside it: spread edges and suspected duplicates from import batches. */
export interface ItemFacts {
  hasSpread: (item: Item) => boolean;
  suspected: (item: Item) => boolean;
  /** the texts of the item's notes (批注), searched with its own fields; none when absent */
  noteTexts?: (item: Item) => readonly string[];
}

/** Writes every column but the tags (written per chunk, setTags) at a local ordinal below the chunk's count. */
export function writeRow(
  chunk: ColumnChunk,
  local: number,
  item: Item,
  textHash: number,
  dictionaries: Dictionaries,
  facts: ItemFacts,
): void {
  chunk.ids = setChunkId(chunk.ids, chunk.count, local, item.id);
  chunk.alive[local] = 1;
  chunk.reportedMin[local] = minutesOf(item.reportedAt);
  chunk.publishedMin[local] = minutesOf(item.publishedAt);
  chunk.status[local] = statusCode(item.status);
  chunk.kind[local] = kindCode(item.kind);
  chunk.feeds[local] = feedMask(item.feeds);
  chunk.platform[local] = codeOf(dictionaries.platform, item.platform);
  chunk.region[local] = codeOf(dictionaries.region, item.region);
  chunk.unit[local] = codeOf(dictionaries.unit, item.unitId);
  chunk.event[local] = codeOf(dictionaries.event, item.eventId);
  chunk.category[local] = codeOf(dictionaries.category, item.assessment.category);
  chunk.risk[local] = item.assessment.risk ?? 0;
  chunk.sentiment[local] = sentimentCode(item.assessment.sentiment);
  chunk.veracity[local] = veracityCode(item.assessment.veracity);
  chunk.hasSpread[local] = facts.hasSpread(item) ? 1 : 0;
  chunk.suspected[local] = facts.suspected(item) ? 1 : 0;
  chunk.reposts[local] = metric(item.metrics.reposts);
  chunk.comments[local] = metric(item.metrics.comments);
  chunk.likes[local] = metric(item.metrics.likes);
  chunk.views[local] = metric(item.metrics.views);
  chunk.textHash[local] = textHash;
}

export function tagsAt(chunk: ColumnChunk, local: number): Uint32Array {
  return chunk.tagCodes.subarray(chunk.tagStarts[local], chunk.tagStarts[local + 1]);
}

/** Replaces the tags of some local ordinals, rewriting the chunk's tag arrays once for all of them. */
export function setTags(chunk: ColumnChunk, changes: ReadonlyMap<number, readonly number[]>): void {
  if (changes.size === 0) return;
  let size = 0;
  for (let local = 0; local < CHUNK_SIZE; local += 1) {
    const replaced = changes.get(local);
    size += replaced ? replaced.length : (chunk.tagStarts[local + 1] as number) - (chunk.tagStarts[local] as number);
  }
  const codes = new Uint32Array(size);
  const starts = new Uint32Array(CHUNK_SIZE + 1);
  let position = 0;
  for (let local = 0; local < CHUNK_SIZE; local += 1) {
    starts[local] = position;
    const replaced = changes.get(local);
    if (replaced) {
      codes.set(replaced, position);
      position += replaced.length;
    } else {
      const old = tagsAt(chunk, local);
      codes.set(old, position);
      position += old.length;
    }
  }
  starts[CHUNK_SIZE] = position;
  chunk.tagStarts = starts;
  chunk.tagCodes = codes;
}
