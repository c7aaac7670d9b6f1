/**
 * Every message, by key. i18n imports no feature: the catalog in app/ composes the features' dictionaries and
 * merges their keys into this interface (declaration merging), so keys stay checked everywhere.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Messages {}

export type MessageKey = keyof Messages & string;

/** What a locale must supply: exactly the base dictionary's keys. */
export type Dictionary = { readonly [K in MessageKey]: string };

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'zh-CN';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
