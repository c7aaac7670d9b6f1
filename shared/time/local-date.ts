import type { LocalDate } from '../domain/report-types';

export type { LocalDate };

// Calendar dates are handled as YYYY-MM-DD strings and computed with UTC arithmetic only: a Date in
// local time would shift a day depending on the machine's TZ, which is exactly the bug to rule out.

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export class InvalidLocalDateError extends Error {
  constructor(readonly value: string) {
    super(`日期格式无效：${value}（应为 YYYY-MM-DD）`);
  }
}

function toDayNumber(date: LocalDate): number {
  if (!isLocalDate(date)) throw new InvalidLocalDateError(date);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function fromDayNumber(dayNumber: number): LocalDate {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** 1 Monday … 7 Sunday, as ISO 8601 counts them. */
export function isoWeekday(date: LocalDate): number {
  // Day 0 of the epoch, 1970-01-01, was a Thursday.
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function datesBetween(from: LocalDate, to: LocalDate): LocalDate[] {
  const first = toDayNumber(from);
  const last = toDayNumber(to);
  const dates: LocalDate[] = [];
  for (let day = first; day <= last; day += 1) dates.push(fromDayNumber(day));
  return dates;
}
