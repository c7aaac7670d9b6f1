import type { IsoDateTime } from '../domain/types';
import type { LocalDate } from './local-date';

import { zoneOffsetMs } from './wall-clock';
import { DEFAULT_TIME_ZONE } from './zone';

// Only instants that say their offset are accepted: Date.parse reads "2026-10-08T16:30:00" in the
// machine's local time, which would make every count depend on where the app happens to run.
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isInstant(value: string): boolean {
  return INSTANT_PATTERN.test(value) && Number.isFinite(Date.parse(value));
}

export class InvalidInstantError extends Error {
  constructor(readonly value: string) {
    super(`时间格式无效：${value}（应为带时区的 ISO 8601 时间）`);
  }
}

export function instantMs(value: IsoDateTime): number {
  if (!isInstant(value)) throw new InvalidInstantError(value);
  return Date.parse(value);
}

/** A wall-clock reading in a time zone: the calendar date and the milliseconds since its midnight. */
export interface ZonedTime {
  date: LocalDate;
  msOfDay: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * Converts instants to wall-clock time with Intl, which knows the zone's rules, and caches the offset per
 * UTC hour: a million items would otherwise mean a million formatToParts calls. The cache is only used
 * when the offset is the same at both ends of the hour, so an hour that contains a transition is always
 * computed exactly.
 */
export class ZoneClock {
  private readonly offsetByHour = new Map<number, number | null>();
  private readonly dateByDay = new Map<number, LocalDate>();

  constructor(readonly timeZone: string = DEFAULT_TIME_ZONE) {}

  zonedTime(instant: IsoDateTime | number): ZonedTime {
    const ms = typeof instant === 'number' ? instant : instantMs(instant);
    const wallMs = ms + this.offsetAt(ms);
    const dayNumber = Math.floor(wallMs / DAY_MS);
    return { date: this.dateOfDay(dayNumber), msOfDay: wallMs - dayNumber * DAY_MS };
  }

  localDate(instant: IsoDateTime | number): LocalDate {
    return this.zonedTime(instant).date;
  }

  private dateOfDay(dayNumber: number): LocalDate {
    let date = this.dateByDay.get(dayNumber);
    if (date === undefined) {
      date = new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
      this.dateByDay.set(dayNumber, date);
    }
    return date;
  }

  private offsetAt(ms: number): number {
    const hour = Math.floor(ms / HOUR_MS);
    let cached = this.offsetByHour.get(hour);
    if (cached === undefined) {
      const atStart = this.exactOffset(hour * HOUR_MS);
      cached = atStart === this.exactOffset((hour + 1) * HOUR_MS - 1000) ? atStart : null;
      this.offsetByHour.set(hour, cached);
    }
    return cached ?? this.exactOffset(ms);
  }

  private exactOffset(ms: number): number {
    return zoneOffsetMs(ms, this.timeZone);
  }
}

/** Parses HH:mm (00:00–23:59) into minutes since midnight; null when malformed. */
export function parseClockTime(value: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}
