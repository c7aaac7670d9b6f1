import { useEffect, useState } from 'react';
import type { Profile } from '../../../shared/domain/types';
import { PageHeading } from '../../ui/PageHeading';
import { Table, type TableColumn } from '../../ui/Table';
import { useDesk } from '../../workspace/desk';
import { changeLocale, changeTimeZone } from '../../workspace/preferences';
import { TIME_ZONES, timeZoneName } from '../../workspace/time-zones';
import { errorText, isLocale, LOCALES, useLocaleStore, useT, type Locale } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { DictionarySettingsLink } from '../import';
import { AddPersonForm } from '../people';
import { platform } from '../../platform';
import { BackupSection } from '../backup';
import type { AppInfo } from '../../platform/platform';

/** Each language is named in itself, so whoever switched by mistake can find the way back. */
const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '中文（简体）', en: 'English' };

export function SettingsPage() {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const timeZone = useLocaleStore((state) => state.timeZone);
  const repositories = useDesk((state) => state.repositories);
  const current = useDesk((state) => state.profile);
  const [profiles, setProfiles] = useState<Profile[]>([]);
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    if (repositories) void repositories.profiles.list().then(setProfiles);
    void platform().appInfo().then(setAppInfo);
  }, [repositories]);

  const save = (work: Promise<void>) => {
    setSaveError(null);
    work.catch((error: unknown) => setSaveError(errorText(error)));
  };
  // A zone set elsewhere (or by a later version) stays selectable rather than silently shown as another.
  const zones: readonly string[] = (TIME_ZONES as readonly string[]).includes(timeZone) ? TIME_ZONES : [...TIME_ZONES, timeZone];

  const columns: readonly TableColumn<Profile>[] = [
    {
      heading: 'settings.profileName',
      cell: (profile) => (
        <>
          {profile.name}
          {profile.id === current?.id ? <span className="muted current-marker">{t('settings.current')}</span> : null}
        </>
      ),
    },
    { heading: 'settings.profileRole', cell: (profile) => t(`role.${profile.role}`) },
    { heading: 'settings.profilePin', cell: (profile) => (profile.pinHash ? t('settings.pinSet') : t('settings.pinNotSet')) },
    { heading: 'settings.profileCreatedAt', cell: (profile) => formatDateTime(profile.createdAt) },
  ];

  return (
    <section className="page" data-page="settings">
      <PageHeading>{t('settings.title')}</PageHeading>
      {saveError ? (
        <p className="error-text" role="alert">
          {saveError}
        </p>
      ) : null}
      <div className="settings-grid">
        <div className="field">
          <label htmlFor="settings-language">{t('settings.language')}</label>
          <select
            id="settings-language"
            value={locale}
            onChange={(event) => {
              if (isLocale(event.target.value)) save(changeLocale(event.target.value));
            }}
          >
            {LOCALES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGE_NAMES[code]}
              </option>
            ))}
          </select>
          <p className="hint">{t('settings.languageHint')}</p>
        </div>
        <div className="field">
          <label htmlFor="settings-time-zone">{t('settings.timeZone')}</label>
          <select id="settings-time-zone" value={timeZone} onChange={(event) => save(changeTimeZone(event.target.value))}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {timeZoneName(t, zone) === zone ? zone : t('settings.tzOption', { name: timeZoneName(t, zone), zone })}
              </option>
            ))}
          </select>
          <p className="hint">{t('settings.timeZoneHint')}</p>
        </div>
      </div>

      <h2 className="section-title">{t('settings.profiles')}</h2>
      <p className="hint">{t('settings.profilesHint')}</p>
      <Table rows={profiles} columns={columns} rowKey={(profile) => profile.id} testId="profiles-table" />
      <AddPersonForm existing={profiles} onAdded={(profile) => setProfiles((current) => [...current, profile])} />

      <DictionarySettingsLink />

      <BackupSection />

      <h2 className="section-title">{t('settings.appInfo')}</h2>
      {appInfo ? (
        <p className="muted">
          {t('app.name')} ·{' '}
          {t('settings.appVersion', {
            version: appInfo.version,
            host: platform().host === 'electron' ? t('settings.hostElectron') : t('settings.hostBrowser'),
          })}
        </p>
      ) : null}
    </section>
  );
}
