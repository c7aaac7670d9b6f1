// What other parts of the renderer may use from stats: everything else in the folder is its own.
export { periodOf, previousPeriod, type StatsPeriod } from './periods';
export { PACK_CHART_IDS, chartTables, statsCharts, type StatsChart } from './stats-charts';
export { StatsAccumulator, type StatsComparison } from './stats-count';
export type { LabelContext } from './stats-labels';
export { statsChartOption } from './stats-options';
export type { StatsExportPanelProps } from './StatsPage';
