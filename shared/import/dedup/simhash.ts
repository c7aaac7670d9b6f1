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

function fmix32(input: number): number {
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

/** 16 hex digits, or null when the text is too short to compare. Input is normalised here. */
export function simhash64(text: string): string | null {
  const normalised = normaliseDedupText(text);
  if (normalised.length < SIMHASH_MIN_LENGTH) return null;
  const packed = new Int32Array(16);
  const ones = new Int32Array(64);
  const flush = (): void => {
    for (let nibble = 0; nibble < 16; nibble++) {
      const counters = packed[nibble] as number;
      for (let lane = 0; lane < 4; lane++)
        ones[nibble * 4 + lane] = (ones[nibble * 4 + lane] as number) + ((counters >>> (lane * 8)) & 0xff);
      packed[nibble] = 0;
    }
  };
  let grams = 0;
  let pending = 0;
  for (let index = 0; index + 2 < normalised.length; index++) {
    const gram =
      fmix32(Math.imul(normalised.charCodeAt(index), 0x9e3779b1) ^ normalised.charCodeAt(index + 1)) ^
      Math.imul(normalised.charCodeAt(index + 2), 0x27d4eb2f);
    const high = fmix32(gram ^ 0x5bd1e995);
    const low = fmix32(gram ^ 0x1b873593);
    for (let nibble = 0; nibble < 8; nibble++) {
      packed[nibble] = (packed[nibble] as number) + (SPREAD_NIBBLE[(high >>> (nibble * 4)) & 15] as number);
      packed[nibble + 8] = (packed[nibble + 8] as number) + (SPREAD_NIBBLE[(low >>> (nibble * 4)) & 15] as number);
    }
    grams++;
    if (++pending === FLUSH_EVERY) {
      flush();
      pending = 0;
    }
  }
  flush();
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

function bandsOf(simhash: string): string[] {
  const width = 16 / SIMHASH_BANDS;
  const bands: string[] = [];
  for (let band = 0; band < SIMHASH_BANDS; band++) bands.push(`${band}:${simhash.slice(band * width, (band + 1) * width)}`);
  return bands;
}

/**
 * A bucket stops growing at this size: a file of near-identical texts would otherwise make every lookup
 * scan every earlier row. Past it, a later text may miss a suggestion, never a merge (exact duplicates
 * are keyed separately).
 */
const MAX_BUCKET_SIZE = 64;

interface IndexEntry<K> {
  key: K;
  high: number;
  low: number;
}

/** In-memory LSH index: the worker fills it from the store's simhashes and the batch's own. */
export class NearDuplicateIndex<K> {
  private readonly buckets = new Map<string, IndexEntry<K>[]>();

  add(key: K, simhash: string): void {
    const entry: IndexEntry<K> = { key, high: parseInt(simhash.slice(0, 8), 16), low: parseInt(simhash.slice(8, 16), 16) };
    for (const band of bandsOf(simhash)) {
      let bucket = this.buckets.get(band);
      if (!bucket) {
        bucket = [];
        this.buckets.set(band, bucket);
      }
      if (bucket.length < MAX_BUCKET_SIZE) bucket.push(entry);
    }
  }

  /** Entries within the threshold, nearest first, each once; at most `limit` of them. */
  find(simhash: string, maxDistance = NEAR_DUPLICATE_MAX_DISTANCE, limit = Number.POSITIVE_INFINITY): { key: K; distance: number }[] {
    const high = parseInt(simhash.slice(0, 8), 16);
    const low = parseInt(simhash.slice(8, 16), 16);
    const seen = new Set<K>();
    const found: { key: K; distance: number }[] = [];
    for (const band of bandsOf(simhash)) {
      for (const entry of this.buckets.get(band) ?? []) {
        if (seen.has(entry.key)) continue;
        seen.add(entry.key);
        const distance = popcount32((entry.high ^ high) >>> 0) + popcount32((entry.low ^ low) >>> 0);
        if (distance <= maxDistance) found.push({ key: entry.key, distance });
      }
    }
    return found.sort((a, b) => a.distance - b.distance).slice(0, limit);
  }
}
