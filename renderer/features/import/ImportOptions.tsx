// The import's settings (feed, kind, zone, encoding, sheet): on the first step, and compact beside the mapping.
import { FEEDS, ITEM_KINDS, type Feed, type ItemKind } from '../../../shared/domain/types';
import type { TextEncodingName } from '../../../shared/import';
import { TIME_ZONES, timeZoneName } from '../../workspace/time-zones';
import type { Repositories } from '../../db';
import { useT, type PlainMessageKey } from '../../i18n';
import { OptionList, SelectField, type SelectOption } from '../../ui/SelectField';
import { TextField, type ValueProps } from '../../ui/TextField';
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
  const feedAndKind: SettingSelect[] = [
    {
      id: 'import-feed',
      label: t('import.feed'),
      hint: hint('import.feedHint'),
      value: settings.feed,
      onValue: (feed) => change({ feed: feed as Feed }),
      options: FEEDS.map((feed) => ({ value: feed, label: t(`import.feed.${feed}`) })),
    },
    {
      id: 'import-kind',
      label: t('import.kind'),
      hint: hint('import.kindHint'),
      value: settings.kind,
      onValue: (kind) => change({ kind: kind as ItemKind }),
      options: ITEM_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) })),
    },
  ];
  const zoneAndSource: SettingSelect[] = [
    {
      id: 'import-tz',
      label: t('import.timeZone'),
      value: settings.tz,
      onValue: (tz) => change({ tz }),
      options: TIME_ZONES.map((zone) => ({ value: zone, label: timeZoneName(t, zone) })),
    },
    {
      id: 'import-encoding',
      label: t('import.encoding'),
      hint: hint('import.encodingHint'),
      value: settings.encoding ?? '',
      onValue: (encoding) => change({ encoding: encoding === '' ? null : (encoding as TextEncodingName) }),
      none: t('import.encodingAuto'),
      options: ENCODINGS.map((encoding) => ({ value: encoding, label: t(`import.encoding.${encoding}`) })),
    },
  ];
  if (sheetNames.length > 1) {
    zoneAndSource.push({
      id: 'import-sheet',
      label: t('import.sheet'),
      value: settings.sheet ?? '',
      onValue: (sheet) => change({ sheet: sheet === '' ? null : sheet }),
      none: t('import.sheetAll'),
      options: sheetNames.map((name) => ({ value: name, label: name })),
    });
  }
  return (
    <fieldset className={compact ? 'import-options compact' : 'import-options'}>
      <legend className="visually-hidden">{t('import.options')}</legend>
      {feedAndKind.map(settingSelect)}
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
      {zoneAndSource.map(settingSelect)}
    </fieldset>
  );
}

/** One of the settings' drop-downs, as data: its field and its options. */
interface SettingSelect extends Omit<ValueProps, 'children' | 'fieldClass'> {
  options: readonly SelectOption[];
  /** the option for the empty value (let the import decide) */
  none?: string;
}

function settingSelect({ options, none, ...field }: SettingSelect) {
  return (
    <SelectField key={field.id} {...field}>
      <OptionList options={options} none={none} />
    </SelectField>
  );
}
