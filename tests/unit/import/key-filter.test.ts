import { describe, expect, it } from 'vitest';
import { KeyFilter, externalIdKey } from '../../../shared/import/dedup/key-filter';
import { mulberry32 } from '../../../shared/random';

function fingerprints(count: number, seed: number): string[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: 8 }, () =>
      Math.floor(random() * 2 ** 32)
        .toString(16)
        .padStart(8, '0'),
    ).join(''),
  );
}

describe('KeyFilter (which stored keys an import must look up)', () => {
  it('never says a key it holds is absent: a stored duplicate is always looked up', () => {
    const keys = [...fingerprints(5_000, 1), externalIdKey('微博', '4912345678901234567'), externalIdKey('抖音', '0012')];
    const filter = new KeyFilter(keys.length);
    for (const key of keys) filter.add(key);
    expect(keys.filter((key) => !filter.mayHold(key))).toEqual([]);
    expect(filter.keys).toBe(keys.length);
  });

  it('says most keys it does not hold are absent, so few rows cost a lookup', () => {
    const filter = new KeyFilter(10_000);
    for (const key of fingerprints(10_000, 2)) filter.add(key);
    const others = fingerprints(10_000, 3);
    const falsePositives = others.filter((key) => filter.mayHold(key)).length;
    expect(falsePositives).toBeLessThan(300);
  });

  it('tells apart the same ID on two platforms', () => {
    const filter = new KeyFilter(10);
    filter.add(externalIdKey('微博', '4912345678901234567'));
    expect(filter.mayHold(externalIdKey('抖音', '4912345678901234567'))).toBe(false);
  });
});
