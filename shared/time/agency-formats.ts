// Times as agencies write them, read in the import's time zone (Asia/Shanghai unless told otherwise)
// and written as ISO 8601 with seconds and that zone's offset: 2020-02-03T14:05:00+08:00.
import { zoneOffsetMs, type WallClock } from './wall-clock';

/** What a spreadsheet cell offers for a time: its text and, where the file typed it, a number or a date serial. */
export interface TimeCell {
  text: string;
  number?: number;
  dateSerial?: number;
}

export type ParsedTime =
  /** a point in time given with an offset, Z, or as Unix seconds/milliseconds */
  | { kind: 'instant'; epochMs: number }
  /** a local date, with a time of day or without one (then midnight) */
  | { kind: 'wall'; wall: WallClock; hasTime: boolean }
  /** a time of day only, for a separate time column */
  | { kind: 'time'; secondsOfDay: number };

export interface TimeContext {
  /** the year for month-day values ("2月3日 14:05"): taken as given, no rollover */
  year: number;
  date1904: boolean;
}

const SECONDS_PER_DAY = 86_400;
/** Excel's 1900 serial for 1970-01-01 */
const EXCEL_EPOCH_OFFSET_DAYS = 25_569;
const EXCEL_1904_SHIFT_DAYS = 1_462;

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function parseTimeCell(cell: TimeCell, context: TimeContext): ParsedTime | null {
  if (cell.dateSerial !== undefined) return fromExcelSerial(cell.dateSerial, context.date1904);
  if (cell.number !== undefined && !/[^\d.\s]/.test(cell.text)) {
    const fromValue = fromNumber(cell.number, context.date1904);
    if (fromValue) return fromValue;
  }
  return parseTimeText(cell.text, context);
}

function fromNumber(value: number, date1904: boolean): ParsedTime | null {
  if (value >= 1e11 && value < 1e14) return { kind: 'instant', epochMs: Math.trunc(value) };
  if (value >= 1e8 && value < 1e11) return { kind: 'instant', epochMs: Math.trunc(value) * 1000 };
  if (value >= 0 && value < 2_958_466) return fromExcelSerial(value, date1904);
  return null;
}

export function fromExcelSerial(serial: number, date1904: boolean): ParsedTime | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return null;
  const totalSeconds = Math.round(serial * SECONDS_PER_DAY);
  if (serial < 1) return { kind: 'time', secondsOfDay: totalSeconds % SECONDS_PER_DAY };
  let days = Math.floor(totalSeconds / SECONDS_PER_DAY);
  const secondsOfDay = totalSeconds - days * SECONDS_PER_DAY;
  if (date1904) days += EXCEL_1904_SHIFT_DAYS;
  // Excel keeps Lotus 1-2-3's phantom 1900-02-29 (serial 60): serials before it are one day later.
  else if (days < 61) days += 1;
  const epochDays = days - EXCEL_EPOCH_OFFSET_DAYS;
  const wall = wallFromEpochMs((epochDays * SECONDS_PER_DAY + secondsOfDay) * 1000);
  return { kind: 'wall', wall, hasTime: secondsOfDay !== 0 || !Number.isInteger(serial) };
}

const TIME_PART = String.raw`(?:\s*(?:T|\s)\s*|\s*)(上午|下午|晚上|凌晨|中午)?\s*(\d{1,2})\s*[:时]\s*(\d{1,2})\s*分?\s*(?:[:]?\s*(\d{1,2})(?:\.\d+)?\s*秒?)?`;
const OFFSET_PART = String.raw`\s*(Z|[+-]\d{2}:?\d{2})?`;
const FULL_DATE = new RegExp(String.raw`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:${TIME_PART})?${OFFSET_PART}$`, 'i');
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_DAY = new RegExp(String.raw`^(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?(?:${TIME_PART})?$`);
const TIME_ONLY = /^(上午|下午|晚上|凌晨|中午)?\s*(\d{1,2})\s*[:时]\s*(\d{1,2})\s*分?\s*(?:[:]?\s*(\d{1,2})(?:\.\d+)?\s*秒?)?$/;

export function parseTimeText(raw: string, context: TimeContext): ParsedTime | null {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return null;
  if (/^\d{12,13}$/.test(text)) return { kind: 'instant', epochMs: Number(text) };
  if (/^\d{9,10}$/.test(text)) return { kind: 'instant', epochMs: Number(text) * 1000 };
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const serial = Number(text);
    return serial >= 20_000 && serial < 80_000 ? fromExcelSerial(serial, context.date1904) : null;
  }
  let match = FULL_DATE.exec(text);
  if (match) return wallOrInstant(Number(match[1]), Number(match[2]), Number(match[3]), match.slice(4, 8), match[8]);
  match = COMPACT_DATE.exec(text);
  if (match) return wallOrInstant(Number(match[1]), Number(match[2]), Number(match[3]), [], undefined);
  match = MONTH_DAY.exec(text);
  if (match) return wallOrInstant(context.year, Number(match[1]), Number(match[2]), match.slice(3, 7), undefined);
  match = TIME_ONLY.exec(text);
  if (match) {
    const seconds = timeOfDay(match.slice(1, 5));
    return seconds === null ? null : { kind: 'time', secondsOfDay: seconds };
  }
  return null;
}

