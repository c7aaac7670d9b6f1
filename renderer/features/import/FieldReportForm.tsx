import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Feed, ItemKind, Reporter, Unit } from '../../../shared/domain/types';
import { ITEM_KINDS } from '../../../shared/domain/types';
import { useDesk, writeContext } from '../../workspace/desk';
import { errorText, useLocaleStore, useT } from '../../i18n';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField, TextField } from '../../ui/TextField';
import { itemHeadline } from './import-report';
import { FIELD_FEEDS, fieldReportItem, type FieldReportInput } from './field-report';

const EMPTY: Omit<FieldReportInput, 'unitName'> = {
  title: '',
  content: '',
  region: '',
  when: '',
  unitId: '',
  reporterId: '',
  feed: 'grid',
  kind: 'social',
};

/**
 * Several reports in a row without the mouse: Ctrl+Enter saves from any field, keeps the unit, reporter,
 * feed and kind (the same caller usually reports several things) and puts the cursor back in the first field.
 */
export function FieldReportForm() {
  const t = useT();
  const repositories = useDesk((state) => state.repositories);
  const timeZone = useLocaleStore((state) => state.timeZone);
  const [units, setUnits] = useState<Unit[]>([]);
  const [reporters, setReporters] = useState<Reporter[]>([]);
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ count: number; title: string } | null>(null);
  const firstField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!repositories) return;
    void Promise.all([repositories.units.list(), repositories.reporters.list()]).then(([unitRows, reporterRows]) => {
      setUnits(unitRows.filter((unit) => unit.active));
      setReporters(reporterRows.filter((reporter) => reporter.active));
    });
  }, [repositories]);

  useEffect(() => firstField.current?.focus(), []);

  if (!repositories) return null;
  const unitReporters = form.unitId ? reporters.filter((reporter) => reporter.unitId === form.unitId) : reporters;
  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) => setForm((current) => ({ ...current, [key]: value }));

  const save = async () => {
    if (form.content.trim() === '') {
      setError(t('import.field.contentRequired'));
      return;
    }
    setError(null);
    const unitName = units.find((unit) => unit.id === form.unitId)?.name ?? '';
    const item = fieldReportItem({ ...form, unitName }, new Date(), timeZone);
    try {
      await repositories.items.bulkAdd([item], writeContext());
    } catch (failure) {
      setError(errorText(failure));
      return;
    }
    setSaved((previous) => ({ count: (previous?.count ?? 0) + 1, title: itemHeadline(item, t('import.report.untitled')) }));
    setForm((current) => ({ ...EMPTY, unitId: current.unitId, reporterId: current.reporterId, feed: current.feed, kind: current.kind }));
    firstField.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <>
      <p className="muted">{t('import.field.intro')}</p>
      <form
        className="field-report"
        aria-label={t('import.field.title')}
        onKeyDown={onKeyDown}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField
          id="field-title"
          fieldClass="wide"
          ref={firstField}
          label={t('import.field.heading')}
          value={form.title}
          onValue={(value) => set('title', value)}
        />
        <TextAreaField
          id="field-content"
          fieldClass="wide"
          label={t('import.field.content')}
          required
          aria-invalid={error !== null && form.content.trim() === ''}
          value={form.content}
          onValue={(value) => set('content', value)}
        />
        <TextField id="field-region" label={t('import.field.region')} value={form.region} onValue={(value) => set('region', value)} />
        <TextField
          id="field-when"
          label={t('import.field.when')}
          type="datetime-local"
          value={form.when}
          onValue={(value) => set('when', value)}
        />
        <SelectField
          id="field-unit"
          label={t('import.field.unit')}
          value={form.unitId}
          onValue={(unitId) => setForm((current) => ({ ...current, unitId, reporterId: '' }))}
          hint={units.length === 0 ? t('import.field.noUnits') : null}
        >
          <NamedOptions none={t('import.field.none')} rows={units} />
        </SelectField>
        <SelectField
          id="field-reporter"
          label={t('import.field.reporter')}
          value={form.reporterId}
          onValue={(value) => set('reporterId', value)}
        >
          <NamedOptions none={t('import.field.none')} rows={unitReporters} />
        </SelectField>
        <SelectField id="field-feed" label={t('import.field.feed')} value={form.feed} onValue={(value) => set('feed', value as Feed)}>
          {FIELD_FEEDS.map((feed) => (
            <option key={feed} value={feed}>
              {t(`import.feed.${feed}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="field-kind" label={t('import.field.kind')} value={form.kind} onValue={(value) => set('kind', value as ItemKind)}>
          {ITEM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </SelectField>
        <div className="button-row wide">
          <button type="submit" className="button">
            {t('import.field.save')}
          </button>
          {error ? (
            <span className="error-text" role="alert">
              {error}
            </span>
          ) : saved ? (
            <span className="ok-text" role="status" data-testid="field-report-saved">
              {t('import.field.saved', { count: saved.count, title: saved.title })}
            </span>
          ) : null}
        </div>
      </form>
    </>
  );
}

/** "none" first, then each unit or reporter by name. */
function NamedOptions({ none, rows }: { none: string; rows: ReadonlyArray<{ id: string; name: string }> }) {
  return (
    <>
      <option value="">{none}</option>
      {rows.map((row) => (
        <option key={row.id} value={row.id}>
          {row.name}
        </option>
      ))}
    </>
  );
}
