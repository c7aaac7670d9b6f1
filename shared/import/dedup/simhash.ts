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

/** 16 hex digits, or null when the text is too short to compare. Input is normalised here. */
export function simhash64(text: string): string | null {
  const normalised = normaliseDedupText(text);
  if (normalised.length < SIMHASH_MIN_LENGTH) return null;
  const weights = new Int32Array(64);
  for (let index = 0; index + 2 < normalised.length; index++) {
    const gram =
      fmix32(Math.imul(normalised.charCodeAt(index), 0x9e3779b1) ^ normalised.charCodeAt(index + 1)) ^
      Math.imul(normalised.charCodeAt(index + 2), 0x27d4eb2f);
    const high = fmix32(gram ^ 0x5bd1e995);
    const low = fmix32(gram ^ 0x1b873593);
    for (let bit = 0; bit < 32; bit++) {
      weights[bit] = (weights[bit] as number) + (((high >>> bit) & 1) << 1) - 1;
      weights[bit + 32] = (weights[bit + 32] as number) + (((low >>> bit) & 1) << 1) - 1;
    }
  }
  let high = 0;
  let low = 0;
  for (let bit = 0; bit < 32; bit++) {
    if ((weights[bit] ?? 0) > 0) high |= 1 << bit;
    if ((weights[bit + 32] ?? 0) > 0) low |= 1 << bit;
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

/** In-memory LSH index: the worker fills it from the store's simhashes and the batch's own. */
export class NearDuplicateIndex<K> {
  private readonly buckets = new Map<string, { key: K; simhash: string }[]>();

  add(key: K, simhash: string): void {
    for (const band of bandsOf(simhash)) {
      let bucket = this.buckets.get(band);
      if (!bucket) {
        bucket = [];
        this.buckets.set(band, bucket);
      }
      bucket.push({ key, simhash });
    }
  }

  /** Entries within the threshold, nearest first, each once. */
  find(simhash: string, maxDistance = NEAR_DUPLICATE_MAX_DISTANCE): { key: K; distance: number }[] {
    const seen = new Set<K>();
    const found: { key: K; distance: number }[] = [];
    for (const band of bandsOf(simhash)) {
      for (const entry of this.buckets.get(band) ?? []) {
        if (seen.has(entry.key)) continue;
        seen.add(entry.key);
        const distance = hammingDistance(simhash, entry.simhash);
        if (distance <= maxDistance) found.push({ key: entry.key, distance });
      }
    }
    return found.sort((a, b) => a.distance - b.distance);
  }
}
