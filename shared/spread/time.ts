import type { IsoDateTime } from '../domain/types';
import { BEIJING_OFFSET_MS, type WallClock as ZoneWallClock } from '../time';

// Weibo and partner sheets write Beijing wall-clock time. Asia/Shanghai has kept UTC+8 without daylight
// saving since 1991, long before any data this tool sees, so a fixed offset is exact and needs no time
// zone database (which not every host's Intl carries).
export const HOUR_MS = 3_600_000;

/** A wall-clock reading without its year, as Weibo writes the current year's posts. */
export type WallClock = Omit<ZoneWallClock, 'year'>;

export type ParsedTime =
  | { kind: 'instant'; epochMs: number }
  /** `03月23日 19:24`: Weibo leaves the year out for posts of the current year */
  | ({ kind: 'yearless'; text: string } & WallClock)
  | { kind: 'missing' }
  | { kind: 'invalid'; text: string };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const FULL_DATE =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const YEARLESS_DATE = /^(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
// `Sun Jan 13 14:58:24 +0800 2013`, as the Weibo API writes created_at
const API_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+([A-Z][a-z]{2})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+([+-]\d{4})\s+(\d{4})$/;
const UNIX_SECONDS = /^\d{9,10}$/;
const UNIX_MILLISECONDS = /^\d{12,13}$/;

/** Reads any time the spread inputs carry. Unknown text is reported as invalid, never guessed. */
export function parseSpreadTime(raw: unknown): ParsedTime {
  if (raw === null || raw === undefined) return { kind: 'missing' };
  if (typeof raw === 'number') return fromEpochNumber(raw, String(raw));
  if (typeof raw !== 'string') return { kind: 'invalid', text: String(raw) };
  const text = raw.trim();
  if (text === '') return { kind: 'missing' };
  const common = commonBeijingDateTime(text);
  if (common !== null) return { kind: 'instant', epochMs: common };
  if (UNIX_SECONDS.test(text) || UNIX_MILLISECONDS.test(text)) return fromEpochNumber(Number(text), text);

  const full = FULL_DATE.exec(text);
  if (full) {
    const [, year, month, day, hour, minute, second, fraction, offset] = full;
    const millis = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
    const epochMs = wallClockToEpoch(
      Number(year),
      { month: Number(month), day: Number(day), hour: Number(hour ?? 0), minute: Number(minute ?? 0), second: Number(second ?? 0) },
      offset === undefined ? BEIJING_OFFSET_MS : offsetToMs(offset),
    );
    return epochMs === null ? { kind: 'invalid', text } : { kind: 'instant', epochMs: epochMs + millis };
  }

  const api = API_DATE.exec(text);
  if (api) {
    const [, monthName, day, hour, minute, second, offset, year] = api;
    const month = MONTHS.indexOf(monthName ?? '') + 1;
    const epochMs =
      month === 0
        ? null
        : wallClockToEpoch(
            Number(year),
            { month, day: Number(day), hour: Number(hour), minute: Number(minute), second: Number(second) },
            offsetToMs(offset ?? '+0800'),
          );
    return epochMs === null ? { kind: 'invalid', text } : { kind: 'instant', epochMs };
  }

  const yearless = YEARLESS_DATE.exec(text);
  if (yearless) {
    const [, month, day, hour, minute, second] = yearless;
    const clock = { month: Number(month), day: Number(day), hour: Number(hour), minute: Number(minute), second: Number(second ?? 0) };
    // Validated against a leap year so that 02月29日 is accepted here and checked once the year is known.
    return wallClockToEpoch(2000, clock, 0) === null ? { kind: 'invalid', text } : { kind: 'yearless', text, ...clock };
  }
  return { kind: 'invalid', text };
}

// `2012-09-16 15:05:11`, the form of nearly every repost record: read without a regular expression,
// since a 10^5-record file spends most of its parsing time here.
function commonBeijingDateTime(text: string): number | null {
  if (text.length !== 19) return null;
  const separators = [4, '-', 7, '-', 10, ' ', 13, ':', 16, ':'] as const;
  for (let index = 0; index < separators.length; index += 2) {
    if (text[separators[index] as number] !== separators[index + 1]) return null;
  }
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  const hour = digitsAt(text, 11, 13);
  const minute = digitsAt(text, 14, 16);
  const second = digitsAt(text, 17, 19);
  // NaN from a non-digit fails every range check in wallClockToEpoch.
  return wallClockToEpoch(year, { month, day, hour, minute, second }, BEIJING_OFFSET_MS);
}

function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

function fromEpochNumber(value: number, text: string): ParsedTime {
  if (!Number.isFinite(value) || value <= 0) return { kind: 'invalid', text };
  // Ten digits of seconds reach 2286; anything from 1e11 up can only be milliseconds.
  if (value >= 1e8 && value < 1e11) return { kind: 'instant', epochMs: Math.round(value * 1000) };
  if (value >= 1e11 && value < 1e14) return { kind: 'instant', epochMs: Math.round(value) };
  return { kind: 'invalid', text };
}

function offsetToMs(offset: string): number {
  if (offset === 'Z') return 0;
  const digits = offset.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * 60_000;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** The instant of a wall-clock time at a fixed offset, or null when the date does not exist (02-30, 24:00). */
export function wallClockToEpoch(year: number, clock: WallClock, offsetMs: number): number | null {
  const { month, day, hour, minute, second } = clock;
  // Written as ranges that hold, so that NaN (a non-digit) fails them too. Years 0–99 are refused
  // because Date.UTC reads them as 1900–1999; they only come from typing errors.
  const valid =
    year >= 100 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59;
  if (!valid) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second) - offsetMs;
}

/** ISO 8601 with seconds and +08:00, the form every spread output uses. */
export function formatBeijing(epochMs: number): IsoDateTime {
  const wall = new Date(Math.floor(epochMs / 1000) * 1000 + BEIJING_OFFSET_MS);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return (
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}+08:00`
  );
}

export function beijingYear(epochMs: number): number {
  return new Date(epochMs + BEIJING_OFFSET_MS).getUTCFullYear();
}

/** Start of the Beijing clock hour holding the instant (whole-hour offset: the same boundary as UTC's). */
export function beijingHourStart(epochMs: number): number {
  return Math.floor(epochMs / HOUR_MS) * HOUR_MS;
}

export function hasYearSource(context: YearContext): boolean {
  return [context.year, context.rootEpochMs, context.earliestFullEpochMs].some((value) => value !== undefined && value !== null);
}

export interface YearContext {
  /** the analyst's --year */
  year?: number | null;
  /** the instant of the cascade's root, when known */
  rootEpochMs?: number | null;
  /** the earliest instant with a full date anywhere in the file */
  earliestFullEpochMs?: number | null;
}

/**
 * Gives a year-less date its year: the analyst's year; else the root's year, or the next one if the
 * root's year would put the repost before its original; else the year of the earliest full date in the
 * file. Null when none of these is known, or the day does not exist in that year (02月29日).
 */
export function resolveYearless(clock: WallClock, context: YearContext): number | null {
  if (context.year !== undefined && context.year !== null) return wallClockToEpoch(context.year, clock, BEIJING_OFFSET_MS);
  if (context.rootEpochMs !== undefined && context.rootEpochMs !== null) {
    const rootYear = beijingYear(context.rootEpochMs);
    const sameYear = wallClockToEpoch(rootYear, clock, BEIJING_OFFSET_MS);
    if (sameYear === null || sameYear >= context.rootEpochMs) return sameYear;
    return wallClockToEpoch(rootYear + 1, clock, BEIJING_OFFSET_MS);
  }
  if (context.earliestFullEpochMs !== undefined && context.earliestFullEpochMs !== null) {
    return wallClockToEpoch(beijingYear(context.earliestFullEpochMs), clock, BEIJING_OFFSET_MS);
  }
  return null;
}