function wallOrInstant(
  year: number,
  month: number,
  day: number,
  timeGroups: (string | undefined)[],
  offset: string | undefined,
): ParsedTime | null {
  if (!isValidDate(year, month, day)) return null;
  const hasTime = timeGroups[1] !== undefined;
  const seconds = hasTime ? timeOfDay(timeGroups) : 0;
  if (seconds === null) return null;
  const wall: WallClock = {
    year,
    month,
    day,
    hour: Math.floor(seconds / 3600),
    minute: Math.floor((seconds % 3600) / 60),
    second: seconds % 60,
  };
  if (offset) {
    const offsetMinutes = parseOffset(offset);
    return { kind: 'instant', epochMs: wallAsUtcMs(wall) - offsetMinutes * 60_000 };
  }
  return { kind: 'wall', wall, hasTime };
}

function timeOfDay(groups: (string | undefined)[]): number | null {
  const [period, hourText, minuteText, secondText] = groups;
  let hour = Number(hourText);
  const minute = Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  if (period === '下午' || period === '晚上') {
    if (hour < 12) hour += 12;
  } else if (period === '凌晨' || period === '上午') {
    if (hour === 12) hour = 0;
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return hour * 3600 + minute * 60 + second;
}

function parseOffset(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date column plus a time column: the date's day with the time's time of day. */
export function combineDateAndTime(date: ParsedTime | null, time: ParsedTime | null): ParsedTime | null {
  if (!date) return null;
  if (date.kind !== 'wall' || !time) return date;
  let secondsOfDay: number;
  if (time.kind === 'time') secondsOfDay = time.secondsOfDay;
  else if (time.kind === 'wall' && time.hasTime) secondsOfDay = time.wall.hour * 3600 + time.wall.minute * 60 + time.wall.second;
  else return date;
  const wall: WallClock = {
    ...date.wall,
    hour: Math.floor(secondsOfDay / 3600),
    minute: Math.floor((secondsOfDay % 3600) / 60),
    second: secondsOfDay % 60,
  };
  return { kind: 'wall', wall, hasTime: true };
}

/** ISO 8601 in the zone, with seconds and the zone's offset at that moment; milliseconds dropped. */
export function formatParsedTime(parsed: ParsedTime, zone: string): string | null {
  if (parsed.kind === 'time') return null;
  const epochMs = parsed.kind === 'instant' ? Math.floor(parsed.epochMs / 1000) * 1000 : zonedWallToEpochMs(parsed.wall, zone);
  return formatEpochInZone(epochMs, zone);
}

export function formatEpochInZone(epochMs: number, zone: string): string | null {
  if (!Number.isFinite(epochMs)) return null;
  const offsetMinutes = zoneOffsetMinutes(zone, epochMs);
  const wall = wallFromEpochMs(epochMs + offsetMinutes * 60_000);
  if (wall.year < 0 || wall.year > 9999) return null;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/** YYYY-MM-DD of an ISO time as written (its own offset), for same-day comparisons. */
export function isoDay(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '';
}

export function zonedWallToEpochMs(wall: WallClock, zone: string): number {
  const asUtc = wallAsUtcMs(wall);
  const firstGuess = asUtc - zoneOffsetMinutes(zone, asUtc) * 60_000;
  const corrected = asUtc - zoneOffsetMinutes(zone, firstGuess) * 60_000;
  return corrected;
}

function wallAsUtcMs(wall: WallClock): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

function wallFromEpochMs(epochMs: number): WallClock {
  const date = new Date(epochMs);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

// Intl is slow per call and a batch has 10^5 times that share few hours: offsets are cached per zone
// per quarter hour (every zone's transitions fall on quarter hours since 1970).
const QUARTER_HOUR_MS = 15 * 60_000;
const offsetCache = new Map<string, number>();

export function zoneOffsetMinutes(zone: string, epochMs: number): number {
  const bucket = Math.floor(epochMs / QUARTER_HOUR_MS);
  const key = `${zone}|${bucket}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const offset = Math.round(zoneOffsetMs(bucket * QUARTER_HOUR_MS, zone) / 60_000);
  if (offsetCache.size > 100_000) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}
