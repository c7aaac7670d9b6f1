import { useEffect, useMemo, useState, type ComponentType } from 'react';
import { PageHeading } from '../../ui/PageHeading';
import { useDesk } from '../../workspace/desk';
import { useStoreChanged } from '../../workspace/store-changes';
import { timeZoneName } from '../../workspace/time-zones';
import { EChart, type EChartEvents } from '../../charts/EChart';
import { statsChartOption } from './stats-options';
import type { Repositories } from '../../db';
import { useLocaleStore, useT } from '../../i18n';
import { formatDate, formatNumber } from '../../i18n/format';
import { LIST_FILTERABLE, openItemsFiltered } from './open-items';
import { startOfLocalDate } from '../../../shared/time';
import { PERIOD_PRESETS, type PeriodPreset } from './periods';
import { dayBounds, statsCharts, type StatsChart } from './stats-charts';
import { changePercent, type StatsComparison } from './stats-count';
import type { Translate } from './stats-labels';
import { choosePreset, refreshStats, useStats, type CustomRange } from './stats-store';
import './stats.css';

function openItemsFor(chart: StatsChart, index: number, comparison: StatsComparison, timeZone: string): void {
  const key = chart.keys[index];
  if (key === undefined) return;
  if (chart.id === 'trend') {
    void openItemsFiltered({ from: key, to: key, ...dayBounds(key, timeZone), dimension: null, value: null });
    return;
  }
  if (!LIST_FILTERABLE.has(chart.id)) return;
  const { period } = comparison;
  void openItemsFiltered({ from: period.from, to: period.to, fromMs: period.fromMs, toMs: period.toMs, dimension: chart.id, value: key });
}

function ChangeLine({ t, current, previous }: { t: Translate; current: number; previous: number }) {
  const percent = changePercent(current, previous);
  if (percent === null) return <span className="muted">{t('stats.changeNoBase')}</span>;
  if (percent === 0) return <span>{t('stats.changeSame')}</span>;
  return percent > 0 ? (
    <span className="stats-up">{t('stats.changeUp', { percent: formatNumber(percent) })}</span>
  ) : (
    <span className="stats-down">{t('stats.changeDown', { percent: formatNumber(-percent) })}</span>
  );
}

