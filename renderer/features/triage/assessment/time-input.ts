// Times are typed as text, 2026-03-02 09:30: Chromium draws <input type="datetime-local"> in the browser's own
// language (an English build shows 11/29/2026, 03:55 PM), and the analyst means the workspace's zone
// (Asia/Shanghai by default), not the computer's, so conversion goes through the zone explicitly.
import { toZonedIso, zoneOffsetMs } from '../../../../shared/time';

/** 2026-03-02 09:30 for the instant, in the zone. */
export function toTimeInputValue(instant: number, timeZone: string): string {
  return toZonedIso(instant, timeZone).slice(0, 16).replace('T', ' ');
}

/** The ISO time (with the zone's offset) of a typed time (2026-3-2 9:30 or 2026-03-02T09:30), or null when it is not one. */
export function fromTimeInputValue(value: string, timeZone: string): string | null {
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T]+(\d{1,2})[:：](\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const instant = asUtc - zoneOffsetMs(asUtc - zoneOffsetMs(asUtc, timeZone), timeZone);
  return toZonedIso(instant, timeZone);
}
