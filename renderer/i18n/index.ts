import { useCallback } from 'react';
import { create } from 'zustand';
import { DEFAULT_TIME_ZONE } from '../../shared/time';
import { DEFAULT_LOCALE, type Dictionary, type Locale, type MessageKey } from './dictionary';

export type { Dictionary, Locale, MessageKey } from './dictionary';
export { DEFAULT_LOCALE, LOCALES, isLocale } from './dictionary';
export { DEFAULT_TIME_ZONE } from '../../shared/time';

export type MessageParams = Readonly<Record<string, string | number>>;

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

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  // Before the catalog is registered a message shows its key, which a test or a screen makes obvious.
  const template = dictionaries?.[locale][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** For code outside React (stores, error messages): the message in the locale active right now. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(useLocaleStore.getState().locale, key, params);
}

/** For components: a t() that re-renders the component when the locale changes. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  const locale = useLocaleStore((state) => state.locale);
  return useCallback((key: MessageKey, params?: MessageParams) => translate(locale, key, params), [locale]);
}
export { isOneOf } from './one-of';

/** Whether text read at run time (a built-in view's stored name, an audit code) is a key of the catalog. */
export function isMessageKey(value: string): value is MessageKey {
  return dictionaries !== null && Object.hasOwn(dictionaries[DEFAULT_LOCALE], value);
}
