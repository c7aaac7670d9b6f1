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
  firstRefutation: string;
}

const FOLDED_COLOUR = '#8b96a3';

/** Platforms in the order the graph's categories use: by first appearance in the cascade. */
export function platformCategories(cascade: Cascade): (string | null)[] {
  const seen = new Set<string | null>();
  for (const node of cascade.nodes) seen.add(node.platform);
  return [...seen];
}

export interface GraphChart {
  option: EChartsCoreOption;
  /** the cascade index behind a clicked point, -1 for a "+N" node or a line */
  nodeAt: (seriesIndex: number, dataIndex: number) => number;
}

/**
 * Graphs of more drawn nodes than this have every series in ECharts' large mode: one path, no element per
 * point. An element per point costs far more to build; a cascade of a few hundred nodes keeps them for
 * their hover effects.
 */
const LARGE_GRAPH = 500;
/**
 * On screen, series above this many points are drawn progressively, this many per frame: painting 5,000
 * points and their lines in one go holds the UI thread for well over 50 ms on an office PC.
 */
const PROGRESSIVE_CHUNK = 400;
/** Nodes with at least this many direct reposts are drawn again on top, sized by their reposts. */
const HUB_REPOSTS = 3;
/**
 * At most this many of them, those with the most reposts: each is an element of its own, and a hundred of
 * them cost about as much to draw in the first frame as all the other points together; beyond the largest
 * the eye cannot tell them apart anyway.
 */
const MAX_HUBS = 50;
const GRID = { top: 40, bottom: 12, left: 12, right: 12 };

export interface GraphDrawing {
  /**
   * 'screen' draws the big series a chunk per frame so no task holds the UI thread; 'file' (the default)
   * draws everything in setOption, as an off-screen chart that is saved right away needs.
   */
  target?: 'screen' | 'file';
}

/**
 * The spread graph as scatter and line series on hidden axes: the positions come from the layout worker,
 * and large mode draws thousands of points as one path, so 5,000 nodes paint in a fraction of what a
 * graph series with one element per node needs. Points and lines go to ECharts as flat typed arrays,
 * which it takes as they are; arrays of objects it would deep-copy and walk one by one. The axis ranges
 * keep one unit equally long on both axes for the given size, so the radial layout stays round; the
 * inside zoom moves both together.
 */
