// 辟谣 timing: how long a rumour ran before it was answered, measured from its first appearance (the earliest
// of when it was posted and when it was first reported to us) to the first refutation linked to it.
import type { Item, Refutation, Veracity } from '../domain/types';

/** Veracities that call for a refutation. */
export const RUMOUR_VERACITIES: readonly Veracity[] = ['rumour', 'false'];

export function isRumour(item: Pick<Item, 'assessment'>): boolean {
  return item.assessment.veracity !== null && RUMOUR_VERACITIES.includes(item.assessment.veracity);
}

function earliest(times: readonly (string | null)[]): string | null {
  let best: string | null = null;
  for (const time of times) {
    if (time === null || Number.isNaN(Date.parse(time))) continue;
    if (best === null || Date.parse(time) < Date.parse(best)) best = time;
  }
  return best;
}

export function firstAppearance(item: Pick<Item, 'publishedAt' | 'reportedAt' | 'provenance'>): string | null {
  return earliest([item.publishedAt, item.reportedAt, ...item.provenance.map((row) => row.reportedAt)]);
}

/** Milliseconds from first appearance to the earliest linked refutation; null when either time is unknown. */
export function timeToRefutation(
  item: Pick<Item, 'publishedAt' | 'reportedAt' | 'provenance'>,
  refutations: readonly Pick<Refutation, 'publishedAt'>[],
): number | null {
  const appeared = firstAppearance(item);
  const refuted = earliest(refutations.map((refutation) => refutation.publishedAt));
  if (appeared === null || refuted === null) return null;
  return Date.parse(refuted) - Date.parse(appeared);
}

export interface DurationParts {
  negative: boolean;
  days: number;
  hours: number;
  minutes: number;
}

/** A duration split for display ("2 天 3 小时"); a refutation published before the item appeared is negative. */
export function durationParts(milliseconds: number): DurationParts {
  const totalMinutes = Math.floor(Math.abs(milliseconds) / 60_000);
  return {
    negative: milliseconds < 0,
    days: Math.floor(totalMinutes / 1_440),
    hours: Math.floor((totalMinutes % 1_440) / 60),
    minutes: totalMinutes % 60,
  };
}
