// ECharts options of the three spread charts, built from the pure view data. Options only: the charts
// module owns ECharts itself, and the same option is drawn on screen and exported as PNG/SVG.
import type { EChartsCoreOption } from '../../charts/core';
import { CHART_PALETTE } from '../../charts/core';
import type { Cascade, SpreadNode } from '../../../shared/spread/model';
import { maskAccount } from '../../../shared/spread/metrics';
import type { GraphLayout } from './layout';
import type { PlatformGrowth, RumourCurves } from './views';

export interface ChartText {
  platformName: (platform: string | null) => string;
  rootLabel: string;
  more: (count: number) => string;
  moreTip: (count: number) => string;
  foldedLegend: string;
  dateTime: (epochMs: number) => string;
  shortDateTime: (epochMs: number) => string;
  unknownTime: string;
  cumulative: string;
  rumourSeries: string;
  refutationSeries: string;
}

const FOLDED_COLOUR = '#8b96a3';

/** Platforms in the order the graph's categories use: by first appearance in the cascade. */
export function platformCategories(cascade: Cascade): (string | null)[] {
  const seen = new Set<string | null>();
  for (const node of cascade.nodes) seen.add(node.platform);
  return [...seen];
}

export interface GraphDatum {
  /** cascade index of the node, -1 for a "+N" node */
  node: number;
}

export function graphOption(cascade: Cascade, layout: GraphLayout, text: ChartText, unmasked: boolean): EChartsCoreOption {
  const platforms = platformCategories(cascade);
  const categoryOf = new Map(platforms.map((platform, index) => [platform, index]));
  const foldedCategory = platforms.length;
  const directReposts = new Int32Array(cascade.nodes.length);
  for (let position = 1; position < cascade.nodes.length; position += 1) {
    const parent = cascade.parentIndex[position] as number;
    directReposts[parent] = (directReposts[parent] as number) + 1;
  }
  const drawn = layout.source.length;
  const data = new Array<object>(drawn);
  const links = new Array<object>(Math.max(0, drawn - 1));
  let linkCount = 0;
  for (let position = 0; position < drawn; position += 1) {
    const source = layout.source[position] as number;
    const x = layout.x[position] as number;
    const y = layout.y[position] as number;
    if (source === -1) {
      const hidden = layout.hidden[position] as number;
      data[position] = {
        name: text.more(hidden),
        x,
        y,
        node: -1,
        hidden,
        category: foldedCategory,
        symbolSize: Math.min(26, 8 + 3 * Math.log2(1 + hidden)),
        label: { show: true, formatter: text.more(hidden), fontSize: 10, color: '#3e4a57' },
      };
    } else {
      const node = cascade.nodes[source] as SpreadNode;
      const reposts = directReposts[source] as number;
      data[position] = {
        name: node.id ?? text.rootLabel,
        x,
        y,
        node: source,
        category: categoryOf.get(node.platform) ?? 0,
        symbolSize: source === 0 ? 22 : Math.min(20, 4 + 2 * Math.log2(1 + reposts)),
        label: source === 0 ? { show: true, formatter: text.rootLabel, fontWeight: 'bold', position: 'right' } : { show: false },
      };
    }
    const parent = layout.parent[position] as number;
    if (parent !== -1) links[linkCount++] = { source: parent, target: position };
  }
  links.length = linkCount;
  const categories = [
    ...platforms.map((platform) => ({ name: text.platformName(platform) })),
    { name: text.foldedLegend, itemStyle: { color: FOLDED_COLOUR } },
  ];

  return {
    animation: false,
    color: CHART_PALETTE,
    legend: { data: categories.map((category) => category.name), top: 4, left: 8, type: 'scroll' },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: { dataType?: string; data?: { node?: number; hidden?: number } }) => {
        if (params.dataType !== 'node' || !params.data) return '';
        const index = params.data.node ?? -1;
        if (index === -1) return escapeHtml(text.moreTip(params.data.hidden ?? 0));
        const node = cascade.nodes[index] as SpreadNode;
        const account = node.account === null ? '' : unmasked ? node.account : maskAccount(node.account);
        const when = node.epochMs === null ? text.unknownTime : text.dateTime(node.epochMs);
        const lines = [index === 0 ? text.rootLabel : text.platformName(node.platform), account, when, (node.text ?? '').slice(0, 60)];
        return lines
          .filter((line) => line !== '')
          .map(escapeHtml)
          .join('<br>');
      },
    },
    series: [
      {
        type: 'graph',
        layout: 'none',
        roam: true,
        top: 40,
        bottom: 16,
        left: 16,
        right: 16,
        categories,
        data,
        links,
        lineStyle: { color: '#aab4bf', width: 0.6, opacity: 0.8, curveness: 0 },
        itemStyle: { borderColor: '#ffffff', borderWidth: 0.5 },
        emphasis: { disabled: drawn > 1500, focus: 'adjacency', lineStyle: { width: 1.5 } },
        labelLayout: { hideOverlap: true },
        // The largest cascades draw in slices so the first frame comes quickly and the page stays responsive.
        progressive: 1000,
        progressiveThreshold: 3000,
      },
    ],
  };
}

