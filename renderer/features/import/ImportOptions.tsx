// The import's settings (feed, kind, zone, encoding, sheet): on the first step, and compact beside the mapping.
import { FEEDS, ITEM_KINDS } from '../../../shared/domain/types';
import type { TextEncodingName } from '../../../shared/import';
import { TIME_ZONES, timeZoneName } from '../../workspace/time-zones';
import type { Repositories } from '../../db';
import { useT, type PlainMessageKey } from '../../i18n';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
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
  const hint = (key: PlainMessageKey) => (compact ? null : t(key));
  return (
    <fieldset className={compact ? 'import-options compact' : 'import-options'}>
      <legend className="visually-hidden">{t('import.options')}</legend>
      <SelectField
        id="import-feed"
        label={t('import.feed')}
        value={settings.feed}
        onValue={(feed) => change({ feed: feed as (typeof FEEDS)[number] })}
        hint={hint('import.feedHint')}
      >
        {FEEDS.map((feed) => (
          <option key={feed} value={feed}>
            {t(`import.feed.${feed}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="import-kind"
        label={t('import.kind')}
        value={settings.kind}
        onValue={(kind) => change({ kind: kind as (typeof ITEM_KINDS)[number] })}
        hint={hint('import.kindHint')}
      >
        {ITEM_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="import-year"
        label={t('import.year')}
        type="number"
        min={1990}
        max={2100}
        placeholder={t('import.yearAuto')}
        value={settings.year === null ? '' : String(settings.year)}
        onValue={(value) => {
          const year = Number(value);
          change({ year: value === '' || !Number.isInteger(year) ? null : year });
        }}
        hint={hint('import.yearHint')}
      />
      <SelectField id="import-tz" label={t('import.timeZone')} value={settings.tz} onValue={(tz) => change({ tz })}>
        {TIME_ZONES.map((zone) => (
          <option key={zone} value={zone}>
            {timeZoneName(t, zone)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="import-encoding"
        label={t('import.encoding')}
        value={settings.encoding ?? ''}
        onValue={(encoding) => change({ encoding: encoding === '' ? null : (encoding as TextEncodingName) })}
        hint={hint('import.encodingHint')}
      >
        <option value="">{t('import.encodingAuto')}</option>
        {ENCODINGS.map((encoding) => (
          <option key={encoding} value={encoding}>
            {t(`import.encoding.${encoding}`)}
          </option>
        ))}
      </SelectField>
      {sheetNames.length > 1 ? (
        <SelectField
          id="import-sheet"
          label={t('import.sheet')}
          value={settings.sheet ?? ''}
          onValue={(sheet) => change({ sheet: sheet === '' ? null : sheet })}
        >
          <option value="">{t('import.sheetAll')}</option>
          {sheetNames.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </SelectField>
      ) : null}
    </fieldset>
  );
}
