// Near-duplicates (the same post retold with a few characters changed, a source line added): 64-bit
// SimHash over character 3-grams of the normalised text, found through LSH banding.
//
// Threshold: two texts are suggested as near-duplicates when their SimHashes differ in at most
// NEAR_DUPLICATE_MAX_DISTANCE of 64 bits. With 4 bands of 16 bits, any pair within 3 bits shares at
// least one whole band (pigeonhole), so the banding finds every such pair. Measured on real reposts
// (tests/unit/import/dedup.test.ts): light edits of a 60–300 character text land at 0–3, unrelated
// texts on the same topic at 20+.
export const NEAR_DUPLICATE_MAX_DISTANCE = 3;
export const SIMHASH_BANDS = 4;
/** shorter texts ("转发微博", "图片") share too many grams with everything to mean anything */
export const SIMHASH_MIN_LENGTH = 10;

const NOT_TEXT = /[\s\p{P}\p{S}]+/gu;

export function normaliseDedupText(text: string): string {
  return text.normalize('NFKC').replace(NOT_TEXT, '').toLowerCase();
}

/** MurmurHash3's 32-bit finaliser: the gram hash every SimHash here is built on. */
export function fmix32(input: number): number {
  let h = input;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Bit counting is the hot loop (10^7 grams per batch): each nibble of a gram's hash is spread into four
// 8-bit counters packed in one int through this table, so a gram costs 16 additions instead of 64.
// The packed counters are flushed before they can overflow (255 grams).
const SPREAD_NIBBLE = Int32Array.from(
  { length: 16 },
  (_, nibble) => (nibble & 1) | (((nibble >> 1) & 1) << 8) | (((nibble >> 2) & 1) << 16) | (((nibble >> 3) & 1) << 24),
);
const FLUSH_EVERY = 255;

// Reused by every call (the worker hashes one text at a time): no two typed arrays per row for the GC.
const packed = new Int32Array(16);
const ones = new Int32Array(64);

function flushPacked(): void {
  for (let nibble = 0; nibble < 16; nibble++) {
    const counters = packed[nibble] as number;
    const base = nibble * 4;
    ones[base] = (ones[base] as number) + (counters & 0xff);
    ones[base + 1] = (ones[base + 1] as number) + ((counters >>> 8) & 0xff);
    ones[base + 2] = (ones[base + 2] as number) + ((counters >>> 16) & 0xff);
    ones[base + 3] = (ones[base + 3] as number) + ((counters >>> 24) & 0xff);
    packed[nibble] = 0;
  }
}

/** 16 hex digits, or null when the text is too short to compare. Input is normalised here. */
export function simhash64(text: string): string | null {
  const normalised = normaliseDedupText(text);
  if (normalised.length < SIMHASH_MIN_LENGTH) return null;
  packed.fill(0);
  ones.fill(0);
  let grams = 0;
  let pending = 0;
  let previous = normalised.charCodeAt(0);
  let current = normalised.charCodeAt(1);
  for (let index = 2; index < normalised.length; index++) {
    const next = normalised.charCodeAt(index);
    const gram = fmix32(Math.imul(previous, 0x9e3779b1) ^ current) ^ Math.imul(next, 0x27d4eb2f);
    previous = current;
    current = next;
    const high = fmix32(gram ^ 0x5bd1e995);
    const low = fmix32(gram ^ 0x1b873593);
    for (let nibble = 0; nibble < 8; nibble++) {
      packed[nibble] = (packed[nibble] as number) + (SPREAD_NIBBLE[(high >>> (nibble * 4)) & 15] as number);
      packed[nibble + 8] = (packed[nibble + 8] as number) + (SPREAD_NIBBLE[(low >>> (nibble * 4)) & 15] as number);
    }
    grams++;
    if (++pending === FLUSH_EVERY) {
      flushPacked();
      pending = 0;
    }
  }
  flushPacked();
  // a bit is set when more grams have it set than not
  let high = 0;
  let low = 0;
  for (let bit = 0; bit < 32; bit++) {
    if ((ones[bit] as number) * 2 > grams) high |= 1 << bit;
    if ((ones[bit + 32] as number) * 2 > grams) low |= 1 << bit;
  }
  return (high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0');
}

function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export function hammingDistance(a: string, b: string): number {
  const highA = parseInt(a.slice(0, 8), 16);
  const lowA = parseInt(a.slice(8, 16), 16);
  const highB = parseInt(b.slice(0, 8), 16);
  const lowB = parseInt(b.slice(8, 16), 16);
  return popcount32((highA ^ highB) >>> 0) + popcount32((lowA ^ lowB) >>> 0);
}

/**
 * A bucket stops growing at this size: a file of near-identical texts would otherwise make every lookup
 * scan every earlier row. Past it, a later text may miss a suggestion, never a merge (exact duplicates
 * are keyed separately).
 */
const MAX_BUCKET_SIZE = 64;

// With 16-bit bands a band's value is a bucket number below 2^16, so every bucket of every band fits in
// flat typed arrays: no band strings per row, and no Map of up to a million string keys and small arrays
// for the GC to trace while the worker converts a 300k-row file.
const BAND_BITS = 16;
const BUCKETS_PER_BAND = 1 << BAND_BITS;
const NO_ENTRY = -1;
const SIMHASH_PATTERN = /^[0-9a-f]{16}$/;

function withRoomFor(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  if (length <= array.length) return array;
  const larger = new Int32Array(Math.max(length, array.length * 2));
  larger.set(array);
  return larger;
}

// A bucket's candidates sit in chunks of CHUNK_RECORDS records (high, low, key slot) stored one after the
// other, so a lookup reads each bucket nearly sequentially instead of chasing one pointer per candidate.
const CHUNK_RECORDS = 4;
const RECORD_INTS = 3;
/** a chunk: the offset of the next chunk, then its records */
const CHUNK_INTS = 1 + CHUNK_RECORDS * RECORD_INTS;

/** In-memory LSH index: the worker fills it from the store's simhashes and the batch's own. */
export class NearDuplicateIndex<K> {
  private chunks = new Int32Array(CHUNK_INTS * 4096);
  private chunksUsed = 0;
  private readonly firstChunk = new Int32Array(SIMHASH_BANDS * BUCKETS_PER_BAND).fill(NO_ENTRY);
  private readonly lastChunk = new Int32Array(SIMHASH_BANDS * BUCKETS_PER_BAND).fill(NO_ENTRY);
  private readonly bucketSize = new Uint8Array(SIMHASH_BANDS * BUCKETS_PER_BAND);
  // A key added twice is one candidate (reported once, by its first entry met): candidates are
  // de-duplicated per key, through a stamp per key instead of a Set per lookup.
  private readonly slotOfKey = new Map<K, number>();
  private readonly keyOfSlot: K[] = [];
  private seenInLookup = new Int32Array(1024);
  private lookup = 0;
  private keysRepeat = false;

  add(key: K, simhash: string): void {
    // only simhash64's own form can share a bucket with anything
    if (!SIMHASH_PATTERN.test(simhash)) return;
    const high = parseInt(simhash.slice(0, 8), 16) | 0;
    const low = parseInt(simhash.slice(8, 16), 16) | 0;
    let slot = this.slotOfKey.get(key);
    if (slot !== undefined) this.keysRepeat = true;
    else {
      slot = this.keyOfSlot.length;
      this.slotOfKey.set(key, slot);
      this.keyOfSlot.push(key);
      this.seenInLookup = withRoomFor(this.seenInLookup, slot + 1);
    }
    for (let band = 0; band < SIMHASH_BANDS; band++) {
      const bucket = bucketOf(band, high, low);
      const size = this.bucketSize[bucket] as number;
      if (size >= MAX_BUCKET_SIZE) continue;
      let chunk = this.lastChunk[bucket] as number;
      if (size % CHUNK_RECORDS === 0) {
        const fresh = this.chunksUsed;
        this.chunksUsed += CHUNK_INTS;
        this.chunks = withRoomFor(this.chunks, this.chunksUsed);
        this.chunks[fresh] = NO_ENTRY;
        if (chunk === NO_ENTRY) this.firstChunk[bucket] = fresh;
        else this.chunks[chunk] = fresh;
        this.lastChunk[bucket] = fresh;
        chunk = fresh;
      }
      const record = chunk + 1 + (size % CHUNK_RECORDS) * RECORD_INTS;
      this.chunks[record] = high;
      this.chunks[record + 1] = low;
      this.chunks[record + 2] = slot;
      this.bucketSize[bucket] = size + 1;
    }
  }

  /** Entries within the threshold, nearest first (ties in the order they were added), each key once; at most `limit` of them. */
  find(simhash: string, maxDistance = NEAR_DUPLICATE_MAX_DISTANCE, limit = Number.POSITIVE_INFINITY): { key: K; distance: number }[] {
    if (!SIMHASH_PATTERN.test(simhash)) return [];
    const high = parseInt(simhash.slice(0, 8), 16) | 0;
    const low = parseInt(simhash.slice(8, 16), 16) | 0;
    if (this.lookup === 0x7fffffff) {
      this.seenInLookup.fill(0);
      this.lookup = 0;
    }
    const lookup = ++this.lookup;
    const chunks = this.chunks;
    const found: { key: K; distance: number }[] = [];
    for (let band = 0; band < SIMHASH_BANDS; band++) {
      const bucket = bucketOf(band, high, low);
      let remaining = this.bucketSize[bucket] as number;
      for (let chunk = this.firstChunk[bucket] as number; remaining > 0; chunk = chunks[chunk] as number) {
        const records = Math.min(remaining, CHUNK_RECORDS);
        remaining -= records;
        for (let record = chunk + 1, end = record + records * RECORD_INTS; record < end; record += RECORD_INTS) {
          const distance = popcount32(((chunks[record] as number) ^ high) >>> 0) + popcount32(((chunks[record + 1] as number) ^ low) >>> 0);
          // With one entry per key, a far entry met again is far again: only near ones need the
          // (cache-missing) seen check. A repeated key must be marked by whichever entry comes first.
          if (distance > maxDistance && !this.keysRepeat) continue;
          const slot = chunks[record + 2] as number;
          if (this.seenInLookup[slot] === lookup) continue;
          this.seenInLookup[slot] = lookup;
          if (distance <= maxDistance) found.push({ key: this.keyOfSlot[slot] as K, distance });
        }
      }
    }
    if (found.length > 1) found.sort((a, b) => a.distance - b.distance);
    return found.length > limit ? found.slice(0, limit) : found;
  }
}

/** Bucket number of a simhash's band: band 0 is the top 16 bits, as in its hex form read left to right. */
function bucketOf(band: number, high: number, low: number): number {
  const half = band < 2 ? high : low;
  const value = band % 2 === 0 ? half >>> BAND_BITS : half & (BUCKETS_PER_BAND - 1);
  return band * BUCKETS_PER_BAND + value;
}
