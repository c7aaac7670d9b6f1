import type { Profile } from '../../shared/domain/types';
import { createRepositories, openDeskDatabase, type Repositories } from '../db';
import { errorText, DEFAULT_LOCALE, DEFAULT_TIME_ZONE, isLocale, t, useLocaleStore } from '../i18n';
import { useDesk } from '../workspace/desk';
import { blockForNewerWindow, startReliabilityWatch } from '../features/backup';
import { SETTING_CURRENT_PROFILE, SETTING_LOCALE, SETTING_TIME_ZONE } from '../workspace/settings-keys';

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

async function applyStoredPreferences(repositories: Repositories): Promise<void> {
  const [locale, timeZone] = await Promise.all([
    repositories.settings.get<unknown>(SETTING_LOCALE, DEFAULT_LOCALE),
    repositories.settings.get<unknown>(SETTING_TIME_ZONE, DEFAULT_TIME_ZONE),
  ]);
  useLocaleStore.setState({
    locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
    timeZone: isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE,
  });
}

/** The person who worked here last, or the first one set up when that person is gone. */
async function currentProfile(repositories: Repositories, profiles: Profile[]): Promise<Profile | null> {
  const currentId = await repositories.settings.get<unknown>(SETTING_CURRENT_PROFILE, null);
  return profiles.find((profile) => profile.id === currentId) ?? profiles[0] ?? null;
}

/** Opens the store, applies the remembered language and zone, and decides between first run and the desk. */
export async function openWorkstation(): Promise<void> {
  useDesk.setState({ phase: 'opening', error: null });
  try {
    const db = await openDeskDatabase();
    // At the desk the window stays readable under a blocking 请重新加载 prompt; earlier there is nothing to keep.
    db.onBlockedByNewerWindow(() =>
      useDesk.getState().phase === 'ready' ? blockForNewerWindow() : useDesk.setState({ phase: 'failed', error: t('app.newerWindow') }),
    );
    const repositories = createRepositories(db);
    await applyStoredPreferences(repositories);
    const profile = await currentProfile(repositories, await repositories.profiles.list());
    useDesk.setState({ repositories, profile, phase: profile ? 'ready' : 'firstRun' });
    startReliabilityWatch(repositories);
  } catch (error) {
    useDesk.setState({ phase: 'failed', error: errorText(error) });
  }
}

/** First run finished: the new person works from now on, and is remembered as the current one. */
export async function enterDesk(profile: Profile): Promise<void> {
  const { repositories } = useDesk.getState();
  if (repositories) await repositories.settings.set(SETTING_CURRENT_PROFILE, profile.id, { actor: profile.id });
  useDesk.setState({ profile, phase: 'ready' });
}
