import type { Unit } from '../domain/types';
import { indexCalendar, isWorkingDay, type CalendarIndex, type WorkCalendar } from './calendar';
import { compareDates, datesBetween, type LocalDate } from '../time';
import type { ZoneClock, ZonedTime } from '../time';
import { instantMs, isInstant, parseClockTime } from '../time';
import type { DayStatus, Period, Submission, UnitDay, ZeroReport } from './types';
import type { IsoDateTime } from '../domain/types';

export const DEFAULT_CUTOFF = '17:00';
const MINUTE_MS = 60_000;

/**
 * The cut-off in ms after midnight. The cut-off minute itself is on time: "报送截止 17:00" is read as
 * "by 17:00:00.000", so 17:00:00 is on time and 17:00:00.001 is late. A malformed cut-off falls back to
 * the default rather than making every day late.
 */
export function cutoffMs(unit: Pick<Unit, 'cutoff'>): number {
  return (parseClockTime(unit.cutoff) ?? (parseClockTime(DEFAULT_CUTOFF) as number)) * MINUTE_MS;
}

/**
 * Whether the unit owes a report on `date`. `startDate` is read as the effective 起报日期 (see
 * withEffectiveStartDate in start-date.ts, which callers apply first): the start day itself is expected.
 */
export function isExpectedDay(
  unit: Pick<Unit, 'cadence' | 'active' | 'startDate'>,
  date: LocalDate,
  calendar: WorkCalendar | CalendarIndex,
): boolean {
  if (!unit.active) return false;
  // Both are validated YYYY-MM-DD strings, which sort as the dates they name.
  if (unit.startDate !== undefined && date < unit.startDate) return false;
  switch (unit.cadence) {
    case 'daily':
      return true;
    case 'workingDays':
      return isWorkingDay(date, calendar);
    case 'onEvents':
      return false;
  }
}

interface DayActivity {
  items: number;
  onTimeItem: boolean;
  lateItem: boolean;
  onTimeZero: boolean;
  lateZero: boolean;
}

/** Per unit, per local date: what was sent and whether any of it came by the cut-off. */
export class SubmissionIndex {
  private readonly byUnit = new Map<string, Map<LocalDate, DayActivity>>();
  private readonly cutoffs: ReadonlyMap<string, number>;
  /** submissions whose time could not be read; shown to the analyst rather than silently dropped */
  readonly unreadable: string[] = [];

  constructor(
    units: readonly Unit[],
    items: Iterable<Submission>,
    zeroReports: Iterable<ZeroReport>,
    readonly clock: ZoneClock,
  ) {
    this.cutoffs = new Map(units.map((unit) => [unit.id, cutoffMs(unit)]));
    for (const item of items) {
      if (item.unitId === null || !this.cutoffs.has(item.unitId)) continue;
      if (!isInstant(item.reportedAt)) {
        this.unreadable.push(item.id);
        continue;
      }
      this.recordItem(item.unitId, clock.zonedTime(Date.parse(item.reportedAt)));
    }
    for (const zero of zeroReports) {
      const cutoff = this.cutoffs.get(zero.unitId);
      if (cutoff === undefined) continue;
      if (!isInstant(zero.reportedAt)) {
        this.unreadable.push(zero.id);
        continue;
      }
      const sent = clock.zonedTime(zero.reportedAt);
      const order = compareDates(sent.date, zero.date);
      const activity = this.activity(zero.unitId, zero.date);
      if (order < 0 || (order === 0 && sent.msOfDay <= cutoff)) activity.onTimeZero = true;
      else activity.lateZero = true;
    }
  }

  /** For callers that have already placed the item in the zone, so a million items are converted once. */
  recordItem(unitId: string, sent: ZonedTime): void {
    const cutoff = this.cutoffs.get(unitId);
    if (cutoff === undefined) return;
    const activity = this.activity(unitId, sent.date);
    activity.items += 1;
    if (sent.msOfDay <= cutoff) activity.onTimeItem = true;
    else activity.lateItem = true;
  }

  private activity(unitId: string, date: LocalDate): DayActivity {
    let days = this.byUnit.get(unitId);
    if (!days) {
      days = new Map();
      this.byUnit.set(unitId, days);
    }
    let activity = days.get(date);
    if (!activity) {
      activity = { items: 0, onTimeItem: false, lateItem: false, onTimeZero: false, lateZero: false };
      days.set(date, activity);
    }
    return activity;
  }

  get(unitId: string, date: LocalDate): DayActivity | undefined {
    return this.byUnit.get(unitId)?.get(date);
  }
}

export interface CadenceContext {
  calendar: WorkCalendar | CalendarIndex;
  index: SubmissionIndex;
  /** the moment the evaluation is made: days after it are not judged yet */
  now: IsoDateTime;
}

/** Each expected day of the period up to now, with what the unit did on it; `unit.startDate` must be the effective one. */
export function unitDays(unit: Unit, period: Period, context: CadenceContext): UnitDay[] {
  const calendar = indexCalendar(context.calendar);
  const today = context.index.clock.zonedTime(instantMs(context.now));
  const cutoff = cutoffMs(unit);
  const days: UnitDay[] = [];
  for (const date of datesBetween(period.from, period.to)) {
    const order = compareDates(date, today.date);
    if (order > 0) break;
    if (!isExpectedDay(unit, date, calendar)) continue;
    const activity = context.index.get(unit.id, date);
    const beforeCutoff = order === 0 && today.msOfDay <= cutoff;
    days.push({ date, status: dayStatus(activity, beforeCutoff), itemCount: activity?.items ?? 0 });
  }
  return days;
}

function dayStatus(activity: DayActivity | undefined, beforeCutoff: boolean): DayStatus {
  if (activity?.onTimeItem) return 'reported';
  if (activity?.onTimeZero) return 'zeroReport';
  if (activity?.lateItem || activity?.lateZero) return 'late';
  return beforeCutoff ? 'pending' : 'missing';
}

/**
 * Consecutive missing days counted back from the latest judged day. Today before its cut-off neither
 * counts nor breaks the streak: the unit still has time.
 */
export function silentStreak(days: readonly UnitDay[]): { days: number; since: LocalDate | null } {
  let count = 0;
  let since: LocalDate | null = null;
  for (let index = days.length - 1; index >= 0; index -= 1) {
    const day = days[index] as UnitDay;
    if (day.status === 'pending') continue;
    if (day.status !== 'missing') break;
    count += 1;
    since = day.date;
  }
  return { days: count, since };
}
