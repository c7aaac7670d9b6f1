// The one place ECharts is assembled. Only what the pages draw is registered (tree-shaken core), both
// renderers included: canvas for the screen, SVG for exports. A chart type a new page needs is added here.
import * as charts from 'echarts/charts';
import * as components from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import type { Locale } from '../i18n';

// Named one by one through the namespaces, so the bundle keeps only these.
echarts.use([
  charts.GraphChart,
  charts.LineChart,
  charts.LinesChart,
  charts.BarChart,
  charts.PieChart,
  charts.ScatterChart,
  components.DataZoomComponent,
  components.GridComponent,
  components.LegendComponent,
  components.MarkLineComponent,
  components.MarkPointComponent,
  components.TitleComponent,
  components.TooltipComponent,
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
