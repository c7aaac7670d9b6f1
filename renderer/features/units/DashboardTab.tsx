import { useEffect, useMemo, useState } from 'react';
import type { PeriodKind } from '../../../shared/network/periods';
import type { ReporterScore, UnitScore } from '../../../shared/network/scoring';
import type { Period } from '../../../shared/network/types';
import { useDesk } from '../../workspace/desk';
import { useStoreChanged } from '../../workspace/store-changes';
import { UnitTrendChart } from '../../charts/units-trend';
import { Table, type TableColumn } from '../../ui/Table';
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

const selectUnit = (unitId: string) => useUnits.setState({ selectedUnitId: unitId });

/** A count that should be zero is flagged when it is not. */
const warnWhenAny = (count: number) => ({ className: count > 0 ? 'numeric cell-warn' : 'numeric' });

const RANKING_COLUMNS: readonly TableColumn<UnitScore>[] = [
  { heading: { numeric: 'units.col.rank' }, cell: (unit) => unit.rank },
  {
    heading: 'units.col.unit',
    cell: (unit) => (
      <button type="button" className="link-button" onClick={() => selectUnit(unit.unitId)}>
        {unit.name}
      </button>
    ),
  },
  { heading: { numeric: 'units.col.reported' }, cell: (unit) => formatNumber(unit.reported) },
  { heading: { numeric: 'units.col.adopted' }, cell: (unit) => formatNumber(unit.adopted) },
  { heading: { numeric: 'units.col.adoptionRate' }, cell: (unit) => formatShare(unit.adoptionRate) },
  { heading: { numeric: 'units.col.late' }, cell: (unit) => formatNumber(unit.late) },
  { heading: { numeric: 'units.col.missing' }, cell: (unit) => formatNumber(unit.missing), cellProps: (unit) => warnWhenAny(unit.missing) },
  {
    heading: { numeric: 'units.col.silent' },
    cell: (unit) => formatNumber(unit.silentStreak),
    cellProps: (unit) => warnWhenAny(unit.silentStreak),
  },
  { heading: { numeric: 'units.col.notOpinionShare' }, cell: (unit) => formatShare(unit.notOpinionShare) },
  { heading: { numeric: 'units.col.points' }, cell: (unit) => <strong>{formatNumber(unit.points)}</strong> },
];

function RankingTable({ units, selectedId }: { units: readonly UnitScore[]; selectedId: string | null }) {
  const t = useT();
  return (
    <Table
      rows={units}
      columns={RANKING_COLUMNS}
      rowKey={(unit) => unit.unitId}
      testId="ranking-table"
      caption={
        <caption className="hint" style={{ captionSide: 'bottom', textAlign: 'left' }}>
          {t('units.ranking.caption')}
        </caption>
      }
      rowData={(unit) => ({ 'data-unit': unit.name })}
      rowProps={(unit) => ({
        className: unit.unitId === selectedId ? 'selected clickable' : 'clickable',
        'aria-selected': unit.unitId === selectedId,
        onClick: () => selectUnit(unit.unitId),
      })}
    />
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
  const reporterColumns: readonly TableColumn<ReporterScore>[] = [
    { heading: 'units.col.reporter', cell: (reporter) => reporter.name },
    { heading: 'units.col.role', cell: (reporter) => roleById.get(reporter.reporterId) ?? '' },
    { heading: { numeric: 'units.col.reported' }, cell: (reporter) => formatNumber(reporter.reported) },
    { heading: { numeric: 'units.col.adopted' }, cell: (reporter) => formatNumber(reporter.adopted) },
    { heading: { numeric: 'units.col.late' }, cell: (reporter) => formatNumber(reporter.late) },
    { heading: { numeric: 'units.col.points' }, cell: (reporter) => formatNumber(reporter.points) },
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
        <Table
          rows={own}
          columns={reporterColumns}
          rowKey={(reporter) => reporter.reporterId}
          empty={t('units.reporters.none')}
          testId="unit-reporters"
        />
        <p className="hint">{t('units.reporters.explain')}</p>
      </div>
    </div>
  );
}