export function graphOption(
  cascade: Cascade,
  layout: GraphLayout,
  text: ChartText,
  unmasked: boolean,
  size: { width: number; height: number },
  drawing: GraphDrawing = {},
): GraphChart {
  const platforms = platformCategories(cascade);
  const platformIndex = new Map(platforms.map((platform, index) => [platform, index]));
  const directReposts = new Int32Array(cascade.nodes.length);
  for (let position = 1; position < cascade.nodes.length; position += 1) {
    const parent = cascade.parentIndex[position] as number;
    directReposts[parent] = (directReposts[parent] as number) + 1;
  }
  const drawn = layout.source.length;
  // Each drawn node's platform series, counted first so every series gets its typed arrays at their size.
  const seriesOf = new Int32Array(drawn).fill(-1);
  const perPlatform = new Int32Array(platforms.length);
  for (let position = 0; position < drawn; position += 1) {
    const source = layout.source[position] as number;
    if (source === -1) continue;
    const index = platformIndex.get((cascade.nodes[source] as SpreadNode).platform) as number;
    seriesOf[position] = index;
    perPlatform[index] = (perPlatform[index] as number) + 1;
  }
  const byPlatform = platforms.map((_, index) => ({
    points: new Float32Array(2 * (perPlatform[index] as number)),
    nodes: new Int32Array(perPlatform[index] as number),
    filled: 0,
  }));
  const folded: { points: object[]; hidden: number[] } = { points: [], hidden: [] };
  const hubCandidates: { source: number; reposts: number; x: number; y: number; series: number }[] = [];
  // ECharts' flat lines format: per line its point count (2), then x, y of each point.
  const lines = new Float32Array(5 * Math.max(0, drawn - 1));
  let lineCount = 0;
  let minX = 0;
  let maxX = 0;
  let minY = 0;
  let maxY = 0;
  for (let position = 0; position < drawn; position += 1) {
    const x = layout.x[position] as number;
    const y = layout.y[position] as number;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
    const parent = layout.parent[position] as number;
    if (parent !== -1) {
      const at = 5 * lineCount;
      lines[at] = 2;
      lines[at + 1] = layout.x[parent] as number;
      lines[at + 2] = layout.y[parent] as number;
      lines[at + 3] = x;
      lines[at + 4] = y;
      lineCount += 1;
    }
    const source = layout.source[position] as number;
    if (source === -1) {
      const hidden = layout.hidden[position] as number;
      folded.points.push({
        value: [x, y],
        symbolSize: Math.min(26, 8 + 3 * Math.log2(1 + hidden)),
        label: { show: true, formatter: text.more(hidden) },
      });
      folded.hidden.push(hidden);
      continue;
    }
    const series = seriesOf[position] as number;
    const group = byPlatform[series] as (typeof byPlatform)[number];
    group.points[2 * group.filled] = x;
    group.points[2 * group.filled + 1] = y;
    group.nodes[group.filled] = source;
    group.filled += 1;
    const reposts = directReposts[source] as number;
    if (source === 0 || reposts >= HUB_REPOSTS) hubCandidates.push({ source, reposts, x, y, series });
  }
  // The root first, then the biggest spreaders.
  hubCandidates.sort((a, b) => (a.source === 0 ? -1 : b.source === 0 ? 1 : b.reposts - a.reposts || a.source - b.source));
  const hubs = { points: [] as object[], nodes: [] as number[] };
  for (const { source, reposts, x, y, series } of hubCandidates.slice(0, MAX_HUBS)) {
    hubs.points.push({
      value: [x, y],
      symbolSize: source === 0 ? 22 : Math.min(20, 5 + 2 * Math.log2(1 + reposts)),
      itemStyle: { color: CHART_PALETTE[series % CHART_PALETTE.length] },
      label: source === 0 ? { show: true, formatter: text.rootLabel, fontWeight: 'bold', position: 'right' } : undefined,
    });
    hubs.nodes.push(source);
  }
  const lineData = lines.subarray(0, 5 * lineCount);
  const progressive =
    drawing.target === 'screen' ? { progressive: PROGRESSIVE_CHUNK, progressiveThreshold: PROGRESSIVE_CHUNK + 1 } : { progressive: 0 };
  // Equal units on both axes: the larger of the two data spans fills its side of the plot.
  const plotWidth = Math.max(100, size.width - GRID.left - GRID.right);
  const plotHeight = Math.max(100, size.height - GRID.top - GRID.bottom);
  const unit = Math.max((maxX - minX || 1) / plotWidth, (maxY - minY || 1) / plotHeight) * 1.06;
  const centreX = (minX + maxX) / 2;
  const centreY = (minY + maxY) / 2;
  const axis = (centre: number, pixels: number) => ({
    type: 'value',
    show: false,
    min: centre - (unit * pixels) / 2,
    max: centre + (unit * pixels) / 2,
  });

  const large = drawn > LARGE_GRAPH;
  const platformSeries = platforms.map((platform, index) => {
    const count = perPlatform[index] as number;
    return {
      type: 'scatter',
      name: text.platformName(platform),
      data: (byPlatform[index] as (typeof byPlatform)[number]).points,
      // A typed array carries no shape of its own: two numbers per point.
      dimensions: ['x', 'y'],
      symbolSize: 5,
      itemStyle: { color: CHART_PALETTE[index % CHART_PALETTE.length] },
      large: large && count > 0,
      largeThreshold: 1,
      ...progressive,
      z: 3,
    };
  });
  const series: object[] = [
    {
      type: 'lines',
      coordinateSystem: 'cartesian2d',
      data: lineData,
      dimensions: ['value'],
      large,
      largeThreshold: 1,
      ...progressive,
      silent: true,
      lineStyle: { color: '#aab4bf', width: 0.6, opacity: 0.8 },
      z: 1,
    },
    ...platformSeries,
    {
      type: 'scatter',
      name: 'hubs',
      data: hubs.points,
      progressive: 0,
      z: 4,
      itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
      tooltip: { show: true },
    },
  ];
  if (folded.points.length > 0) {
    series.push({
      type: 'scatter',
      name: text.foldedLegend,
      data: folded.points,
      itemStyle: { color: FOLDED_COLOUR },
      label: { fontSize: 10, color: '#3e4a57', position: 'right' },
      z: 5,
    });
  }
  const hubSeries = 1 + platforms.length;
  const foldedSeries = hubSeries + 1;
  const nodeAt = (seriesIndex: number, dataIndex: number): number => {
    if (seriesIndex >= 1 && seriesIndex < hubSeries) return byPlatformNodes(seriesIndex - 1, dataIndex);
    if (seriesIndex === hubSeries) return hubs.nodes[dataIndex] ?? -1;
    return -1;
  };
  const byPlatformNodes = (platform: number, dataIndex: number): number => byPlatform[platform]?.nodes[dataIndex] ?? -1;

  const option = {
    animation: false,
    color: CHART_PALETTE,
    legend: {
      data: [...platformSeries.map((entry) => entry.name), ...(folded.points.length > 0 ? [text.foldedLegend] : [])],
      top: 4,
      left: 8,
      type: 'scroll',
    },
    grid: GRID,
    xAxis: axis(centreX, plotWidth),
    yAxis: axis(centreY, plotHeight),
    dataZoom: [{ type: 'inside', xAxisIndex: 0, yAxisIndex: 0, filterMode: 'none' }],
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: { seriesIndex?: number; dataIndex?: number }) => {
        const seriesIndex = params.seriesIndex ?? -1;
        const dataIndex = params.dataIndex ?? -1;
        if (seriesIndex === foldedSeries) return escapeHtml(text.moreTip(folded.hidden[dataIndex] ?? 0));
        const index = nodeAt(seriesIndex, dataIndex);
        if (index === -1) return '';
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
    series,
  };
  return { option, nodeAt };
}

