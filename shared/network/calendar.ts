import { isLocalDate, isoWeekday, type LocalDate } from '../time';

/**
 * The working-day calendar the analyst edits: weekdays are working days unless listed as holidays, and
 * weekend days listed as adjusted working days (调休) are working days too.
 */
export interface WorkCalendar {
  holidays: LocalDate[];
  adjustedWorkdays: LocalDate[];
}

/** The calendar as sets, for lookups in loops over many days and units. */
export interface CalendarIndex {
  holidays: ReadonlySet<LocalDate>;
  adjustedWorkdays: ReadonlySet<LocalDate>;
}

export function indexCalendar(calendar: WorkCalendar | CalendarIndex): CalendarIndex {
  if (calendar.holidays instanceof Set) return calendar as CalendarIndex;
  const plain = calendar as WorkCalendar;
  return { holidays: new Set(plain.holidays), adjustedWorkdays: new Set(plain.adjustedWorkdays) };
}

export function isWorkingDay(date: LocalDate, calendar: WorkCalendar | CalendarIndex): boolean {
  const index = indexCalendar(calendar);
  // A date listed both ways is a data error (calendarProblems reports it); being a holiday wins because
  // expecting a report on a holiday would turn a correct unit's silence into 漏报.
  if (index.holidays.has(date)) return false;
  if (index.adjustedWorkdays.has(date)) return true;
  return isoWeekday(date) <= 5;
}

/** Combines calendars, e.g. the shipped national one with local additions. */
export function mergeCalendars(...calendars: WorkCalendar[]): WorkCalendar {
  const holidays = new Set<LocalDate>();
  const adjusted = new Set<LocalDate>();
  for (const calendar of calendars) {
    calendar.holidays.forEach((date) => holidays.add(date));
    calendar.adjustedWorkdays.forEach((date) => adjusted.add(date));
  }
  return { holidays: [...holidays].sort(), adjustedWorkdays: [...adjusted].sort() };
}

/** Chinese messages for entries the calendar editor should not save; empty when the calendar is sound. */
export function calendarProblems(calendar: WorkCalendar): string[] {
  const problems: string[] = [];
  for (const date of [...calendar.holidays, ...calendar.adjustedWorkdays]) {
    if (!isLocalDate(date)) problems.push(`日期格式无效：${date}`);
  }
  const holidays = new Set(calendar.holidays);
  for (const date of calendar.adjustedWorkdays) {
    if (holidays.has(date)) problems.push(`${date} 同时被设为节假日和调休上班日`);
    else if (isLocalDate(date) && isoWeekday(date) <= 5) problems.push(`${date} 是工作日，无需设为调休上班日`);
  }
  return problems;
}
