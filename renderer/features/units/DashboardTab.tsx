import { useEffect, useMemo, useState } from 'react';
import type { PeriodKind } from '../../../shared/network/periods';
import type { ReporterScore, UnitScore } from '../../../shared/network/scoring';
import type { Period } from '../../../shared/network/types';
import { useDesk } from '../../workspace/desk';
import { useStoreChanged } from '../../workspace/store-changes';
import { UnitTrendChart } from '../../charts/units-trend';
import { useLocaleStore, useT, type Locale } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { PERIOD_CHOICES, todayIn, type Dashboard, type PeriodChoice } from './assessment';
import { ExportRankings } from './ExportRankings';
import { SchemePanel } from './SchemePanel';
import { formatLocalDate, formatShare } from './text';
import { refreshDashboard, useUnits } from './units-store';

const CHOICE_LABELS = {
  week: 'units.period.week',
  month: 'units.period.month',
  quarter: 'units.period.quarter',
  year: 'units.period.year',
  custom: 'units.period.custom',
} as const;

function trendLabel(period: Period, kind: PeriodKind, locale: Locale): string {
  if (kind === 'month') return period.from.slice(0, 7);
  return formatLocalDate(period.from, locale).replace(/^\d{4}年/, '');
}

export function DashboardTab() {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const timeZone = useLocaleStore((state) => state.timeZone);
  const repositories = useDesk((state) => state.repositories);
  const storeVersion = useStoreChanged(['items', 'units', 'reporters', 'zeroReports', 'settings']);
  const { choice, custom, dashboard, loadingDashboard, selectedUnitId, units, registryLoaded } = useUnits();
  const [from, setFrom] = useState(() => custom?.from ?? todayIn(timeZone, Date.now()));
  const [to, setTo] = useState(() => custom?.to ?? todayIn(timeZone, Date.now()));

  useEffect(() => {
    if (repositories) void refreshDashboard(repositories, timeZone);
  }, [repositories, timeZone, storeVersion, choice, custom]);

  const selected = dashboard?.scores.units.find((unit) => unit.unitId === selectedUnitId) ?? dashboard?.scores.units[0] ?? null;

  if (registryLoaded && units.length === 0) {
    return (
      <div className="empty-state" data-testid="units-dashboard-empty">
        <h2>{t('units.dashboard.emptyTitle')}</h2>
        <p>{t('units.dashboard.emptyHow')}</p>
        <button type="button" className="button" onClick={() => useUnits.setState({ tab: 'registry' })}>
          {t('units.dashboard.goRegistry')}
        </button>
      </div>
    );
  }

  return (
    <div data-testid="units-dashboard">
      <div className="units-toolbar">
        <div className="field">
          <label htmlFor="units-period">{t('units.period.label')}</label>
          <select id="units-period" value={choice} onChange={(event) => useUnits.setState({ choice: event.target.value as PeriodChoice })}>
            {PERIOD_CHOICES.map((option) => (
              <option key={option} value={option}>
                {t(CHOICE_LABELS[option])}
              </option>
            ))}
          </select>
        </div>
        {choice === 'custom' ? (
          <>
            <div className="field">
              <label htmlFor="units-from">{t('units.period.from')}</label>
              <input id="units-from" type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="units-to">{t('units.period.to')}</label>
              <input id="units-to" type="date" value={to} onChange={(event) => setTo(event.target.value)} />
            </div>
            <button
              type="button"
              className="button secondary"
              disabled={from === '' || to === ''}
              onClick={() => useUnits.setState({ custom: { from, to } })}
            >
              {t('units.period.apply')}
            </button>
          </>
        ) : null}
        <span className="spacer" />
        {dashboard ? <ExportRankings date={dashboard.period.to} /> : null}
      </div>
      {dashboard ? (
        <p className="muted" data-testid="units-period-line">
          {t('units.period.line', {
            from: formatLocalDate(dashboard.period.from, locale),
            to: formatLocalDate(dashboard.period.to, locale),
            now: formatDateTime(dashboard.now),
          })}
          {loadingDashboard ? ` ${t('units.loading')}` : ''}
        </p>
      ) : (
        <p className="muted">{t('units.loading')}</p>
      )}
      {dashboard ? (
        <>
          <RankingTable units={dashboard.scores.units} selectedId={selected?.unitId ?? null} />
          {dashboard.scores.unreadable.length > 0 ? (
            <p className="hint">{t('units.unreadable', { count: dashboard.scores.unreadable.length })}</p>
          ) : null}
          {selected ? <UnitDetail dashboard={dashboard} unit={selected} /> : null}
        </>
      ) : null}
      <SchemePanel />
    </div>
  );
}

