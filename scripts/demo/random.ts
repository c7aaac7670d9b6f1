// The one seeded generator every part of the demo draws from. Each draw moves the shared sequence on, so the
// committed file stays reproducible only while the draws happen in the same order: the steps in
// workspace.ts run in a fixed order for that reason.
import { mulberry32 } from '../../shared/random';

const SEED = 20261009;

export const random = mulberry32(SEED);
export const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
export const chance = (probability: number) => random() < probability;

export function pick<T>(values: readonly T[]): T {
  const value = values[Math.floor(random() * values.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

export function weighted<T>(entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

/** a version-4-shaped id drawn from the seeded sequence, so ids too are the same on every run */
export function uuid(): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[int(0, 3)]}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** a platform's numeric post id: `length` digits, never starting with 0 */
export function digits(length: number): string {
  return String(int(1, 9)) + Array.from({ length: length - 1 }, () => int(0, 9)).join('');
}
