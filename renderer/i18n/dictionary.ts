import type { zhCN } from './zh-CN';

/** Every message key, derived from the zh-CN base dictionary. */
export type MessageKey = keyof typeof zhCN;

/** What a locale must supply: exactly the base dictionary's keys. */
export type Dictionary = { readonly [K in MessageKey]: string };

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
