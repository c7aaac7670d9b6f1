import { describe, expect, it } from 'vitest';
import { ResultOrder } from '../../../renderer/features/items/engine/result-order';
import { CHUNK_BITS } from '../../../shared/search/postings';
import { orderedMatches } from '../../../shared/search/sort';
import { mulberry32 } from '../../../shared/random';

const CHUNK_WORDS = (1 << CHUNK_BITS) / 32;

/** A shuffled permutation of `slots` ordinals in one chunk, and a result holding about `share` of them. */
function scene(seed: number, slots: number, share: number) {
  const random = mulberry32(seed);
  const permutation = Uint32Array.from({ length: slots }, (_, index) => index);
  for (let index = slots - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [permutation[index], permutation[other]] = [permutation[other] as number, permutation[index] as number];
  }
  const bits = new Uint32Array(CHUNK_WORDS);
  let total = 0;
  for (let ordinal = 0; ordinal < slots; ordinal += 1) {
    if (random() >= share) continue;
    bits[ordinal >>> 5] = (bits[ordinal >>> 5] as number) | (1 << (ordinal & 31));
    total += 1;
  }
  return { permutation, result: [bits], total };
}

describe('the result put in order window by window', () => {
  for (const direction of ['desc', 'asc'] as const) {
    it(`gives the same rows as ordering the whole result at once (${direction})`, () => {
      const { permutation, result, total } = scene(7, 5_000, 0.3);
      const whole = orderedMatches(permutation, result, direction, total);
      const order = new ResultOrder(permutation, result, direction, total);
      // the list asks out of order: the top, a jump far down, then the rows between
      expect([...order.slice(0, 50)]).toEqual([...whole.subarray(0, 50)]);
      expect([...order.slice(total - 20, 50)]).toEqual([...whole.subarray(total - 20)]);
      expect([...order.slice(700, 30)]).toEqual([...whole.subarray(700, 730)]);
      expect(order.positionOf(whole[123] as number)).toBe(123);
    });
  }

  it('says −1 for an ordinal outside the result and gives nothing past its end', () => {
    const { permutation, result, total } = scene(3, 2_000, 0.5);
    const order = new ResultOrder(permutation, result, 'desc', total);
    const outside = [...permutation].find((ordinal) => ((result[0]?.[ordinal >>> 5] as number) & (1 << (ordinal & 31))) === 0);
    expect(order.positionOf(outside as number)).toBe(-1);
    expect(order.slice(total + 5, 10)).toHaveLength(0);
    expect(ResultOrder.empty().slice(0, 50)).toHaveLength(0);
  });
});
