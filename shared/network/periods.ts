import { addDays, compareDates, isoWeekday, type LocalDate } from '../time';
import { computeScores, type ScoreInput, type UnitScore } from './scoring';
import { isInstant, ZoneClock } from '../time';
import type { Period, Submission } from './types';

export type PeriodKind = 'week' | 'month' | 'quarter' | 'year';

/** The week (Monday first), month, quarter or year containing a date: the periods rankings are exported for. */
export function periodContaining(kind: PeriodKind, date: LocalDate): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (kind) {
    case 'week': {
      const monday = addDays(date, 1 - isoWeekday(date));
      return { from: monday, to: addDays(monday, 6) };
    }
    case 'month':
      return { from: firstOfMonth(year, month), to: addDays(firstOfMonth(year, month + 1), -1) };
    case 'quarter': {
      const first = month - ((month - 1) % 3);
      return { from: firstOfMonth(year, first), to: addDays(firstOfMonth(year, first + 3), -1) };
    }
    case 'year':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
}

function firstOfMonth(year: number, month: number): LocalDate {
  const carried = year + Math.floor((month - 1) / 12);
  const inYear = ((month - 1) % 12) + 1;
  return `${String(carried).padStart(4, '0')}-${String(inYear).padStart(2, '0')}-01`;
}

/** Consecutive periods of a kind covering `period`, the first and last clipped to it. */
export function splitPeriod(period: Period, kind: PeriodKind): Period[] {
  const parts: Period[] = [];
  let from = period.from;
  while (compareDates(from, period.to) <= 0) {
    const whole = periodContaining(kind, from);
    const to = compareDates(whole.to, period.to) < 0 ? whole.to : period.to;
    parts.push({ from, to });
    from = addDays(to, 1);
  }
  return parts;
}

export interface TrendPoint {
  period: Period;
  units: UnitScore[];
}

/**
 * Unit scores per week, month … across a period, for the trend line of each unit. Items are sorted into
 * their part once, so each part is scored over its own items only. A unit's silent streak in a part is
 * the streak at that part's end, counted within the part.
 */
export function scoreTrend(input: ScoreInput, kind: PeriodKind): TrendPoint[] {
  const parts = splitPeriod(input.period, kind);
  const clock = new ZoneClock(input.timeZone);
  const itemsByPart = parts.map((): Submission[] => []);
  for (const item of input.items) {
    // Unreadable times are listed by computeScores over the whole period; a trend just leaves them out.
    if (!isInstant(item.reportedAt)) continue;
    const date = clock.localDate(item.reportedAt);
    const partIndex = parts.findIndex((part) => date >= part.from && date <= part.to);
    if (partIndex >= 0) itemsByPart[partIndex]?.push(item);
  }
  const zeroReports = [...input.zeroReports];
  return parts.map((period, partIndex) => ({
    period,
    units: computeScores({ ...input, period, zeroReports, items: itemsByPart[partIndex] ?? [] }).units,
  }));
}
