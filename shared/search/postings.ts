// The inverted index of one chunk of ordinals (CHUNK_SIZE items): bigram key → the chunk-local ordinals of
// the items whose text holds it. Chunk-local ordinals fit 16 bits, so a posting costs 2 bytes; a bigram
// found in more than a sixteenth of the chunk is stored as a bitmap instead (8 KiB, less than its list).
// Chunks are independent: an import appends to the last chunk only, and a chunk is persisted as one row.
import { forEachBigram } from './bigrams';

export const CHUNK_BITS = 16;
export const CHUNK_SIZE = 1 << CHUNK_BITS;
export const CHUNK_WORDS = CHUNK_SIZE / 32;
/** A list longer than this costs more than the bitmap. */
const DENSE_THRESHOLD = CHUNK_SIZE / 16;

export interface PostingsChunk {
  /** bigram keys, ascending */
  keys: Uint32Array;
  /** the list of keys[t] is data[starts[t] .. starts[t+1]) (empty for a bitmap) */
  starts: Uint32Array;
  data: Uint16Array;
  /** −1 for a list; else the key's bitmap is bitmaps[slot * CHUNK_WORDS ..] */
  bitmapSlot: Int32Array;
  bitmaps: Uint32Array;
}

export function emptyPostingsChunk(): PostingsChunk {
  return {
    keys: new Uint32Array(0),
    starts: new Uint32Array(1),
    data: new Uint16Array(0),
    bitmapSlot: new Int32Array(0),
    bitmaps: new Uint32Array(0),
  };
}

/** Collects postings for ordinals added in ascending order; repeats of a bigram in one text count once. */
export class PostingsChunkBuilder {
  private readonly lists = new Map<number, number[]>();

  static from(chunk: PostingsChunk): PostingsChunkBuilder {
    const builder = new PostingsChunkBuilder();
    for (let term = 0; term < chunk.keys.length; term += 1) {
      const list: number[] = [];
      forEachPosting(chunk, term, (local) => list.push(local));
      builder.lists.set(chunk.keys[term] as number, list);
    }
    return builder;
  }

  add(local: number, foldedText: string): void {
    const lists = this.lists;
    forEachBigram(foldedText, (key) => {
      const list = lists.get(key);
      if (list === undefined) lists.set(key, [local]);
      else if (list[list.length - 1] !== local) list.push(local);
    });
  }

  build(): PostingsChunk {
    const keys = Uint32Array.from(this.lists.keys()).sort();
    const starts = new Uint32Array(keys.length + 1);
    const bitmapSlot = new Int32Array(keys.length).fill(-1);
    let size = 0;
    let slots = 0;
    for (let term = 0; term < keys.length; term += 1) {
      starts[term] = size;
      const length = (this.lists.get(keys[term] as number) as number[]).length;
      if (length > DENSE_THRESHOLD) bitmapSlot[term] = slots++;
      else size += length;
    }
    starts[keys.length] = size;
    const data = new Uint16Array(size);
    const bitmaps = new Uint32Array(slots * CHUNK_WORDS);
    for (let term = 0; term < keys.length; term += 1) {
      const list = this.lists.get(keys[term] as number) as number[];
      const slot = bitmapSlot[term] as number;
      if (slot >= 0) {
        const base = slot * CHUNK_WORDS;
        for (const local of list) bitmaps[base + (local >>> 5)] = (bitmaps[base + (local >>> 5)] as number) | (1 << (local & 31));
      } else data.set(list, starts[term] as number);
    }
    return { keys, starts, data, bitmapSlot, bitmaps };
  }
}

export function findTerm(chunk: PostingsChunk, key: number): number {
  const keys = chunk.keys;
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = keys[middle] as number;
    if (value === key) return middle;
    if (value < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

export function isBitmap(chunk: PostingsChunk, term: number): boolean {
  return (chunk.bitmapSlot[term] as number) >= 0;
}

function bitmapOf(chunk: PostingsChunk, term: number): Uint32Array {
  const base = (chunk.bitmapSlot[term] as number) * CHUNK_WORDS;
  return chunk.bitmaps.subarray(base, base + CHUNK_WORDS);
}

function postingCount(chunk: PostingsChunk, term: number): number {
  if (isBitmap(chunk, term)) return CHUNK_SIZE; // only the order matters: a bitmap goes after every list
  return (chunk.starts[term + 1] as number) - (chunk.starts[term] as number);
}

export function forEachPosting(chunk: PostingsChunk, term: number, visit: (local: number) => void): void {
  if (isBitmap(chunk, term)) {
    const words = bitmapOf(chunk, term);
    for (let word = 0; word < CHUNK_WORDS; word += 1) {
      let bits = words[word] as number;
      while (bits !== 0) {
        const low = bits & -bits;
        visit(word * 32 + (31 - Math.clz32(low)));
        bits ^= low;
      }
    }
    return;
  }
  const end = chunk.starts[term + 1] as number;
  for (let position = chunk.starts[term] as number; position < end; position += 1) visit(chunk.data[position] as number);
}

const scratch = new Uint32Array(CHUNK_WORDS);

/** out &= postings(term), or out &= ~postings(term) with `negate`. */
function combine(chunk: PostingsChunk, term: number, out: Uint32Array, negate: boolean): void {
  let words: Uint32Array;
  if (isBitmap(chunk, term)) words = bitmapOf(chunk, term);
  else {
    scratch.fill(0);
    const end = chunk.starts[term + 1] as number;
    for (let position = chunk.starts[term] as number; position < end; position += 1) {
      const local = chunk.data[position] as number;
      scratch[local >>> 5] = (scratch[local >>> 5] as number) | (1 << (local & 31));
    }
    words = scratch;
  }
  if (negate) for (let word = 0; word < CHUNK_WORDS; word += 1) out[word] = (out[word] as number) & ~(words[word] as number);
  else for (let word = 0; word < CHUNK_WORDS; word += 1) out[word] = (out[word] as number) & (words[word] as number);
}

/**
 * Leaves in `out` (CHUNK_WORDS words, all ones or a prior mask on entry) only the items holding every key.
 * Rarest first, so the first list bounds the work. Returns false when some key is absent (out is then zero).
 */
export function intersectInto(chunk: PostingsChunk, keys: readonly number[], out: Uint32Array): boolean {
  const terms: number[] = [];
  for (const key of keys) {
    const term = findTerm(chunk, key);
    if (term < 0) {
      out.fill(0);
      return false;
    }
    terms.push(term);
  }
  terms.sort((a, b) => postingCount(chunk, a) - postingCount(chunk, b));
  for (const term of terms) combine(chunk, term, out, false);
  return true;
}

/** Clears from `out` the items holding `key` (exact for a term that is a single bigram). */
export function subtractInto(chunk: PostingsChunk, key: number, out: Uint32Array): void {
  const term = findTerm(chunk, key);
  if (term >= 0) combine(chunk, term, out, true);
}

/** Bytes the chunk occupies, for the README's memory figures and the bench. */
export function postingsBytes(chunk: PostingsChunk): number {
  return chunk.keys.byteLength + chunk.starts.byteLength + chunk.data.byteLength + chunk.bitmapSlot.byteLength + chunk.bitmaps.byteLength;
}