function RankingTable({ units, selectedId }: { units: readonly UnitScore[]; selectedId: string | null }) {
  const t = useT();
  return (
    <table className="data-table" data-testid="ranking-table">
      <caption className="hint" style={{ captionSide: 'bottom', textAlign: 'left' }}>
        {t('units.ranking.caption')}
      </caption>
      <thead>
        <tr>
          <th className="numeric">{t('units.col.rank')}</th>
          <th>{t('units.col.unit')}</th>
          <th className="numeric">{t('units.col.reported')}</th>
          <th className="numeric">{t('units.col.adopted')}</th>
          <th className="numeric">{t('units.col.adoptionRate')}</th>
          <th className="numeric">{t('units.col.late')}</th>
          <th className="numeric">{t('units.col.missing')}</th>
          <th className="numeric">{t('units.col.silent')}</th>
          <th className="numeric">{t('units.col.notOpinionShare')}</th>
          <th className="numeric">{t('units.col.points')}</th>
        </tr>
      </thead>
      <tbody>
        {units.map((unit) => (
          <tr
            key={unit.unitId}
            className={unit.unitId === selectedId ? 'selected clickable' : 'clickable'}
            aria-selected={unit.unitId === selectedId}
            onClick={() => useUnits.setState({ selectedUnitId: unit.unitId })}
            data-unit={unit.name}
          >
            <td className="numeric">{unit.rank}</td>
            <td>
              <button type="button" className="link-button" onClick={() => useUnits.setState({ selectedUnitId: unit.unitId })}>
                {unit.name}
              </button>
            </td>
            <td className="numeric">{formatNumber(unit.reported)}</td>
            <td className="numeric">{formatNumber(unit.adopted)}</td>
            <td className="numeric">{formatShare(unit.adoptionRate)}</td>
            <td className="numeric">{formatNumber(unit.late)}</td>
            <td className={unit.missing > 0 ? 'numeric cell-warn' : 'numeric'}>{formatNumber(unit.missing)}</td>
            <td className={unit.silentStreak > 0 ? 'numeric cell-warn' : 'numeric'}>{formatNumber(unit.silentStreak)}</td>
            <td className="numeric">{formatShare(unit.notOpinionShare)}</td>
            <td className="numeric">
              <strong>{formatNumber(unit.points)}</strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function UnitDetail({ dashboard, unit }: { dashboard: Dashboard; unit: UnitScore }) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const reporters = useUnits((state) => state.reporters);
  const roleById = useMemo(() => new Map(reporters.map((reporter) => [reporter.id, reporter.role])), [reporters]);
  const own: ReporterScore[] = dashboard.scores.reporters.filter((reporter) => reporter.unitId === unit.unitId);
  const labels = dashboard.trend.map((point) => trendLabel(point.period, dashboard.trendKind, locale));
  const lineOf = (pick: (score: UnitScore) => number) =>
    dashboard.trend.map((point) => {
      const score = point.units.find((candidate) => candidate.unitId === unit.unitId);
      return score ? pick(score) : 0;
    });
  const series = [
    { name: t('units.col.points'), values: lineOf((score) => score.points) },
    { name: t('units.col.reported'), values: lineOf((score) => score.reported) },
    { name: t('units.col.adopted'), values: lineOf((score) => score.adopted) },
  ];
  return (
    <div className="units-two" data-testid="unit-detail">
      <div className="units-panel">
        <h3>{t('units.trend.title', { name: unit.name })}</h3>
        <p className="hint">{t(dashboard.trendKind === 'month' ? 'units.trend.byMonth' : 'units.trend.byWeek')}</p>
        <UnitTrendChart labels={labels} series={series} label={t('units.trend.label', { name: unit.name })} testId="unit-trend" />
      </div>
      <div className="units-panel">
        <h3>{t('units.reporters.title', { name: unit.name })}</h3>
        {own.length === 0 ? (
          <p className="muted">{t('units.reporters.none')}</p>
        ) : (
          <table className="data-table" data-testid="unit-reporters">
            <thead>
              <tr>
                <th>{t('units.col.reporter')}</th>
                <th>{t('units.col.role')}</th>
                <th className="numeric">{t('units.col.reported')}</th>
                <th className="numeric">{t('units.col.adopted')}</th>
                <th className="numeric">{t('units.col.late')}</th>
                <th className="numeric">{t('units.col.points')}</th>
              </tr>
            </thead>
            <tbody>
              {own.map((reporter) => (
                <tr key={reporter.reporterId}>
                  <td>{reporter.name}</td>
                  <td>{roleById.get(reporter.reporterId) ?? ''}</td>
                  <td className="numeric">{formatNumber(reporter.reported)}</td>
                  <td className="numeric">{formatNumber(reporter.adopted)}</td>
                  <td className="numeric">{formatNumber(reporter.late)}</td>
                  <td className="numeric">{formatNumber(reporter.points)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="hint">{t('units.reporters.explain')}</p>
      </div>
    </div>
  );
}
