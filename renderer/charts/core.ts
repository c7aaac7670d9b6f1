// The one place ECharts is assembled. Only what the pages draw is registered (tree-shaken core), both
// renderers included: canvas for the screen, SVG for exports. A chart type a new page needs is added here.
import { BarChart, GraphChart, LineChart, LinesChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import type { Locale } from '../i18n';

echarts.use([
  GraphChart,
  LineChart,
  LinesChart,
  BarChart,
  PieChart,
  ScatterChart,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
  SVGRenderer,
]);

export { echarts };
export type { EChartsType, EChartsCoreOption } from 'echarts/core';

/** ECharts ships 'ZH' and 'EN' built in: month names, toolbox and data-zoom labels follow the app's language. */
export function echartsLocale(locale: Locale): 'ZH' | 'EN' {
  return locale === 'zh-CN' ? 'ZH' : 'EN';
}

/** System CJK faces, as the app's stylesheet: a chart never loads a font. */
export const CHART_FONT_FAMILY = "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', 'Source Han Sans SC', sans-serif";

/** Calm series colours that stay apart in print and for the common colour-vision deficiencies. */
export const CHART_PALETTE = ['#2f5d8a', '#d0782a', '#3f8f5b', '#a23b72', '#7a6cc4', '#8c6d31', '#2a9d9a', '#c4483c', '#5b6776'];
