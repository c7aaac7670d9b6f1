import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Feed, ItemKind, Reporter, Unit } from '../../../shared/domain/types';
import { ITEM_KINDS } from '../../../shared/domain/types';
import { dataChanged, useDesk, writeContext } from '../../workspace/desk';
import { useLocaleStore, useT } from '../../i18n';
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
      setError(failure instanceof Error ? failure.message : String(failure));
      return;
    }
    dataChanged();
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
        <div className="field wide">
          <label htmlFor="field-title">{t('import.field.heading')}</label>
          <input id="field-title" ref={firstField} value={form.title} onChange={(event) => set('title', event.target.value)} />
        </div>
        <div className="field wide">
          <label htmlFor="field-content">{t('import.field.content')}</label>
          <textarea
            id="field-content"
            required
            aria-invalid={error !== null && form.content.trim() === ''}
            value={form.content}
            onChange={(event) => set('content', event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="field-region">{t('import.field.region')}</label>
          <input id="field-region" value={form.region} onChange={(event) => set('region', event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="field-when">{t('import.field.when')}</label>
          <input id="field-when" type="datetime-local" value={form.when} onChange={(event) => set('when', event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="field-unit">{t('import.field.unit')}</label>
          <select
            id="field-unit"
            value={form.unitId}
            onChange={(event) => setForm((current) => ({ ...current, unitId: event.target.value, reporterId: '' }))}
          >
            <option value="">{t('import.field.none')}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
          {units.length === 0 ? <p className="hint">{t('import.field.noUnits')}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="field-reporter">{t('import.field.reporter')}</label>
          <select id="field-reporter" value={form.reporterId} onChange={(event) => set('reporterId', event.target.value)}>
            <option value="">{t('import.field.none')}</option>
            {unitReporters.map((reporter) => (
              <option key={reporter.id} value={reporter.id}>
                {reporter.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="field-feed">{t('import.field.feed')}</label>
          <select id="field-feed" value={form.feed} onChange={(event) => set('feed', event.target.value as Feed)}>
            {FIELD_FEEDS.map((feed) => (
              <option key={feed} value={feed}>
                {t(`import.feed.${feed}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="field-kind">{t('import.field.kind')}</label>
          <select id="field-kind" value={form.kind} onChange={(event) => set('kind', event.target.value as ItemKind)}>
            {ITEM_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
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
