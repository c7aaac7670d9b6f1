// 异动: an hour with improbably many items. For each rule (its matching items) and each event, items are
// counted per hour of the workspace time zone by publishedAt. An hour's baseline is the mean count of the
// same hour of day over the previous 14 days, floored at 0.5 per hour (a quiet matter would otherwise make
// every first few items a surge). The hour is a surge when its count is at least 5 and the Poisson upper tail
// P(X ≥ count | baseline) is below 0.001 (poisson.ts computes it exactly, in log space). A series warns at
// most once per hour: `detectSurges` skips hours already warned.
import type { SurgeSeries } from '../domain/watch-types';
import type { IsoDateTime } from '../domain/types';
import { isInstant, type ZoneClock } from '../time';
import { poissonLogUpperTail } from './poisson';

export const SURGE_MIN_COUNT = 5;
export const SURGE_TAIL_THRESHOLD = 0.001;
export const SURGE_BASELINE_DAYS = 14;
export const SURGE_RATE_FLOOR = 0.5;

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * A wall-clock hour of the workspace zone as one number: hours since 1970-01-01 00:00 of the zone's clock.
 * The same hour of the previous day is always 24 less, whatever the zone's offsets do.
 */
export type WallHour = number;

export function wallHourOf(instant: IsoDateTime | number, clock: ZoneClock): WallHour {
  const { date, msOfDay } = clock.zonedTime(instant);
  return (Date.parse(`${date}T00:00:00Z`) / DAY_MS) * 24 + Math.floor(msOfDay / HOUR_MS);
}

/** "2026-10-08 14:00", the hour as the analyst reads it. */
export function wallHourLabel(hour: WallHour): string {
  return `${new Date(hour * HOUR_MS).toISOString().slice(0, 13).replace('T', ' ')}:00`;
}

/** Items per wall-clock hour of one series (a rule or an event). */
export type HourlyCounts = Map<WallHour, number>;

/**
 * Adds (or with −1 removes) items to the counts by publishedAt; items without a readable publishedAt are
 * not counted (线下 items have none). Returns the hours it changed, the ones to test.
 */
export function countByHour(
  counts: HourlyCounts,
  publishedAt: ReadonlyArray<IsoDateTime | null>,
  clock: ZoneClock,
  sign: 1 | -1 = 1,
): Set<WallHour> {
  const touched = new Set<WallHour>();
  for (const value of publishedAt) {
    if (value === null || !isInstant(value)) continue;
    const hour = wallHourOf(value, clock);
    const next = (counts.get(hour) ?? 0) + sign;
    if (next > 0) counts.set(hour, next);
    else counts.delete(hour);
    touched.add(hour);
  }
  return touched;
}

/** Mean count of the same hour over the previous 14 days, at least 0.5. */
export function baselineRate(counts: HourlyCounts, hour: WallHour): number {
  let sum = 0;
  for (let day = 1; day <= SURGE_BASELINE_DAYS; day += 1) sum += counts.get(hour - 24 * day) ?? 0;
  return Math.max(sum / SURGE_BASELINE_DAYS, SURGE_RATE_FLOOR);
}

export interface SurgeTest {
  hour: WallHour;
  count: number;
  baseline: number;
  /** P(X ≥ count | baseline); may be 0 where it is below the smallest double */
  tail: number;
  logTail: number;
  surge: boolean;
}

export function testHour(counts: HourlyCounts, hour: WallHour): SurgeTest {
  const count = counts.get(hour) ?? 0;
  const baseline = baselineRate(counts, hour);
  const logTail = poissonLogUpperTail(count, baseline);
  return {
    hour,
    count,
    baseline,
    tail: Math.exp(logTail),
    logTail,
    surge: count >= SURGE_MIN_COUNT && logTail < Math.log(SURGE_TAIL_THRESHOLD),
  };
}

export function surgeKey(series: SurgeSeries, hour: WallHour): string {
  return `${series.kind}:${series.kind === 'rule' ? series.ruleId : series.eventId}:${hour}`;
}

/** The surges among `hours` not yet warned (`warned` holds surgeKey values of the stored surges). */
export function detectSurges(
  series: SurgeSeries,
  counts: HourlyCounts,
  hours: Iterable<WallHour>,
  warned: ReadonlySet<string>,
): SurgeTest[] {
  const found: SurgeTest[] = [];
  for (const hour of [...new Set(hours)].sort((a, b) => a - b)) {
    if (warned.has(surgeKey(series, hour))) continue;
    const test = testHour(counts, hour);
    if (test.surge) found.push(test);
  }
  return found;
}

/** The last 14 days of a series, one count per day ending with the day of `hour`: the 预警 panel's sparkline. */
export function dailySparkline(counts: HourlyCounts, hour: WallHour): number[] {
  const lastDayStart = Math.floor(hour / 24) * 24;
  const days: number[] = [];
  for (let day = SURGE_BASELINE_DAYS - 1; day >= 0; day -= 1) {
    let sum = 0;
    for (let h = 0; h < 24; h += 1) sum += counts.get(lastDayStart - 24 * day + h) ?? 0;
    days.push(sum);
  }
  return days;
}
