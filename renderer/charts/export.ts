// Charts leave the app as files: PNG at twice the screen's pixels (sharp when pasted into a report),
// SVG for print and further editing. Both come back as bytes for the platform bridge's saveFile.
import { CHART_FONT_FAMILY, echarts, echartsLocale, type EChartsCoreOption, type EChartsType } from './core';
import type { Locale } from '../i18n';

export const EXPORT_PIXEL_RATIO = 2;

/** The chart as drawn now, as PNG bytes on a white background. */
export function chartPngBytes(chart: EChartsType): Uint8Array<ArrayBuffer> {
  return dataUrlBytes(chart.getDataURL({ type: 'png', pixelRatio: EXPORT_PIXEL_RATIO, backgroundColor: '#ffffff' }));
}

/**
 * The same option drawn by the SVG renderer, without touching the page (ECharts' server-side mode needs
 * no DOM). Animation is off so the file holds the final picture, not the first frame of a transition.
 */
export function optionSvgBytes(
  option: EChartsCoreOption,
  size: { width: number; height: number },
  locale: Locale,
): Uint8Array<ArrayBuffer> {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
    locale: echartsLocale(locale),
  });
  try {
    chart.setOption({ textStyle: { fontFamily: CHART_FONT_FAMILY }, backgroundColor: '#ffffff', ...option, animation: false });
    return new TextEncoder().encode(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

export function dataUrlBytes(dataUrl: string): Uint8Array<ArrayBuffer> {
  const comma = dataUrl.indexOf(',');
  const header = dataUrl.slice(0, comma);
  const payload = dataUrl.slice(comma + 1);
  if (header.endsWith(';base64')) {
    const binary = atob(payload);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
    return bytes;
  }
  return new TextEncoder().encode(decodeURIComponent(payload));
}
