// Zone-aware day boundaries. "Today" means today in the workspace time zone, which need not be the
// computer's own zone, so Date's local-time methods cannot be used.

import { wallClockIn, zoneOffsetMs } from './wall-clock';

/** The instant at which the calendar day holding `instant` began in the zone. */
export function startOfDayInZone(instant: number, timeZone: string): number {
  const clock = wallClockIn(instant, timeZone);
  const midnightAsUtc = Date.UTC(clock.year, clock.month - 1, clock.day);
  const guess = midnightAsUtc - zoneOffsetMs(midnightAsUtc, timeZone);
  // A second pass settles zones whose offset differs between the guess and the real midnight (DST).
  return midnightAsUtc - zoneOffsetMs(guess, timeZone);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** ISO 8601 with seconds and the zone's offset, the form the store keeps: 2026-10-09T00:30:00+08:00 */
export function toZonedIso(instant: number, timeZone: string): string {
  const clock = wallClockIn(instant, timeZone);
  const offsetMinutes = Math.round(zoneOffsetMs(instant, timeZone) / 60000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  const date = `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
  return `${date}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}${offset}`;
}

/** [start, end) of the zone's calendar day holding `instant`, as zoned ISO strings. */
export function dayRangeInZone(instant: number, timeZone: string): { from: string; to: string; start: number; end: number } {
  const start = startOfDayInZone(instant, timeZone);
  const end = startOfDayInZone(start + 36 * 3600 * 1000, timeZone);
  return { from: toZonedIso(start, timeZone), to: toZonedIso(end, timeZone), start, end };
}

const HALF_DAY_MS = 12 * 3_600_000;

/** The instant the zone's calendar day `date` (YYYY-MM-DD) begins. */
export function startOfLocalDate(date: string, timeZone: string): number {
  const midnightAsUtc = Date.parse(`${date}T00:00:00Z`);
  // Noon of that day in the zone is safely inside it whatever the offset; its day start is the answer.
  return startOfDayInZone(midnightAsUtc - zoneOffsetMs(midnightAsUtc, timeZone) + HALF_DAY_MS, timeZone);
}
