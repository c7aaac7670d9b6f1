// Deadlines in working days (工作日) of the units' holiday calendar, 调休 included: a task given on Wednesday
// 30 September 2026 with two working days is due on Friday 9 October (国庆 1–7 October), and a 调休
// Saturday counts as a working day.
import { isWorkingDay, indexCalendar, type CalendarIndex, type WorkCalendar } from '../network/calendar';
import { addDays, type LocalDate } from '../time';

export class WorkingDaysError extends Error {
  readonly code = 'invalidWorkingDays';
  constructor(readonly days: number) {
    super(`working days must be a whole number from 0 to ${MAX_WORKING_DAYS}: ${days}`);
    this.name = 'WorkingDaysError';
  }
}

/** Longer than any deadline an office gives; bounds the walk over a calendar that lists no working day. */
export const MAX_WORKING_DAYS = 366;
/** The longest run of days without a working day the walk accepts before deciding the calendar is broken. */
const MAX_DAYS_OFF = 60;

/**
 * The `days`-th working day after `date`. With 0, `date` itself when it is a working day, else the next
 * working day (a task given on a holiday with "today" as its deadline is due on the first day back).
 */
export function addWorkingDays(date: LocalDate, days: number, calendar: WorkCalendar | CalendarIndex): LocalDate {
  if (!Number.isInteger(days) || days < 0 || days > MAX_WORKING_DAYS) throw new WorkingDaysError(days);
  const index = indexCalendar(calendar);
  let current = date;
  let remaining = days;
  let daysOff = 0;
  if (remaining === 0) {
    while (!isWorkingDay(current, index)) {
      current = addDays(current, 1);
      if ((daysOff += 1) > MAX_DAYS_OFF) throw new WorkingDaysError(days);
    }
    return current;
  }
  while (remaining > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current, index)) {
      remaining -= 1;
      daysOff = 0;
    } else if ((daysOff += 1) > MAX_DAYS_OFF) throw new WorkingDaysError(days);
  }
  return current;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: LocalDate, to: LocalDate, calendar: WorkCalendar | CalendarIndex): number {
  const index = indexCalendar(calendar);
  let count = 0;
  for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) if (isWorkingDay(current, index)) count += 1;
  return count;
}
