// Time in Asia/Shanghai (+08:00, no daylight saving), counted back from the demo's fixed "today".
import { int, random, weighted } from './random';

/** The demo's "today" (Asia/Shanghai). The app moves every date so that this day becomes the real today. */
const ANCHOR_DAY = '2026-10-09';

export const ANCHOR_MIDNIGHT = Date.parse(`${ANCHOR_DAY}T00:00:00+08:00`);
export const HOUR = 3600_000;
export const DAY = 24 * HOUR;

export function iso(instant: number): string {
  const local = new Date(Math.round(instant / 1000) * 1000 + 8 * HOUR);
  return `${local.toISOString().slice(0, 19)}+08:00`;
}

/** a reporting moment on day `daysAgo` before the anchor day, within office-like hours */
export function reportMoment(daysAgo: number): number {
  // On the anchor day itself only the early morning has happened when the analyst opens the workstation.
  const hour =
    daysAgo === 0
      ? int(0, 7) + random()
      : weighted([
          [int(8, 11), 5],
          [int(12, 17), 6],
          [int(18, 23), 3],
          [int(0, 7), 1],
        ]) + random();
  return ANCHOR_MIDNIGHT - daysAgo * DAY + hour * HOUR;
}
