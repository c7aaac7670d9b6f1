import { describe, expect, it } from 'vitest';
import { NEAR_DUPLICATE_MAX_DISTANCE, NearDuplicateIndex, hammingDistance, simhash64 } from '../../../shared/import';
// the reference spells out the counting; the gram hash it counts is the implementation's own
import { fmix32, normaliseDedupText } from '../../../shared/import/dedup/simhash';
import { mulberry32 } from '../../../shared/random';

// The index is tuned for speed (typed arrays, linked buckets, stamps instead of Sets); these tests hold it
// to what a plain banded index with string buckets finds: the same keys, distances and order.

const BANDS = 4;
const BUCKET_CAP = 64;

/** The straightforward banded index: a Map of band strings to arrays, a Set per lookup. */
class ReferenceIndex<K> {
  private readonly buckets = new Map<string, { key: K; simhash: string }[]>();

  add(key: K, simhash: string): void {
    for (let band = 0; band < BANDS; band++) {
      const name = `${band}:${simhash.slice(band * 4, band * 4 + 4)}`;
      const bucket = this.buckets.get(name) ?? [];
      this.buckets.set(name, bucket);
      if (bucket.length < BUCKET_CAP) bucket.push({ key, simhash });
    }
  }

  find(simhash: string, maxDistance: number, limit: number): { key: K; distance: number }[] {
    const seen = new Set<K>();
    const found: { key: K; distance: number }[] = [];
    for (let band = 0; band < BANDS; band++) {
      for (const entry of this.buckets.get(`${band}:${simhash.slice(band * 4, band * 4 + 4)}`) ?? []) {
        if (seen.has(entry.key)) continue;
        seen.add(entry.key);
        const distance = hammingDistance(entry.simhash, simhash);
        if (distance <= maxDistance) found.push({ key: entry.key, distance });
      }
    }
    return found.sort((a, b) => a.distance - b.distance).slice(0, limit);
  }
}

