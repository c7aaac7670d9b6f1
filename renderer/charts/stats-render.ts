// Drawing statistics charts off screen for the briefing pack: a canvas instance outside the viewport for
// the PNG (ECharts draws PNG only on a canvas), and the SVG renderer in its DOM-free mode for the SVG.
import type { Locale } from '../i18n';
import { echarts, echartsLocale, CHART_FONT_FAMILY, CHART_PALETTE, type EChartsCoreOption } from './core';
import { chartPngBytes, optionSvgBytes } from './export';

export interface ChartFileBytes {
  png: Uint8Array<ArrayBuffer>;
  svg: Uint8Array<ArrayBuffer>;
}

export interface ChartFileSize {
  width: number;
  height: number;
}

/** A4-landscape proportions: the chart fills a printed page's width without scaling text down. */
export const PACK_CHART_SIZE: ChartFileSize = { width: 1000, height: 560 };

export function renderChartFiles(option: EChartsCoreOption, locale: Locale, size: ChartFileSize = PACK_CHART_SIZE): ChartFileBytes {
  const styled: EChartsCoreOption = {
    color: CHART_PALETTE,
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    backgroundColor: '#ffffff',
    ...option,
    animation: false,
  };
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${size.width}px;height:${size.height}px;`;
  document.body.append(host);
  const chart = echarts.init(host, null, { renderer: 'canvas', width: size.width, height: size.height, locale: echartsLocale(locale) });
  try {
    chart.setOption(styled);
    return { png: chartPngBytes(chart), svg: optionSvgBytes(styled, size, locale) };
  } finally {
    chart.dispose();
    host.remove();
  }
}
