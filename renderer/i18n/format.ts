// The one place dates, numbers and sizes become text: always through Intl, in the active locale and the
// workspace time zone (not the computer's), so a report drafted on a PC set to another zone still shows
// the office's local times.
import { useLocaleStore, type Locale } from './index';

export interface FormatContext {
  locale: Locale;
  timeZone: string;
}

type Instant = string | number | Date;

const formatterCache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let formatter = formatterCache.get(key);
  if (!formatter) {
    formatter = make();
    formatterCache.set(key, formatter);
  }
  return formatter as F;
}

function activeContext(): FormatContext {
  const { locale, timeZone } = useLocaleStore.getState();
  return { locale, timeZone };
}

function toDate(value: Instant): Date {
  return value instanceof Date ? value : new Date(value);
}

function dateTimeFormat(context: FormatContext, style: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(
    `dt|${style}|${context.locale}|${context.timeZone}`,
    () => new Intl.DateTimeFormat(context.locale, { ...options, timeZone: context.timeZone }),
  );
}

/** 2026年10月9日 00:30 */
export function formatDateTime(value: Instant, context: FormatContext = activeContext()): string {
  return dateTimeFormat(context, 'datetime', {
    year: 'numeric',
    month: context.locale === 'zh-CN' ? 'long' : 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(toDate(value));
}

/** 2026年10月9日 */
export function formatDate(value: Instant, context: FormatContext = activeContext()): string {
  return dateTimeFormat(context, 'date', {
    year: 'numeric',
    month: context.locale === 'zh-CN' ? 'long' : 'short',
    day: 'numeric',
  }).format(toDate(value));
}

/** 2026年10月9日星期五: the heading of the analyst's morning */
export function formatDateWithWeekday(value: Instant, context: FormatContext = activeContext()): string {
  return dateTimeFormat(context, 'date-weekday', { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' }).format(toDate(value));
}

export function formatNumber(value: number, context: FormatContext = activeContext()): string {
  return cached(`num|${context.locale}`, () => new Intl.NumberFormat(context.locale)).format(value);
}

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** Binary multiples (1 KB = 1024 B), as Windows Explorer shows file sizes. */
export function formatBytes(bytes: number, context: FormatContext = activeContext()): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = cached(
    `bytes|${context.locale}|${unit === 0 ? 0 : 1}`,
    () => new Intl.NumberFormat(context.locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }),
  ).format(value);
  return `${number} ${BYTE_UNITS[unit]}`;
}
