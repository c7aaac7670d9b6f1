import type { IsoDateTime, Unit } from '../domain/types';
import { indexCalendar, type CalendarIndex, type WorkCalendar } from './calendar';
import { silentStreak, SubmissionIndex, unitDays } from './cadence';
import { addDays, type LocalDate } from '../time';
import { withEffectiveStartDate } from './start-date';
import { ZoneClock } from '../time';
import type { Submission, ZeroReport } from './types';

export const DEFAULT_SILENCE_THRESHOLD = 3;
/** How far back a streak is followed; a unit silent for longer shows this many calendar days' worth. */
export const DEFAULT_SILENCE_LOOKBACK_DAYS = 92;

export interface SilenceAlert {
  unitId: string;
  name: string;
  /** expected days in a row with nothing sent and no 零报告 */
  silentDays: number;
  /** the first of those days: with unitId, what identifies this silence for acknowledgement */
  silentSince: LocalDate;
}

/** Someone has seen the alert for this stretch of silence; a new stretch after a report alerts again. */
export interface SilenceAcknowledgement {
  unitId: string;
  silentSince: LocalDate;
}

export interface SilenceInput {
  units: readonly Unit[];
  items: Iterable<Submission>;
  zeroReports: Iterable<ZeroReport>;
  calendar: WorkCalendar | CalendarIndex;
  timeZone: string;
  now: IsoDateTime;
  threshold?: number;
  lookbackDays?: number;
  acknowledged?: readonly SilenceAcknowledgement[];
}

/**
 * Units silent for at least `threshold` expected days up to now — the failure from the department's
 * review, where every unit but one stopped reporting and nobody noticed for a month. Units reporting
 * only on events are never expected, so never silent. Longest silences first.
 */
export function silenceAlerts(input: SilenceInput): SilenceAlert[] {
  const threshold = input.threshold ?? DEFAULT_SILENCE_THRESHOLD;
  const clock = new ZoneClock(input.timeZone);
  const today = clock.localDate(input.now);
  const period = { from: addDays(today, -(input.lookbackDays ?? DEFAULT_SILENCE_LOOKBACK_DAYS)), to: today };
  const calendar = indexCalendar(input.calendar);
  const index = new SubmissionIndex(input.units, input.items, input.zeroReports, clock);
  const acknowledged = new Set((input.acknowledged ?? []).map((entry) => JSON.stringify([entry.unitId, entry.silentSince])));

  const alerts: SilenceAlert[] = [];
  for (const unit of input.units) {
    // An inactive unit is never expected (isExpectedDay), so it never falls silent; nor is a unit before its 起报日期.
    const streak = silentStreak(unitDays(withEffectiveStartDate(unit, clock), period, { calendar, index, now: input.now }));
    if (streak.since === null || streak.days < threshold) continue;
    if (acknowledged.has(JSON.stringify([unit.id, streak.since]))) continue;
    alerts.push({ unitId: unit.id, name: unit.name, silentDays: streak.days, silentSince: streak.since });
  }
  return alerts.sort((a, b) => b.silentDays - a.silentDays || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
