// id → ordinal for the live items, as an open-addressing hash table of ordinals over the chunks' own ids. A Map
// of a million id strings would first format every packed id (chunk-ids.ts) and then hold ~100 MB of strings
// and entries; this table is 8 MB of Int32 at a million and is filled from the packed bytes without making a
// single string. It is built only when something asks for an ordinal by id (an edit caught up from the audit
// log, keeping the focus on an item): opening the list does not.
import { packUuid } from '../ids';
import { ID_BYTES, isPacked, type ChunkIds } from './chunk-ids';
import { CHUNK_BITS, CHUNK_SIZE } from './postings';

/** What the lookup needs of a chunk: its ids and which of them are alive. */
export interface LookupChunk {
  count: number;
  ids: ChunkIds;
  alive: Uint8Array;
}

const EMPTY = 0;
const MIN_CAPACITY = 16;

function mix(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

function hashBytes(bytes: Uint8Array, offset: number): number {
  let hash = 0x9747b28c;
  for (let at = offset; at < offset + ID_BYTES; at += 4) {
    hash = Math.imul(
      hash ^
        ((bytes[at] as number) | ((bytes[at + 1] as number) << 8) | ((bytes[at + 2] as number) << 16) | ((bytes[at + 3] as number) << 24)),
      0x9e3779b1,
    );
    hash = (hash << 13) | (hash >>> 19);
  }
  return mix(hash);
}

function hashString(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193);
  return mix(hash);
}

function sameBytes(left: Uint8Array, leftOffset: number, right: Uint8Array, rightOffset: number): boolean {
  for (let at = 0; at < ID_BYTES; at += 1) if (left[leftOffset + at] !== right[rightOffset + at]) return false;
  return true;
}

/**
 * An id hashes the same whichever way its chunk stores it (a UUID by its bytes, anything else by its
 * characters), so a chunk that turns from packed to strings needs no rehash.
 */
export class OrdinalLookup {
  /** ordinal + 1 per slot, EMPTY for a free slot */
  private table = new Int32Array(MIN_CAPACITY);
  private entries = 0;
  /** the probed id as bytes (when it is a UUID), to compare with packed chunks without making strings */
  private readonly probe = new Uint8Array(ID_BYTES);
  private readonly scratch = new Uint8Array(ID_BYTES);

  /** `chunkAt` is read on every call: chunks are appended, and a chunk's ids may turn into strings. */
  constructor(private readonly chunkAt: (chunkIndex: number) => LookupChunk | undefined) {
    this.rehash(this.liveCount());
  }

  /** The live ordinal of an id. A retired ordinal keeps its slot until the next rehash and is skipped. */
  find(id: string): number | undefined {
    const isUuid = packUuid(id, this.probe, 0);
    const mask = this.table.length - 1;
    for (let slot = (isUuid ? hashBytes(this.probe, 0) : hashString(id)) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot] as number;
      if (entry === EMPTY) return undefined;
      const ordinal = entry - 1;
      const chunk = this.chunkAt(ordinal >>> CHUNK_BITS) as LookupChunk;
      const local = ordinal & (CHUNK_SIZE - 1);
      if (chunk.alive[local] !== 1) continue;
      const { ids } = chunk;
      if (isPacked(ids) ? isUuid && sameBytes(ids, local * ID_BYTES, this.probe, 0) : ids[local] === id) return ordinal;
    }
  }

  /** Records an ordinal just written (its id is read from its chunk). */
  add(ordinal: number): void {
    if ((this.entries + 1) * 2 > this.table.length) this.rehash(this.liveCount() + 1);
    this.insert(ordinal);
  }

  private liveCount(): number {
    let live = 0;
    for (let chunkIndex = 0, chunk = this.chunkAt(0); chunk; chunk = this.chunkAt(++chunkIndex))
      for (let local = 0; local < chunk.count; local += 1) live += chunk.alive[local] as number;
    return live;
  }

  /** A table for at least `expected` entries at most half full, with only the live ordinals. */
  private rehash(expected: number): void {
    let capacity = MIN_CAPACITY;
    while (capacity < expected * 2) capacity *= 2;
    this.table = new Int32Array(capacity);
    this.entries = 0;
    for (let chunkIndex = 0, chunk = this.chunkAt(0); chunk; chunk = this.chunkAt(++chunkIndex)) {
      const base = chunkIndex << CHUNK_BITS;
      for (let local = 0; local < chunk.count; local += 1)
        if (chunk.alive[local] === 1) this.place(this.hashAt(chunk.ids, local), base | local);
    }
  }

  private insert(ordinal: number): void {
    const chunk = this.chunkAt(ordinal >>> CHUNK_BITS) as LookupChunk;
    this.place(this.hashAt(chunk.ids, ordinal & (CHUNK_SIZE - 1)), ordinal);
  }

  private place(hash: number, ordinal: number): void {
    const mask = this.table.length - 1;
    let slot = hash & mask;
    while (this.table[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.table[slot] = ordinal + 1;
    this.entries += 1;
  }

  private hashAt(ids: ChunkIds, local: number): number {
    if (isPacked(ids)) return hashBytes(ids, local * ID_BYTES);
    const id = ids[local] as string;
    return packUuid(id, this.scratch, 0) ? hashBytes(this.scratch, 0) : hashString(id);
  }
}
