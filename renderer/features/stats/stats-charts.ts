// The charts of a comparison as plain data (labels, the raw values behind them, both periods' counts):
// what the page draws, what the pack renders to PNG/SVG, and what the 统计 sheet and report.html tabulate,
// so the three never disagree.
import { RISK_LEVELS_BY_SEVERITY } from '../../../shared/domain/types';
import type { StatsTable } from '../../../shared/export/workbook';
import { addDays } from '../../../shared/time';
import { startOfLocalDate } from '../../../shared/time';
import { dimensionRows, type StatsComparison, type StatsDimension } from './stats-count';
import { dimensionTitle, valueLabel, type LabelContext } from './stats-labels';

export type StatsChartId = 'trend' | StatsDimension;
export type StatsChartType = 'line' | 'bar' | 'hbar' | 'pie';

export interface StatsChart {
  id: StatsChartId;
  title: string;
  type: StatsChartType;
  labels: string[];
  /** the raw value behind each label (a date for the trend): what a click filters by */
  keys: string[];
  current: number[];
  previous: number[];
  currentName: string;
  previousName: string;
  /** how many values there were when only the largest are shown; null when all are */
  shownOf: number | null;
}

interface ChartPlan {
  id: StatsChartId;
  type: StatsChartType;
  limit: number;
}

// Few-valued dimensions as pies or short bars; long-tailed ones as horizontal bars of the largest values.
const PAGE_PLAN: ChartPlan[] = [
  { id: 'trend', type: 'line', limit: Infinity },
  { id: 'feed', type: 'bar', limit: Infinity },
  { id: 'platform', type: 'bar', limit: 12 },
  { id: 'kind', type: 'pie', limit: Infinity },
  { id: 'sentiment', type: 'pie', limit: Infinity },
  { id: 'risk', type: 'bar', limit: Infinity },
  { id: 'region', type: 'bar', limit: 12 },
  { id: 'category', type: 'hbar', limit: 12 },
  { id: 'tag', type: 'hbar', limit: 15 },
  { id: 'event', type: 'hbar', limit: 10 },
];

/** The charts of a briefing pack: trend, feed, platform, sentiment, risk, region, top events. */
export const PACK_CHART_IDS: readonly StatsChartId[] = ['trend', 'feed', 'platform', 'sentiment', 'risk', 'region', 'event'];

const RISK_ORDER = [...RISK_LEVELS_BY_SEVERITY.map(String), '0'];
const SENTIMENT_ORDER = ['negative', 'neutral', 'positive', 'none'];

export function statsCharts(comparison: StatsComparison, context: LabelContext, ids?: readonly StatsChartId[]): StatsChart[] {
  const plan = ids ? PAGE_PLAN.filter((entry) => ids.includes(entry.id)) : PAGE_PLAN;
  return plan.map((entry) => (entry.id === 'trend' ? trendChart(comparison, context) : dimensionChart(comparison, entry, context)));
}

function trendChart(comparison: StatsComparison, context: LabelContext): StatsChart {
  const days = comparison.period.days;
  return {
    id: 'trend',
    title: dimensionTitle(context.t, 'trend'),
    type: 'line',
    labels: days.map((day) => day.slice(5)),
    keys: days,
    current: days.map((day) => comparison.current.byDay.get(day) ?? 0),
    // Day n of the previous period sits under day n of this one.
    previous: comparison.previousPeriod.days.map((day) => comparison.previous.byDay.get(day) ?? 0),
    currentName: context.t('stats.series.current'),
    previousName: context.t('stats.series.previous'),
    shownOf: null,
  };
}

function dimensionChart(comparison: StatsComparison, plan: ChartPlan, context: LabelContext): StatsChart {
  const dimension = plan.id as StatsDimension;
  let rows = dimensionRows(comparison, dimension);
  const all = rows.length;
  if (dimension === 'risk') rows = orderBy(rows, RISK_ORDER);
  if (dimension === 'sentiment') rows = orderBy(rows, SENTIMENT_ORDER);
  // Items in no event are most items; "top events" means the events themselves.
  if (dimension === 'event') rows = rows.filter((row) => row.value !== '');
  const shown = rows.slice(0, plan.limit);
  return {
    id: dimension,
    title: dimensionTitle(context.t, dimension),
    type: plan.type,
    labels: shown.map((row) => valueLabel(dimension, row.value, context)),
    keys: shown.map((row) => row.value),
    current: shown.map((row) => row.current),
    previous: shown.map((row) => row.previous),
    currentName: context.t('stats.series.current'),
    previousName: context.t('stats.series.previous'),
    shownOf: rows.length > shown.length ? (dimension === 'event' ? rows.length : all) : null,
  };
}

function orderBy<T extends { value: string }>(rows: T[], order: readonly string[]): T[] {
  return [...rows].sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
}

/** The tables behind the charts, in the workbook's 统计 layout (label | 本期 | 上期). */
export function chartTables(charts: readonly StatsChart[], comparison: StatsComparison, context: LabelContext): StatsTable[] {
  return charts.map((chart) => {
    if (chart.id === 'trend') {
      return {
        title: chart.title,
        columns: [context.t('statsDoc.date'), chart.currentName, chart.previousName],
        rows: comparison.period.days.map((day, index) => [day, chart.current[index] ?? 0, chart.previous[index] ?? 0]),
      };
    }
    return {
      title: chart.title,
      columns: [chart.title, chart.currentName, chart.previousName],
      rows: chart.labels.map((label, index) => [label, chart.current[index] ?? 0, chart.previous[index] ?? 0]),
    };
  });
}

/** [fromMs, toMs) of one trend day in the zone, for the list a click on it opens. */
export function dayBounds(day: string, timeZone: string): { fromMs: number; toMs: number } {
  return { fromMs: startOfLocalDate(day, timeZone), toMs: startOfLocalDate(addDays(day, 1), timeZone) };
}