export function timelineOption(growth: PlatformGrowth, text: ChartText): EChartsCoreOption {
  return {
    animation: false,
    color: CHART_PALETTE,
    legend: { top: 0, left: 'center', type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      confine: true,
      axisPointer: { type: 'line' },
      valueFormatter: (value: number) => String(value),
    },
    grid: { top: 64, left: 56, right: 24, bottom: 56 },
    dataZoom: [
      { type: 'inside' },
      { type: 'slider', height: 18, bottom: 10, labelFormatter: (value: number) => text.shortDateTime(value) },
    ],
    xAxis: { type: 'time', axisLabel: { formatter: (value: number) => text.shortDateTime(value), hideOverlap: true } },
    yAxis: { type: 'value', name: text.cumulative, minInterval: 1, nameTextStyle: { align: 'left' } },
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
    legend: { top: 0, left: 'center' },
    tooltip: { trigger: 'axis', confine: true },
    grid: { top: 64, left: 56, right: 64, bottom: 56 },
    dataZoom: [
      { type: 'inside' },
      { type: 'slider', height: 18, bottom: 10, labelFormatter: (value: number) => text.shortDateTime(value) },
    ],
    xAxis: { type: 'time', axisLabel: { formatter: (value: number) => text.shortDateTime(value), hideOverlap: true } },
    yAxis: [
      { type: 'value', name: text.rumourSeries, minInterval: 1, nameTextStyle: { align: 'left' } },
      { type: 'value', name: text.refutationSeries, minInterval: 1, splitLine: { show: false }, nameTextStyle: { align: 'right' } },
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
                label: { formatter: text.firstRefutation, position: 'insideEndTop' },
                data: [{ xAxis: curves.firstRefutationMs }],
              },
      },
    ],
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