export function timelineOption(growth: PlatformGrowth, text: ChartText): EChartsCoreOption {
  return {
    animation: false,
    color: CHART_PALETTE,
    legend: { top: 4, left: 8, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      confine: true,
      axisPointer: { type: 'line' },
      valueFormatter: (value: number) => String(value),
    },
    grid: { top: 44, left: 56, right: 24, bottom: 56 },
    dataZoom: [
      { type: 'inside' },
      { type: 'slider', height: 18, bottom: 10, labelFormatter: (value: number) => text.shortDateTime(value) },
    ],
    xAxis: { type: 'time', axisLabel: { formatter: (value: number) => text.shortDateTime(value), hideOverlap: true } },
    yAxis: { type: 'value', name: text.cumulative, minInterval: 1 },
    series: growth.series.map((series) => ({
      type: 'line',
      name: text.platformName(series.platform),
      stack: 'total',
      areaStyle: { opacity: 0.35 },
      symbol: 'none',
      step: 'end',
      data: series.cumulative.map((value, index) => [growth.hours[index], value]),
    })),
  };
}

export function rumourOption(curves: RumourCurves, text: ChartText): EChartsCoreOption {
  const last = curves.rumour.at(-1)?.[0] ?? null;
  const lastRefutation = curves.refutations.at(-1);
  // The refutation step runs on to the end of the spread so the two curves share the whole axis.
  const refutationData =
    lastRefutation && last !== null && last > lastRefutation[0] ? [...curves.refutations, [last, lastRefutation[1]]] : curves.refutations;
  return {
    animation: false,
    color: ['#c4483c', '#2f5d8a'],
    legend: { top: 4, left: 8 },
    tooltip: { trigger: 'axis', confine: true },
    grid: { top: 44, left: 56, right: 56, bottom: 56 },
    dataZoom: [
      { type: 'inside' },
      { type: 'slider', height: 18, bottom: 10, labelFormatter: (value: number) => text.shortDateTime(value) },
    ],
    xAxis: { type: 'time', axisLabel: { formatter: (value: number) => text.shortDateTime(value), hideOverlap: true } },
    yAxis: [
      { type: 'value', name: text.rumourSeries, minInterval: 1 },
      { type: 'value', name: text.refutationSeries, minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      { type: 'line', name: text.rumourSeries, step: 'end', symbol: 'none', areaStyle: { opacity: 0.2 }, data: curves.rumour },
      {
        type: 'line',
        name: text.refutationSeries,
        yAxisIndex: 1,
        step: 'end',
        symbolSize: 8,
        lineStyle: { width: 2.5 },
        data: refutationData,
        markLine:
          curves.firstRefutationMs === null
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                lineStyle: { type: 'dashed' },
                label: { formatter: text.refutationSeries },
                data: [{ xAxis: curves.firstRefutationMs }],
              },
      },
    ],
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