function ChartCard({ chart, comparison, t, timeZone }: { chart: StatsChart; comparison: StatsComparison; t: Translate; timeZone: string }) {
  const option = useMemo(() => statsChartOption(chart, { withTitle: false, animation: false }), [chart]);
  const events = useMemo<EChartEvents>(
    () => ({ click: (params) => openItemsFor(chart, params.dataIndex, comparison, timeZone) }),
    [chart, comparison, timeZone],
  );
  const empty = chart.current.every((count) => count === 0) && chart.previous.every((count) => count === 0);
  const wide = chart.id === 'trend' || chart.type === 'hbar';
  return (
    <section
      className={`stats-card${wide ? ' wide' : ''}`}
      data-testid={`stats-chart-${chart.id}`}
      aria-labelledby={`stats-${chart.id}-title`}
    >
      <h2 id={`stats-${chart.id}-title`} className="stats-card-title">
        {chart.title}
        {chart.shownOf !== null ? <span className="muted"> · {t('stats.topN', { n: chart.labels.length })}</span> : null}
      </h2>
      {empty ? (
        <p className="muted stats-card-empty">{t('stats.dimensionEmpty')}</p>
      ) : (
        <EChart
          option={option}
          height={chart.type === 'hbar' ? Math.max(220, chart.labels.length * 30 + 60) : 260}
          label={t('stats.chartLabel', { title: chart.title })}
          events={events}
        />
      )}
      {!empty && chart.id !== 'trend' && !LIST_FILTERABLE.has(chart.id) ? (
        <p className="muted stats-card-note">{t('stats.notClickable')}</p>
      ) : null}
      {!empty ? (
        <details className="stats-table">
          <summary>{t('stats.tableToggle')}</summary>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{chart.id === 'trend' ? t('statsDoc.date') : t('stats.table.value')}</th>
                <th scope="col">{chart.currentName}</th>
                <th scope="col">{chart.previousName}</th>
                <th scope="col">{t('stats.table.change')}</th>
              </tr>
            </thead>
            <tbody>
              {chart.labels.map((label, index) => {
                const current = chart.current[index] ?? 0;
                const previous = chart.previous[index] ?? 0;
                const percent = changePercent(current, previous);
                return (
                  <tr key={chart.keys[index] ?? index}>
                    <td>{chart.id === 'trend' ? (chart.keys[index] ?? label) : label}</td>
                    <td className="number">{formatNumber(current)}</td>
                    <td className="number">{formatNumber(previous)}</td>
                    <td className="number">{percent === null ? '—' : `${percent > 0 ? '+' : ''}${formatNumber(percent)}%`}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </details>
      ) : null}
    </section>
  );
}

function PeriodChooser({ t }: { t: Translate }) {
  const preset = useStats((state) => state.preset);
  const custom = useStats((state) => state.custom);
  const comparison = useStats((state) => state.comparison);
  const [draft, setDraft] = useState<CustomRange>(() => custom ?? { from: comparison?.period.from ?? '', to: comparison?.period.to ?? '' });
  return (
    <div className="stats-period" role="group" aria-label={t('stats.period.label')}>
      <span className="stats-period-label">{t('stats.period.label')}</span>
      {PERIOD_PRESETS.map((id: PeriodPreset) => (
        <button
          key={id}
          type="button"
          className={`button secondary stats-period-button${preset === id ? ' selected' : ''}`}
          aria-pressed={preset === id}
          onClick={() => {
            if (id === 'custom') {
              const range = draft.from && draft.to ? draft : { from: comparison?.period.from ?? '', to: comparison?.period.to ?? '' };
              setDraft(range);
              choosePreset('custom', range.from && range.to ? range : null);
            } else {
              choosePreset(id);
            }
          }}
        >
          {t(`stats.period.${id}`)}
        </button>
      ))}
      {preset === 'custom' ? (
        <form
          className="stats-custom"
          onSubmit={(event) => {
            event.preventDefault();
            if (draft.from && draft.to) choosePreset('custom', draft);
          }}
        >
          <label>
            {t('stats.custom.from')}
            <input type="date" value={draft.from} required onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
          </label>
          <label>
            {t('stats.custom.to')}
            <input type="date" value={draft.to} required onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
          </label>
          <button type="submit" className="button">
            {t('stats.custom.apply')}
          </button>
        </form>
      ) : null}
    </div>
  );
}

/** What the page hands its export panel: the shell fills the slot with the pack feature's panel. */
export interface StatsExportPanelProps {
  repositories: Repositories;
  comparison: StatsComparison;
  timeZone: string;
}

/**
 * The statistics page. Exports are the pack feature's, which itself builds on these statistics: the shell
 * passes its panel in, so the two features never import each other.
 */
export function StatsPage({ ExportPanel }: { ExportPanel?: ComponentType<StatsExportPanelProps> }) {
  const t = useT();
  const timeZone = useLocaleStore((state) => state.timeZone);
  const repositories = useDesk((state) => state.repositories);
  const storeVersion = useStoreChanged(['items', 'events', 'units']);
  const { preset, custom, comparison, eventNames, loading, error } = useStats();

  useEffect(() => {
    if (repositories) void refreshStats(repositories, timeZone);
  }, [repositories, timeZone, storeVersion, preset, custom]);

  const charts = useMemo(() => (comparison ? statsCharts(comparison, { t, eventNames }) : []), [comparison, eventNames, t]);

  return (
    <section className="page stats-page" data-page="stats">
      <PageHeading>{t('stats.title')}</PageHeading>
      <PeriodChooser t={t} />
      {error ? (
        <p className="error-text" role="alert">
          {t('stats.failed', { reason: error })}
        </p>
      ) : null}
      {!comparison ? (
        <p className="muted">{t('stats.loading')}</p>
      ) : (
        <>
          <p className="muted stats-period-line" data-testid="stats-period-line">
            {t('stats.periodLine', {
              from: formatDate(startOfLocalDate(comparison.period.from, timeZone)),
              to: formatDate(startOfLocalDate(comparison.period.to, timeZone)),
              days: comparison.period.days.length,
              previousFrom: formatDate(startOfLocalDate(comparison.previousPeriod.from, timeZone)),
              previousTo: formatDate(startOfLocalDate(comparison.previousPeriod.to, timeZone)),
              timeZone: timeZoneName(t, timeZone),
            })}
            {loading ? ` ${t('stats.loading')}` : ''}
          </p>
          <div className="count-grid">
            <div className="count-card" data-testid="stats-total">
              <div className="count-label">{t('stats.total')}</div>
              <div className="count-value">
                <span className="count-number">{formatNumber(comparison.current.total)}</span>
                <span className="count-unit">{t('stats.countUnit')}</span>
              </div>
              <p className="count-explain">
                <ChangeLine t={t} current={comparison.current.total} previous={comparison.previous.total} />
              </p>
            </div>
            <div className="count-card" data-testid="stats-previous-total">
              <div className="count-label">{t('stats.previousTotal')}</div>
              <div className="count-value">
                <span className="count-number">{formatNumber(comparison.previous.total)}</span>
                <span className="count-unit">{t('stats.countUnit')}</span>
              </div>
            </div>
          </div>
          {comparison.current.total === 0 && comparison.previous.total === 0 ? (
            <div className="empty-state" data-testid="stats-empty">
              <h2>{t('stats.empty')}</h2>
              <p>{t('stats.emptyHint', { from: comparison.period.from, to: comparison.period.to })}</p>
            </div>
          ) : (
            <>
              <p className="muted">{t('stats.clickHint')}</p>
              <div className="stats-grid">
                {charts.map((chart) => (
                  <ChartCard key={chart.id} chart={chart} comparison={comparison} t={t} timeZone={timeZone} />
                ))}
              </div>
            </>
          )}
          {repositories && ExportPanel ? <ExportPanel repositories={repositories} comparison={comparison} timeZone={timeZone} /> : null}
        </>
      )}
    </section>
  );
}
