// ECharts options for the statistics charts: one look on screen, in the pack's PNG/SVG files and in print.
// 本期 is the strong colour, 上期 a pale grey beside it, so the eye reads this period first.
import type { StatsChart } from './stats-charts';
import type { EChartsCoreOption } from '../../charts/core';
import { CHART_PALETTE } from '../../charts/core';

const PREVIOUS_COLOUR = '#b8c2cc';
const CURRENT_COLOUR = CHART_PALETTE[0];

export interface StatsOptionSettings {
  /** draw the title inside the chart (the pack's files stand alone; on the page the card has a heading) */
  withTitle: boolean;
  animation: boolean;
}

export function statsChartOption(chart: StatsChart, settings: StatsOptionSettings): EChartsCoreOption {
  const title = settings.withTitle ? { title: { text: chart.title, left: 'center', top: 8, textStyle: { fontSize: 16 } } } : {};
  const top = settings.withTitle ? 64 : 36;
  if (chart.type === 'pie') {
    return {
      ...title,
      animation: settings.animation,
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      legend: { bottom: 0, type: 'scroll' },
      series: [
        {
          type: 'pie',
          name: chart.currentName,
          radius: ['35%', '65%'],
          center: ['50%', settings.withTitle ? '52%' : '45%'],
          label: { formatter: '{b}\n{c}' },
          data: chart.labels.map((label, index) => ({ name: label, value: chart.current[index] ?? 0 })),
        },
      ],
    };
  }
  const horizontal = chart.type === 'hbar';
  const categoryAxis = {
    type: 'category',
    data: chart.labels,
    inverse: horizontal,
    axisLabel: horizontal
      ? { width: 120, overflow: 'truncate' }
      : { interval: chart.type === 'line' ? 'auto' : 0, rotate: chart.labels.length > 8 ? 30 : 0 },
  };
  const valueAxis = { type: 'value', minInterval: 1 };
  const seriesType = chart.type === 'line' ? 'line' : 'bar';
  return {
    ...title,
    animation: settings.animation,
    tooltip: { trigger: 'axis' },
    legend: { top: settings.withTitle ? 36 : 0, data: [chart.currentName, chart.previousName] },
    grid: { left: horizontal ? 160 : 48, right: 24, top, bottom: chart.labels.length > 8 && !horizontal ? 64 : 32 },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: [
      {
        type: seriesType,
        name: chart.currentName,
        data: chart.current,
        itemStyle: { color: CURRENT_COLOUR },
        lineStyle: seriesType === 'line' ? { width: 2.5 } : undefined,
        label: seriesType === 'bar' ? { show: true, position: horizontal ? 'right' : 'top' } : undefined,
        barMaxWidth: 28,
      },
      {
        type: seriesType,
        name: chart.previousName,
        data: chart.previous,
        itemStyle: { color: PREVIOUS_COLOUR },
        lineStyle: seriesType === 'line' ? { type: 'dashed' } : undefined,
        barMaxWidth: 28,
      },
    ],
  };
}
