import { describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
  it('makes RFC 9562 version 7 UUIDs that carry the time they were made', () => {
    const at = Date.UTC(2026, 10, 29, 4, 0, 0);
    const id = newId(at + 1_000_000);
    expect(id).toMatch(UUID_V7);
    expect(parseInt(id.replace('-', '').slice(0, 12), 16)).toBeGreaterThanOrEqual(at + 1_000_000);
  });

  it('sorts ids in the order they were made, also many within one millisecond', () => {
    const at = Date.UTC(2030, 0, 1);
    const ids = Array.from({ length: 10_000 }, (_, index) => newId(at + Math.floor(index / 5_000)));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID_V7);
  });

  it('never goes back when the clock does', () => {
    const first = newId(Date.UTC(2031, 0, 1));
    const second = newId(Date.UTC(2020, 0, 1));
    expect(second > first).toBe(true);
  });

  it('gives every id its own random tail, across refills of the random pool', () => {
    const tails = Array.from({ length: 2_000 }, () => newId().slice(19));
    expect(new Set(tails).size).toBe(tails.length);
  });
});
