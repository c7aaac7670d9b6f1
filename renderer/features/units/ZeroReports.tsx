import { useEffect, useMemo, useState } from 'react';
import { newId } from '../../../shared/ids';
import { addDays, isLocalDate } from '../../../shared/time';
import type { ZeroReport } from '../../../shared/network/types';
import { useDesk, writeContext } from '../../workspace/desk';
import { useStoreChanged } from '../../workspace/store-changes';
import { StatusMessage, type StatusNote } from '../../ui/Feedback';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { errorText, useLocaleStore, useT } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { todayIn } from './assessment';
import { notedWrite } from './noted-write';
import { UnitOptions } from './RegistryForm';
import { formatLocalDate } from './text';
import { useUnits } from './units-store';

const ZERO_REPORT_DAYS_SHOWN = 14;

/** 零报告: a unit says it had nothing to report that day, which is a report, not a silence. */
export function ZeroReports() {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const timeZone = useLocaleStore((state) => state.timeZone);
  const repositories = useDesk((state) => state.repositories);
  const storeVersion = useStoreChanged(['zeroReports']);
  const units = useUnits((state) => state.units);
  const expected = units.filter((unit) => unit.active && unit.cadence !== 'onEvents');
  const [today] = useState(() => todayIn(timeZone, Date.now()));
  const [unitId, setUnitId] = useState('');
  const [date, setDate] = useState(today);
  const [recent, setRecent] = useState<ZeroReport[]>([]);
  const [message, setMessage] = useState<StatusNote | null>(null);
  const unitName = useMemo(() => new Map(units.map((unit) => [unit.id, unit.name])), [units]);
  const chosenUnit = unitId !== '' && expected.some((unit) => unit.id === unitId) ? unitId : (expected[0]?.id ?? '');

  useEffect(() => {
    if (!repositories) return;
    void repositories.network
      .zeroReportsBetween(addDays(today, -ZERO_REPORT_DAYS_SHOWN), today)
      .then((rows) => setRecent(rows.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))));
  }, [repositories, today, storeVersion]);

  if (!repositories || expected.length === 0) return null;

  const add = () =>
    notedWrite(setMessage, async () => {
      const zero: ZeroReport = { id: newId(), unitId: chosenUnit, reporterId: null, date, reportedAt: new Date().toISOString() };
      const stored = await repositories.network.addZeroReport(zero, writeContext());
      const named = { name: unitName.get(chosenUnit) ?? '', date: formatLocalDate(date, locale) };
      return stored.id === zero.id ? t('units.zero.added', named) : t('units.zero.already', named);
    });

  return (
    <section className="units-panel" aria-labelledby="zero-title" data-testid="zero-reports">
      <h3 id="zero-title">{t('units.zero.title')}</h3>
      <p className="hint">{t('units.zero.explain')}</p>
      <div className="units-toolbar">
        <SelectField id="zero-unit" label={t('units.col.unit')} value={chosenUnit} onValue={setUnitId}>
          <UnitOptions units={expected} />
        </SelectField>
        <TextField id="zero-date" label={t('units.zero.date')} type="date" value={date} max={today} onValue={setDate} />
        <button type="button" className="button" disabled={!isLocalDate(date) || date > today} onClick={() => void add()}>
          {t('units.zero.add')}
        </button>
        <StatusMessage note={message} />
      </div>
      {recent.length === 0 ? (
        <p className="muted">{t('units.zero.none', { days: ZERO_REPORT_DAYS_SHOWN })}</p>
      ) : (
        <table className="data-table" data-testid="zero-table">
          <thead>
            <tr>
              <th>{t('units.zero.date')}</th>
              <th>{t('units.col.unit')}</th>
              <th>{t('units.zero.sentAt')}</th>
              <th>{t('units.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {recent.map((zero) => (
              <tr key={zero.id}>
                <td>{formatLocalDate(zero.date, locale)}</td>
                <td>{unitName.get(zero.unitId) ?? t('units.registry.unknownUnit')}</td>
                <td>{formatDateTime(zero.reportedAt)}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      void repositories.network
                        .removeZeroReport(zero.id, writeContext())
                        .catch((error: unknown) => setMessage({ ok: false, text: errorText(error) }))
                    }
                  >
                    {t('units.zero.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
