/**
 * Every message, by key. i18n imports no feature: the catalog in app/ composes the features' dictionaries and
 * merges their keys into this interface (declaration merging), so keys stay checked everywhere.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Messages {}

export type MessageKey = keyof Messages & string;

/** The names of a message text's {name} placeholders, as a union ("never" for a text without any). */
export type PlaceholderNames<Text> = Text extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholderNames<Rest> : never;

/** The values a key's zh-CN text asks for: exactly its placeholders, no more and no fewer. */
export type MessageParamsOf<K extends MessageKey> = { readonly [Name in PlaceholderNames<Messages[K]>]: string | number };

/** A key whose text has no placeholders: what a label field holds, so t(label) needs nothing more. */
export type PlainMessageKey = { [K in MessageKey]: [PlaceholderNames<Messages[K]>] extends [never] ? K : never }[MessageKey];

/** What follows the key in t(): nothing for a text without placeholders, else the values of all of them. */
export type MessageArgs<K extends MessageKey> = [PlaceholderNames<Messages[K]>] extends [never] ? [] : [params: MessageParamsOf<K>];

/** What a locale must supply: exactly the base dictionary's keys. */
export type Dictionary = { readonly [K in MessageKey]: string };

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'zh-CN';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
