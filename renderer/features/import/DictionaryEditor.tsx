import { useEffect, useState } from 'react';
import { writeContext, useDesk } from '../../workspace/desk';
import { useT, type PlainMessageKey } from '../../i18n';
import {
  DICTIONARY_SECTIONS,
  SETTING_IMPORT_DICTIONARIES,
  defaultDictionaries,
  dictionaryText,
  parseDictionaryText,
  storedDictionaries,
  type DictionarySection,
  type EditableDictionaries,
} from './dictionaries';

const SECTION_LABELS: Record<DictionarySection, PlainMessageKey> = {
  platforms: 'import.dict.platforms',
  sentiments: 'import.dict.sentiments',
  regions: 'import.dict.regions',
};

function textsOf(dictionaries: EditableDictionaries): Record<DictionarySection, string> {
  return {
    platforms: dictionaryText('platforms', dictionaries.platforms),
    sentiments: dictionaryText('sentiments', dictionaries.sentiments),
    regions: dictionaryText('regions', dictionaries.regions),
  };
}

/** 值字典: how platform, sentiment and region spellings of partner sheets are folded at import. */
export function DictionaryEditor() {
  const t = useT();
  const repositories = useDesk((state) => state.repositories);
  const [texts, setTexts] = useState<Record<DictionarySection, string> | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    if (repositories) {
      void repositories.settings
        .get<unknown>(SETTING_IMPORT_DICTIONARIES, null)
        .then((value) => setTexts(textsOf(storedDictionaries(value))));
    }
  }, [repositories]);

  if (!repositories || !texts) return null;

  const save = async () => {
    const parsed: Partial<EditableDictionaries> = {};
    for (const section of DICTIONARY_SECTIONS) {
      const result = parseDictionaryText(section, texts[section]);
      if (!result.ok) {
        setMessage({
          ok: false,
          text:
            result.problem === 'sentiment'
              ? t('import.dict.badSentiment', { line: result.line })
              : t('import.dict.badLine', { section: t(SECTION_LABELS[section]), line: result.line }),
        });
        return;
      }
      parsed[section] = result.dictionary as never;
    }
    await repositories.settings.set(SETTING_IMPORT_DICTIONARIES, parsed, writeContext());
    setMessage({ ok: true, text: t('import.dict.saved') });
  };

  return (
    <>
      <p className="muted">{t('import.dict.intro')}</p>
      <div className="dictionary-editor">
        {DICTIONARY_SECTIONS.map((section) => (
          <div className="field" key={section}>
            <label htmlFor={`dictionary-${section}`}>{t(SECTION_LABELS[section])}</label>
            <textarea
              id={`dictionary-${section}`}
              value={texts[section]}
              spellCheck={false}
              onChange={(event) => setTexts({ ...texts, [section]: event.target.value })}
            />
          </div>
        ))}
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void save()}>
          {t('import.dict.save')}
        </button>
        <button type="button" className="button secondary" onClick={() => setTexts(textsOf(defaultDictionaries()))}>
          {t('import.dict.reset')}
        </button>
        {message ? (
          <span className={message.ok ? 'ok-text' : 'error-text'} role="status">
            {message.text}
          </span>
        ) : null}
      </div>
    </>
  );
}
