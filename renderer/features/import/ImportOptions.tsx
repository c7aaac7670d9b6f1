// The import's settings (feed, kind, zone, encoding, sheet): on the first step, and compact beside the mapping.
import { FEEDS, ITEM_KINDS } from '../../../shared/domain/types';
import type { TextEncodingName } from '../../../shared/import';
import { TIME_ZONES, timeZoneName } from '../../workspace/time-zones';
import type { Repositories } from '../../db';
import { useT } from '../../i18n';
import { changeSettings, useImport } from './import-store';

const ENCODINGS: readonly TextEncodingName[] = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'];

/** `compact` in the mapping step: one row without hints, so the preview stays in view. */
export function ImportOptions({ repositories, compact = false }: { repositories: Repositories; compact?: boolean }) {
  const t = useT();
  const { settings, files } = useImport();
  const sheetNames = [
    ...new Set(
      files.flatMap((file) => file.session.summary.sheets.map((sheet) => sheet.name).filter((name): name is string => name !== null)),
    ),
  ];
  const change = (changes: Parameters<typeof changeSettings>[1]) => changeSettings(repositories, changes);
  return (
    <fieldset className={compact ? 'import-options compact' : 'import-options'}>
      <legend className="visually-hidden">{t('import.options')}</legend>
      <div className="field">
        <label htmlFor="import-feed">{t('import.feed')}</label>
        <select id="import-feed" value={settings.feed} onChange={(event) => change({ feed: event.target.value as (typeof FEEDS)[number] })}>
          {FEEDS.map((feed) => (
            <option key={feed} value={feed}>
              {t(`import.feed.${feed}`)}
            </option>
          ))}
        </select>
        {compact ? null : <p className="hint">{t('import.feedHint')}</p>}
      </div>
      <div className="field">
        <label htmlFor="import-kind">{t('import.kind')}</label>
        <select
          id="import-kind"
          value={settings.kind}
          onChange={(event) => change({ kind: event.target.value as (typeof ITEM_KINDS)[number] })}
        >
          {ITEM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
        {compact ? null : <p className="hint">{t('import.kindHint')}</p>}
      </div>
      <div className="field">
        <label htmlFor="import-year">{t('import.year')}</label>
        <input
          id="import-year"
          type="number"
          min={1990}
          max={2100}
          placeholder={t('import.yearAuto')}
          value={settings.year ?? ''}
          onChange={(event) => {
            const year = Number(event.target.value);
            change({ year: event.target.value === '' || !Number.isInteger(year) ? null : year });
          }}
        />
        {compact ? null : <p className="hint">{t('import.yearHint')}</p>}
      </div>
      <div className="field">
        <label htmlFor="import-tz">{t('import.timeZone')}</label>
        <select id="import-tz" value={settings.tz} onChange={(event) => change({ tz: event.target.value })}>
          {TIME_ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {timeZoneName(t, zone)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="import-encoding">{t('import.encoding')}</label>
        <select
          id="import-encoding"
          value={settings.encoding ?? ''}
          onChange={(event) => change({ encoding: event.target.value === '' ? null : (event.target.value as TextEncodingName) })}
        >
          <option value="">{t('import.encodingAuto')}</option>
          {ENCODINGS.map((encoding) => (
            <option key={encoding} value={encoding}>
              {t(`import.encoding.${encoding}`)}
            </option>
          ))}
        </select>
        {compact ? null : <p className="hint">{t('import.encodingHint')}</p>}
      </div>
      {sheetNames.length > 1 ? (
        <div className="field">
          <label htmlFor="import-sheet">{t('import.sheet')}</label>
          <select
            id="import-sheet"
            value={settings.sheet ?? ''}
            onChange={(event) => change({ sheet: event.target.value === '' ? null : event.target.value })}
          >
            <option value="">{t('import.sheetAll')}</option>
            {sheetNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </fieldset>
  );
}
