import type { CountMap, ReportStats, ReportStatsCounts } from '../domain/report-types';
import { RISK_LEVELS_BY_SEVERITY, type Item } from '../domain/types';

/** The key under which items without a value (no platform, not yet assessed …) are counted. */
export const UNSPECIFIED_KEY = 'unspecified';

type StatsItem = Pick<Item, 'kind' | 'feeds' | 'platform' | 'region' | 'assessment'>;

const DIMENSIONS = ['byKind', 'byFeed', 'byPlatform', 'bySentiment', 'byRisk', 'byRegion'] as const;
export type ReportStatsDimension = (typeof DIMENSIONS)[number];

const SEVERITY_RANK: readonly string[] = RISK_LEVELS_BY_SEVERITY.map(String);

/**
 * The order a report lists one dimension's counts in, on screen and in print alike: risk levels by
 * severity, Ⅰ级 first, as offices list them; every other dimension largest first. What was not recorded
 * comes last whatever its count, so it never leads the line.
 */
export function statKeysInOrder(dimension: ReportStatsDimension, counts: CountMap): string[] {
  const unrecordedLast = (key: string) => (key === UNSPECIFIED_KEY ? 1 : 0);
  const severity = (key: string) => (dimension === 'byRisk' ? SEVERITY_RANK.indexOf(key) : 0);
  return Object.keys(counts).sort(
    (a, b) =>
      unrecordedLast(a) - unrecordedLast(b) ||
      severity(a) - severity(b) ||
      (counts[b] ?? 0) - (counts[a] ?? 0) ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
}

/**
 * The statistics printed with a report, and the change against the previous number of the series
 * (see previousReportOf). An item reported by several feeds counts once under each feed, so the feed
 * counts can add up to more than the total: that is how the office sees who sent what.
 */
export function computeReportStats(items: readonly StatsItem[], previousStats?: ReportStats | null): ReportStats {
  const counts = countItems(items);
  return { ...counts, change: previousStats ? difference(counts, previousStats) : null };
}

function emptyCounts(total: number): ReportStatsCounts {
  return { total, byKind: {}, byFeed: {}, byPlatform: {}, bySentiment: {}, byRisk: {}, byRegion: {} };
}

function countItems(items: readonly StatsItem[]): ReportStatsCounts {
  const counts = emptyCounts(items.length);
  for (const item of items) {
    increment(counts.byKind, item.kind);
    for (const feed of new Set(item.feeds)) increment(counts.byFeed, feed);
    increment(counts.byPlatform, item.platform);
    increment(counts.bySentiment, item.assessment.sentiment);
    increment(counts.byRisk, item.assessment.risk === null ? null : String(item.assessment.risk));
    increment(counts.byRegion, item.region);
  }
  return counts;
}

function increment(counts: CountMap, key: string | null): void {
  const name = key === null || key.trim() === '' ? UNSPECIFIED_KEY : key;
  counts[name] = (counts[name] ?? 0) + 1;
}

/** Every key present in either number appears, so a category that dropped to zero shows its fall. */
function difference(current: ReportStatsCounts, previous: ReportStatsCounts): ReportStatsCounts {
  const change = emptyCounts(current.total - previous.total);
  for (const dimension of DIMENSIONS) {
    const keys = new Set([...Object.keys(current[dimension]), ...Object.keys(previous[dimension])]);
    for (const key of [...keys].sort()) change[dimension][key] = (current[dimension][key] ?? 0) - (previous[dimension][key] ?? 0);
  }
  return change;
}
