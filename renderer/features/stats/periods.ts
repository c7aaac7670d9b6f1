// The periods the statistics page counts, as calendar dates in the workspace time zone, and the previous
// period of equal length each is compared with (本月 on the 9th is compared with the nine days before it,
// not with the whole of last month, so the two bars measure the same amount of time).
import { addDays, compareDates, datesBetween, isLocalDate, type LocalDate, ZoneClock, startOfLocalDate } from '../../../shared/time';

export const PERIOD_PRESETS = ['today', 'last7', 'last30', 'month', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface StatsPeriod {
  /** first day, included */
  from: LocalDate;
  /** last day, included */
  to: LocalDate;
  /** [fromMs, toMs): midnight of `from` to midnight after `to`, in the zone */
  fromMs: number;
  toMs: number;
  days: LocalDate[];
}

export function periodOf(from: LocalDate, to: LocalDate, timeZone: string): StatsPeriod {
  if (!isLocalDate(from) || !isLocalDate(to)) throw new RangeError(`日期无效：${from} – ${to}`);
  const [first, last] = compareDates(from, to) <= 0 ? [from, to] : [to, from];
  return {
    from: first,
    to: last,
    fromMs: startOfLocalDate(first, timeZone),
    toMs: startOfLocalDate(addDays(last, 1), timeZone),
    days: datesBetween(first, last),
  };
}

/** The preset's dates on the day holding `now`; custom uses the dates given. */
export function presetPeriod(
  preset: PeriodPreset,
  now: number,
  timeZone: string,
  custom?: { from: LocalDate; to: LocalDate },
): StatsPeriod {
  const today = new ZoneClock(timeZone).localDate(now);
  switch (preset) {
    case 'today':
      return periodOf(today, today, timeZone);
    case 'last7':
      return periodOf(addDays(today, -6), today, timeZone);
    case 'last30':
      return periodOf(addDays(today, -29), today, timeZone);
    case 'month':
      return periodOf(`${today.slice(0, 8)}01`, today, timeZone);
    case 'custom':
      return custom ? periodOf(custom.from, custom.to, timeZone) : periodOf(today, today, timeZone);
  }
}

/** The period of the same number of days that ends the day before `period` begins. */
export function previousPeriod(period: StatsPeriod, timeZone: string): StatsPeriod {
  const length = period.days.length;
  return periodOf(addDays(period.from, -length), addDays(period.from, -1), timeZone);
}
