// Counting the items of a period by day and by each dimension the statistics page shows. Pure: the page
// feeds it the period's items page by page from the store's reportedAt index (stats-repository), so only
// the two compared periods are ever read, and nothing is kept but the counts.
import type { Item } from '../../../shared/domain/types';
import { type LocalDate, ZoneClock } from '../../../shared/time';
import { STATS_DIMENSIONS, type StatsDimension } from '../items';
import type { StatsPeriod } from './periods';

export { STATS_DIMENSIONS, type StatsDimension };

/**
 * The value an item is counted under, in the items list's filter vocabulary: '' is "none" for the
 * dictionary dimensions, 'none' for sentiment and '0' (not assessed) for risk.
 */
export function dimensionValues(item: Item, dimension: StatsDimension): readonly string[] {
  switch (dimension) {
    case 'feed':
      // An item several feeds reported counts for each of them, as the feed filter finds it under each.
      return [...new Set(item.feeds)];
    case 'platform':
      return [item.platform ?? ''];
    case 'kind':
      return [item.kind];
    case 'sentiment':
      return [item.assessment.sentiment ?? 'none'];
    case 'risk':
      return [String(item.assessment.risk ?? 0)];
    case 'region':
      return [item.region ?? ''];
    case 'category':
      return [item.assessment.category ?? ''];
    case 'tag':
      return tagsWithAncestors(item.tags);
    case 'event':
      return [item.eventId ?? ''];
  }
}

// A tag filter selects the tag's children too, so 民生 counts every item under 民生/供暖 and 民生/物价 —
// once each, however many of its children the item carries. The bar and the list it opens then agree.
function tagsWithAncestors(tags: readonly string[]): string[] {
  const all = new Set<string>();
  for (const tag of tags) {
    let path = tag;
    while (path !== '') {
      all.add(path);
      const slash = path.lastIndexOf('/');
      path = slash > 0 ? path.slice(0, slash) : '';
    }
  }
  return [...all];
}

export interface PeriodCounts {
  total: number;
  /** every day of the period, zero days included, in order */
  byDay: Map<LocalDate, number>;
  by: Record<StatsDimension, Map<string, number>>;
}

export interface StatsComparison {
  current: PeriodCounts;
  previous: PeriodCounts;
  period: StatsPeriod;
  previousPeriod: StatsPeriod;
}

export function emptyPeriodCounts(period: StatsPeriod): PeriodCounts {
  return {
    total: 0,
    byDay: new Map(period.days.map((day) => [day, 0])),
    by: Object.fromEntries(STATS_DIMENSIONS.map((dimension) => [dimension, new Map<string, number>()])) as PeriodCounts['by'],
  };
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Counts items into the current or the previous period by their reportedAt; items outside both are ignored. */
export class StatsAccumulator {
  readonly current: PeriodCounts;
  readonly previous: PeriodCounts;
  private readonly clock: ZoneClock;

  constructor(
    readonly period: StatsPeriod,
    readonly previousPeriod: StatsPeriod,
    timeZone: string,
  ) {
    this.clock = new ZoneClock(timeZone);
    this.current = emptyPeriodCounts(period);
    this.previous = emptyPeriodCounts(previousPeriod);
  }

  add(items: Iterable<Item>): void {
    for (const item of items) {
      const reported = Date.parse(item.reportedAt);
      if (!Number.isFinite(reported)) continue;
      if (reported >= this.period.fromMs && reported < this.period.toMs) this.count(this.current, item, reported);
      else if (reported >= this.previousPeriod.fromMs && reported < this.previousPeriod.toMs) this.count(this.previous, item, reported);
    }
  }

  /**
   * Counts items into one side whatever their time: the items of a report are that report's, even the one
   * reported the day before its first (a report's periods are the days its items span, so they may overlap).
   */
  addTo(side: 'current' | 'previous', items: Iterable<Item>): void {
    const counts = side === 'current' ? this.current : this.previous;
    for (const item of items) this.count(counts, item, Date.parse(item.reportedAt));
  }

  private count(counts: PeriodCounts, item: Item, reported: number): void {
    counts.total += 1;
    if (Number.isFinite(reported)) {
      const day = this.clock.localDate(reported);
      if (counts.byDay.has(day)) bump(counts.byDay, day);
    }
    for (const dimension of STATS_DIMENSIONS) for (const value of dimensionValues(item, dimension)) bump(counts.by[dimension], value);
  }

  result(): StatsComparison {
    return { current: this.current, previous: this.previous, period: this.period, previousPeriod: this.previousPeriod };
  }
}

export interface DimensionRow {
  value: string;
  current: number;
  previous: number;
}

/** One dimension's values, largest in the current period first; values seen only before are kept (now 0). */
export function dimensionRows(comparison: StatsComparison, dimension: StatsDimension, limit = Infinity): DimensionRow[] {
  const current = comparison.current.by[dimension];
  const previous = comparison.previous.by[dimension];
  const values = new Set([...current.keys(), ...previous.keys()]);
  return [...values]
    .map((value) => ({ value, current: current.get(value) ?? 0, previous: previous.get(value) ?? 0 }))
    .sort((a, b) => b.current - a.current || b.previous - a.previous || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, limit);
}

/** Change against the previous period in percent, null when the previous period had none. */
export function changePercent(current: number, previous: number): number | null {
  if (previous === 0) return null;
  return Math.round(((current - previous) / previous) * 1000) / 10;
}
