import type { IsoDateTime } from '../domain/types';
import { BEIJING_OFFSET_MS as SHANGHAI_OFFSET_MS } from '../time';

// Excel stores a time as days since 1899-12-30 in wall-clock terms, with no zone. Analysts and the
// upper level read times in Beijing time, whatever zone the exporting machine is set to, so an instant
// is shifted to China Standard Time (UTC+8, no daylight saving since 1991) before it becomes a serial.
const MS_PER_DAY = 24 * 60 * 60 * 1000;
const UNIX_EPOCH_SERIAL = 25569;

export const EXCEL_DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

/** The Excel serial of an ISO 8601 instant as Shanghai wall-clock time, or null when it does not parse. */
export function toShanghaiExcelSerial(instant: IsoDateTime): number | null {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  return (ms + SHANGHAI_OFFSET_MS) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** `yyyy-mm-dd hh:mm` in Shanghai wall-clock time: how csv and text cells show an instant. */
export function formatShanghaiMinute(instant: IsoDateTime): string | null {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  // toISOString of the shifted instant reads out the Shanghai wall clock without depending on the host zone.
  const wallClock = new Date(ms + SHANGHAI_OFFSET_MS).toISOString();
  return `${wallClock.slice(0, 10)} ${wallClock.slice(11, 16)}`;
}

/** Year, month (1-12), day, hour, minute, second of an instant on the Shanghai wall clock. */
export function shanghaiWallClock(instant: IsoDateTime): [number, number, number, number, number, number] | null {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  const shifted = new Date(ms + SHANGHAI_OFFSET_MS);
  return [
    shifted.getUTCFullYear(),
    shifted.getUTCMonth() + 1,
    shifted.getUTCDate(),
    shifted.getUTCHours(),
    shifted.getUTCMinutes(),
    shifted.getUTCSeconds(),
  ];
}
