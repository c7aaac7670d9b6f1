// <input type="datetime-local"> speaks wall-clock time without a zone; the analyst means the workspace's zone
// (Asia/Shanghai by default), not the computer's, so conversion goes through the zone explicitly.
import { toZonedIso, zoneOffsetMs } from '../../../i18n/time';

/** 2026-03-02T09:30 for the instant, in the zone. */
export function toTimeInputValue(instant: number, timeZone: string): string {
  return toZonedIso(instant, timeZone).slice(0, 16);
}

/** The ISO time (with the zone's offset) of a datetime-local value, or null when it is not a time. */
export function fromTimeInputValue(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const instant = asUtc - zoneOffsetMs(asUtc - zoneOffsetMs(asUtc, timeZone), timeZone);
  return toZonedIso(instant, timeZone);
}