function hex64(high: number, low: number): string {
  return (high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0');
}

/** Flips `count` distinct random bits of a simhash. */
function flipped(simhash: string, count: number, random: () => number): string {
  let high = parseInt(simhash.slice(0, 8), 16);
  let low = parseInt(simhash.slice(8, 16), 16);
  const bits = new Set<number>();
  while (bits.size < count) bits.add(Math.floor(random() * 64));
  for (const bit of bits) {
    if (bit < 32) high ^= 1 << bit;
    else low ^= 1 << (bit - 32);
  }
  return hex64(high, low);
}

interface PlantedSet {
  simhashes: string[];
  /** index → the index it was planted as a near copy of */
  plantedFrom: Map<number, number>;
}

/**
 * Random simhashes with planted near copies (0–6 bits flipped) and, when `templated`, a crowd sharing
 * their first 32 bits so that band 0 and 1 buckets overflow their cap, as the bench's template text does.
 */
function plantedSet(seed: number, size: number, templated: boolean): PlantedSet {
  const random = mulberry32(seed);
  const word = (): number => Math.floor(random() * 4_294_967_296);
  const simhashes: string[] = [];
  const plantedFrom = new Map<number, number>();
  const templateHigh = word();
  for (let index = 0; index < size; index++) {
    const roll = random();
    if (index > 0 && roll < 0.3) {
      const of = Math.floor(random() * index);
      plantedFrom.set(index, of);
      simhashes.push(flipped(simhashes[of] as string, Math.floor(random() * 7), random));
    } else if (templated && roll < 0.6) simhashes.push(hex64(templateHigh, word()));
    else simhashes.push(hex64(word(), word()));
  }
  return { simhashes, plantedFrom };
}

/** Runs the import's own pattern: look each row up, then add it; returns every lookup's answer. */
function lookups(
  index: {
    add(key: number, simhash: string): void;
    find(simhash: string, maxDistance: number, limit: number): { key: number; distance: number }[];
  },
  simhashes: readonly string[],
  maxDistance: number,
  limit: number,
): { key: number; distance: number }[][] {
  return simhashes.map((simhash, position) => {
    const answer = index.find(simhash, maxDistance, limit);
    index.add(position, simhash);
    return answer;
  });
}

describe('NearDuplicateIndex against the straightforward banded index', () => {
  it.each([
    { seed: 1, templated: false, maxDistance: NEAR_DUPLICATE_MAX_DISTANCE, limit: 1 },
    { seed: 2, templated: true, maxDistance: NEAR_DUPLICATE_MAX_DISTANCE, limit: 1 },
    { seed: 3, templated: true, maxDistance: NEAR_DUPLICATE_MAX_DISTANCE, limit: Number.POSITIVE_INFINITY },
    { seed: 4, templated: true, maxDistance: 40, limit: Number.POSITIVE_INFINITY },
    { seed: 5, templated: false, maxDistance: 6, limit: 3 },
  ])(
    'finds the same keys, distances and order (seed $seed, templated $templated, distance ≤ $maxDistance, limit $limit)',
    ({ seed, templated, maxDistance, limit }) => {
      const { simhashes } = plantedSet(seed, 6000, templated);
      const expected = lookups(new ReferenceIndex<number>(), simhashes, maxDistance, limit);
      const actual = lookups(new NearDuplicateIndex<number>(), simhashes, maxDistance, limit);
      expect(actual).toEqual(expected);
      // the set really exercises matching (and, templated, the bucket cap)
      expect(expected.filter((answer) => answer.length > 0).length).toBeGreaterThan(500);
    },
  );

  it('reports a key added twice once, by its first entry met, as the reference does', () => {
    const random = mulberry32(6);
    const base = hex64(0x12345678, 0x9abcdef0);
    const reference = new ReferenceIndex<string>();
    const index = new NearDuplicateIndex<string>();
    for (let copy = 0; copy < 200; copy++) {
      const key = `k${copy % 37}`;
      const simhash = flipped(base, Math.floor(random() * 5), random);
      reference.add(key, simhash);
      index.add(key, simhash);
    }
    for (let probe = 0; probe < 50; probe++) {
      const simhash = flipped(base, Math.floor(random() * 8), random);
      expect(index.find(simhash, NEAR_DUPLICATE_MAX_DISTANCE, Number.POSITIVE_INFINITY)).toEqual(
        reference.find(simhash, NEAR_DUPLICATE_MAX_DISTANCE, Number.POSITIVE_INFINITY),
      );
    }
  });

  it('finds every planted pair within the threshold while no bucket is full, and nothing beyond it', () => {
    const { simhashes } = plantedSet(7, 1500, false);
    const index = new NearDuplicateIndex<number>();
    simhashes.forEach((simhash, position) => index.add(position, simhash));
    simhashes.forEach((simhash, position) => {
      const expected = simhashes
        .map((other, key) => ({ key, distance: hammingDistance(simhash, other) }))
        .filter((hit) => hit.distance <= NEAR_DUPLICATE_MAX_DISTANCE)
        .sort((a, b) => a.distance - b.distance || a.key - b.key);
      const found = index.find(simhash).sort((a, b) => a.distance - b.distance || a.key - b.key);
      expect(found).toEqual(expected);
      expect(found.map((hit) => hit.key)).toContain(position);
    });
  });
});

/** SimHash spelled out: one counter per bit, no packed counters, no reused buffers. */
function referenceSimhash(text: string): string | null {
  const normalised = normaliseDedupText(text);
  if (normalised.length < 10) return null;
  const ones = new Array<number>(64).fill(0);
  let grams = 0;
  for (let index = 0; index + 2 < normalised.length; index++) {
    const gram =
      fmix32(Math.imul(normalised.charCodeAt(index), 0x9e3779b1) ^ normalised.charCodeAt(index + 1)) ^
      Math.imul(normalised.charCodeAt(index + 2), 0x27d4eb2f);
    const halves = [fmix32(gram ^ 0x5bd1e995), fmix32(gram ^ 0x1b873593)];
    for (let bit = 0; bit < 64; bit++) if (((halves[bit >> 5] as number) >>> (bit & 31)) & 1) ones[bit] = (ones[bit] as number) + 1;
    grams++;
  }
  let high = 0;
  let low = 0;
  for (let bit = 0; bit < 32; bit++) {
    if ((ones[bit] as number) * 2 > grams) high |= 1 << bit;
    if ((ones[bit + 32] as number) * 2 > grams) low |= 1 << bit;
  }
  return hex64(high, low);
}

describe('simhash64 against a plain bit count', () => {
  const PIECES = ['网民反映', '供暖公司', '收费标准调整', '引发居民不满', '，', '。', '12345', 'ＡＢＣ', ' ', '𠮷', '！', '热线'];

  it("gives the same hash for short, long (past the packed counters' flush) and odd texts", () => {
    const random = mulberry32(8);
    for (let sample = 0; sample < 300; sample++) {
      const length = Math.floor(random() * 700);
      let text = '';
      while (text.length < length) text += PIECES[Math.floor(random() * PIECES.length)] as string;
      expect(simhash64(text)).toBe(referenceSimhash(text));
    }
    expect(referenceSimhash('转发微博')).toBeNull();
  });
});
