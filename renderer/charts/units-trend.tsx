// The per-unit trend line of the 考核 dashboard: points, reported and adopted per week or month.
import { EChart } from './EChart';
import type { EChartsCoreOption } from './core';

export interface UnitTrendSeries {
  name: string;
  values: number[];
}

export interface UnitTrendChartProps {
  /** one label per part of the period, e.g. 10月5日 or 2026年10月 */
  labels: string[];
  series: UnitTrendSeries[];
  label: string;
  testId?: string;
}

export function unitTrendOption(labels: readonly string[], series: readonly UnitTrendSeries[]): EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    legend: { top: 0, data: series.map((line) => line.name) },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: [...labels], boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((line) => ({ type: 'line', name: line.name, data: [...line.values], symbolSize: 6 })),
  };
}

export function UnitTrendChart({ labels, series, label, testId }: UnitTrendChartProps) {
  return <EChart option={unitTrendOption(labels, series)} height={220} label={label} testId={testId} />;
}
