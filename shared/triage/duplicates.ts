// Suspected duplicates (the same post retold with a few characters changed) and what merging them keeps.
// Nothing a partner reported may be lost in a merge: every feed and every provenance row of the merged items
// stays on the kept one, so unit assessment still credits every unit that reported it.
import { hammingDistance, NEAR_DUPLICATE_MAX_DISTANCE, simhash64 } from '../import/dedup/simhash';
import type { Item, ItemAction, Metrics } from '../domain/types';
import { canonicalJson } from '../crypto/canonical-json';
import { statusRank } from './status';

export interface SuspectedDuplicate {
  item: Item;
  distance: number;
}

/**
 * The SimHash import stores, over the same text import hashes (title and content); computed here for items that
 * came in before hashing or were typed in by hand.
 */
export function simhashOfItem(item: Pick<Item, 'simhash' | 'title' | 'content'>): string | null {
  return item.simhash ?? simhash64(`${item.title ?? ''}\n${item.content ?? ''}`);
}

/** The candidates near `item` by SimHash, nearest first, leaving out itself and pairs the analyst dismissed. */
export function suspectedDuplicatesOf(
  item: Item,
  candidates: readonly Item[],
  maxDistance = NEAR_DUPLICATE_MAX_DISTANCE,
): SuspectedDuplicate[] {
  const simhash = simhashOfItem(item);
  if (!simhash) return [];
  const found: SuspectedDuplicate[] = [];
  for (const candidate of candidates) {
    const candidateHash = candidate.id === item.id || isDismissedPair(item, candidate) ? null : simhashOfItem(candidate);
    if (!candidateHash) continue;
    const distance = hammingDistance(simhash, candidateHash);
    if (distance <= maxDistance) found.push({ item: candidate, distance });
  }
  return found.sort((a, b) => a.distance - b.distance || a.item.reportedAt.localeCompare(b.item.reportedAt));
}

/** 不是重复 is remembered on both items, so the pair is never suggested again from either side. */
export function isDismissedPair(a: Item, b: Item): boolean {
  return (a.notDuplicateOf ?? []).includes(b.id) || (b.notDuplicateOf ?? []).includes(a.id);
}

function unionBy<T>(lists: readonly (readonly T[])[], keyOf: (value: T) => string): T[] {
  const seen = new Set<string>();
  const result: T[] = [];
  for (const list of lists) {
    for (const value of list) {
      const key = keyOf(value);
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(value);
    }
  }
  return result;
}

function maxMetric(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length > 0 ? Math.max(...known) : null;
}

function hasAssessment(item: Item): boolean {
  const { sentiment, risk, veracity, category } = item.assessment;
  return sentiment !== null || risk !== null || veracity !== null || (category ?? '') !== '';
}

const FILLABLE_FIELDS = [
  'platform',
  'title',
  'content',
  'url',
  'account',
  'publishedAt',
  'region',
  'unitId',
  'reporterId',
  'externalId',
] as const;

/**
 * The kept item's fields after absorbing the duplicates: its own values win, gaps are filled from the duplicates,
 * lists are united (first reporter first), metrics take the highest count seen, the earliest report time is kept
 * (lateness is measured from the first report) and the status is the furthest any of them had reached.
 */
export function mergedItemFields(keep: Item, duplicates: readonly Item[]): Partial<Item> {
  const all = [keep, ...duplicates];
  const merged: Partial<Item> = {
    feeds: unionBy(
      all.map((item) => item.feeds),
      (feed) => feed,
    ),
    provenance: unionBy(
      all.map((item) => item.provenance),
      (row) => canonicalJson(row),
    ),
    tags: unionBy(
      all.map((item) => item.tags),
      (tag) => tag,
    ),
    actions: unionBy(
      all.map((item) => item.actions),
      (action: ItemAction) => action.id,
    ).sort((a, b) => a.at.localeCompare(b.at)),
    metrics: (['reposts', 'comments', 'likes', 'views'] as const).reduce(
      (metrics, key) => ({ ...metrics, [key]: maxMetric(all.map((item) => item.metrics[key])) }),
      {} as Metrics,
    ),
    reportedAt: all.map((item) => item.reportedAt).reduce((earliest, time) => (Date.parse(time) < Date.parse(earliest) ? time : earliest)),
    status: all.map((item) => item.status).reduce((furthest, status) => (statusRank(status) > statusRank(furthest) ? status : furthest)),
    eventId: keep.eventId ?? duplicates.find((item) => item.eventId !== null)?.eventId ?? null,
    assessment: hasAssessment(keep) ? keep.assessment : (duplicates.find(hasAssessment)?.assessment ?? keep.assessment),
    notOpinion: all.every((item) => item.notOpinion),
  };
  const mergedIds = new Set(all.map((item) => item.id));
  const dismissed = unionBy(
    all.map((item) => item.notDuplicateOf ?? []),
    (id) => id,
  ).filter((id) => !mergedIds.has(id));
  if (dismissed.length > 0 || keep.notDuplicateOf !== undefined) merged.notDuplicateOf = dismissed;
  for (const field of FILLABLE_FIELDS) {
    if (keep[field] !== null) continue;
    const filler = duplicates.find((item) => item[field] !== null);
    if (filler) Object.assign(merged, { [field]: filler[field] });
  }
  return merged;
}
