// The ranking chart of the unit assessment: one bar of points per unit, best on top. Drawn on screen by the
// dashboard and, for the export, drawn once off screen to a PNG placed beside the workbook.
import { echarts, CHART_FONT_FAMILY, CHART_PALETTE, echartsLocale, type EChartsCoreOption } from './core';
import { chartPngBytes } from './export';
import type { Locale } from '../i18n';

export interface RankingBar {
  name: string;
  points: number;
}

export function rankingOption(title: string, bars: readonly RankingBar[], pointsLabel: string): EChartsCoreOption {
  // ECharts draws the first category at the bottom; reversed so rank 1 is the top bar.
  const ordered = [...bars].reverse();
  return {
    animation: false,
    title: { text: title, left: 'center', textStyle: { fontSize: 16 } },
    grid: { left: 16, right: 48, top: 48, bottom: 24, containLabel: true },
    xAxis: { type: 'value', name: pointsLabel },
    yAxis: { type: 'category', data: ordered.map((bar) => bar.name) },
    series: [
      {
        type: 'bar',
        data: ordered.map((bar) => bar.points),
        label: { show: true, position: 'right' },
        itemStyle: { color: CHART_PALETTE[0] },
      },
    ],
  };
}

/** A PNG of the ranking, drawn in a detached-size canvas off screen; its height grows with the number of units. */
export function rankingPng(option: EChartsCoreOption, barCount: number, locale: Locale): Uint8Array<ArrayBuffer> {
  const host = document.createElement('div');
  const width = 900;
  const height = Math.max(240, 80 + barCount * 28);
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;height:${height}px;`;
  document.body.append(host);
  const chart = echarts.init(host, null, { renderer: 'canvas', width, height, locale: echartsLocale(locale) });
  try {
    chart.setOption({ color: CHART_PALETTE, textStyle: { fontFamily: CHART_FONT_FAMILY }, backgroundColor: '#ffffff', ...option });
    return chartPngBytes(chart);
  } finally {
    chart.dispose();
    host.remove();
  }
}
