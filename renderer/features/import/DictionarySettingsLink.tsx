import { useT } from '../../i18n';

/** The 设置 page's pointer to the value dictionaries, which live beside the import that uses them. */
export function DictionarySettingsLink() {
  const t = useT();
  return (
    <>
      <h2 className="section-title">{t('import.dict.title')}</h2>
      <p className="hint">
        {t('import.dict.settingsLink')} <a href="#/import?tab=dictionaries">{t('import.dict.open')}</a>
      </p>
    </>
  );
}
