import { useLocaleStore, type Locale } from '../i18n';
import { repositoriesOrThrow, writeContext } from './desk';
import { SETTING_LOCALE, SETTING_TIME_ZONE } from './settings-keys';

/** Switches the language at once and remembers it in the workspace settings. */
export async function changeLocale(locale: Locale): Promise<void> {
  useLocaleStore.setState({ locale });
  await repositoriesOrThrow().settings.set(SETTING_LOCALE, locale, writeContext());
}

export async function changeTimeZone(timeZone: string): Promise<void> {
  useLocaleStore.setState({ timeZone });
  await repositoriesOrThrow().settings.set(SETTING_TIME_ZONE, timeZone, writeContext());
}
