import { useCallback } from 'react';
import { create } from 'zustand';
import { DEFAULT_TIME_ZONE } from '../../shared/time';
import { codedErrorData } from '../../shared/errors';
import { describeFailure } from './errors';
import { DEFAULT_LOCALE, type Dictionary, type Locale, type MessageArgs, type MessageKey, type PlainMessageKey } from './dictionary';

export type { Dictionary, Locale, MessageArgs, MessageKey, MessageParamsOf, PlaceholderNames, PlainMessageKey } from './dictionary';
export { DEFAULT_LOCALE, LOCALES, isLocale } from './dictionary';
export { DEFAULT_TIME_ZONE } from '../../shared/time';

/** Placeholder values as the text is filled at run time; callers go through the checked MessageArgs. */
type MessageParams = Readonly<Record<string, string | number>>;

/** A message lookup whose placeholder values are checked against the key's zh-CN text. */
export type Translate = <K extends MessageKey>(key: K, ...params: MessageArgs<K>) => string;

export type { Messages } from './dictionary';

let dictionaries: Readonly<Record<Locale, Dictionary>> | null = null;

/** Called once by the shell's catalog, before anything is shown: every locale's messages. */
export function registerDictionaries(registered: Readonly<Record<Locale, Dictionary>>): void {
  dictionaries = registered;
}

export interface LocaleState {
  locale: Locale;
  /** IANA zone from settings: dates are shown, and "today" is counted, in it */
  timeZone: string;
}

/** The active locale and time zone. Persisted in settings by the shell; this store only holds the live value. */
export const useLocaleStore = create<LocaleState>(() => ({ locale: DEFAULT_LOCALE, timeZone: DEFAULT_TIME_ZONE }));

export function translate<K extends MessageKey>(locale: Locale, key: K, ...args: MessageArgs<K>): string {
  const params: MessageParams | undefined = args[0];
  // Before the catalog is registered a message shows its key, which a test or a screen makes obvious.
  const template = dictionaries?.[locale][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** For code outside React (stores, error messages): the message in the locale active right now. */
export const t: Translate = (key, ...params) => translate(useLocaleStore.getState().locale, key, ...params);

/** For components: a t() that re-renders the component when the locale changes. */
export function useT(): Translate {
  const locale = useLocaleStore((state) => state.locale);
  return useCallback<Translate>((key, ...params) => translate(locale, key, ...params), [locale]);
}
export { isOneOf } from './one-of';
export { errorMessageKey } from './errors';

/** Words for anything thrown, in the active locale: a coded error's own text, else the catch-all with the detail. */
export function errorText(error: unknown): string {
  const locale = useLocaleStore.getState().locale;
  const lookup = (key: string): string | undefined =>
    dictionaries !== null && Object.hasOwn(dictionaries[locale], key) ? dictionaries[locale][key as MessageKey] : undefined;
  return describeFailure(error, lookup, (detail) => translate(locale, 'error.unexpected', { detail }));
}

/**
 * The reason to put into a text that already says what failed ('打印失败：{reason}'): a coded error's own
 * words, else the error's message as it stands.
 */
export function errorReason(error: unknown): string {
  if (codedErrorData(error)) return errorText(error);
  return error instanceof Error ? error.message : String(error);
}

/**
 * Whether text read at run time (a built-in view's stored name, an audit code) is a key of the catalog whose
 * text needs no placeholder values: values for a key only known at run time could not be checked.
 */
export function isMessageKey(value: string): value is PlainMessageKey {
  if (dictionaries === null || !Object.hasOwn(dictionaries[DEFAULT_LOCALE], value)) return false;
  return !/\{\w+\}/.test(dictionaries[DEFAULT_LOCALE][value as MessageKey]);
}
