import { describe, expect, it } from 'vitest';
import { graphOption } from '../../../renderer/features/spread/chart-options';
import { layoutCascade } from '../../../renderer/features/spread/layout';
import { generateCascade } from '../../../shared/spread/generate';
import { buildCascades, type Cascade } from '../../../shared/spread/model';
import { chartText as text } from './spread-fixtures';

function generated(nodes: number): Cascade {
  const cascade = generateCascade({ nodes, seed: 5 });
  const built = buildCascades(cascade.records, {
    impliedRoot: true,
    rootId: cascade.rootId,
    rootTime: cascade.rootTime,
    rootPlatform: '微博',
  });
  return built.cascades[0] as Cascade;
}

type Series = {
  type: string;
  name?: string;
  data: ArrayLike<unknown>;
  large?: boolean;
  progressive?: number;
  progressiveThreshold?: number;
};

/** A scatter series' points as [x, y] pairs, whether ECharts gets them as a flat typed array or as objects. */
function pointsOf(series: Series): number[][] {
  if (series.data instanceof Float32Array) {
    return Array.from({ length: series.data.length / 2 }, (_, index) => [
      series.data[2 * index] as number,
      series.data[2 * index + 1] as number,
    ]);
  }
  return Array.from(series.data as unknown[], (datum) => (Array.isArray(datum) ? datum : (datum as { value: number[] }).value));
}

function pointsCount(series: Series): number {
  return series.type === 'lines' ? series.data.length / 5 : pointsOf(series).length;
}

describe('graphOption', () => {
  it('maps every clicked point back to its cascade node, on the point the layout placed it', () => {
    const cascade = generated(3000);
    const layout = layoutCascade(cascade);
    const { option, nodeAt } = graphOption(cascade, layout, text, false, { width: 900, height: 500 });
    const series = (option as { series: Series[] }).series;
    const positionOf = new Map(Array.from(layout.source, (source, position) => [source, position]));
    let points = 0;
    series.forEach((entry, seriesIndex) => {
      if (entry.type !== 'scatter' || entry.name === '合并的外层转发（+N）') return;
      pointsOf(entry).forEach((value, dataIndex) => {
        const node = nodeAt(seriesIndex, dataIndex);
        expect(node).toBeGreaterThanOrEqual(0);
        const position = positionOf.get(node) as number;
        expect(value).toEqual([layout.x[position], layout.y[position]]);
        if (entry.name !== 'hubs') expect(text.platformName(cascade.nodes[node]?.platform ?? null)).toBe(entry.name);
        points += 1;
      });
    });
    // Every node once in its platform's series, the root and the hubs once more on top.
    const hubs = series.find((entry) => entry.name === 'hubs') as Series;
    expect(points).toBe(3000 + hubs.data.length);
    expect(nodeAt(series.indexOf(hubs), 0)).toBe(0);
    expect(nodeAt(0, 0)).toBe(-1); // the lines are not nodes
    // One line per node but the root, in ECharts' flat format: point count, then x, y of both ends.
    const lines = (series[0] as Series).data as Float32Array;
    expect(lines).toHaveLength(5 * 2999);
    const child = layout.source.indexOf(1);
    const parent = layout.parent[child] as number;
    const line = Array.from({ length: 2999 }, (_, index) => Array.from(lines.subarray(5 * index, 5 * index + 5))).find(
      (entry) => entry[3] === layout.x[child] && entry[4] === layout.y[child],
    );
    expect(line).toEqual([2, layout.x[parent], layout.y[parent], layout.x[child], layout.y[child]]);
  });

  it('draws the root and at most fifty of the biggest spreaders on top, the root first', () => {
    const cascade = generated(12_000);
    const { option, nodeAt } = graphOption(cascade, layoutCascade(cascade), text, false, { width: 900, height: 500 });
    const series = (option as { series: Series[] }).series;
    const hubIndex = series.findIndex((entry) => entry.name === 'hubs');
    const hubs = pointsOf(series[hubIndex] as Series);
    expect(hubs).toHaveLength(50);
    expect(nodeAt(hubIndex, 0)).toBe(0);
    const reposts = new Map<number, number>();
    for (let node = 1; node < cascade.nodes.length; node += 1) {
      const parent = cascade.parentIndex[node] as number;
      reposts.set(parent, (reposts.get(parent) ?? 0) + 1);
    }
    const shown = hubs.map((_, index) => reposts.get(nodeAt(hubIndex, index)) ?? 0).slice(1);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    // No drawn node left out has more reposts than the least of those drawn (folded nodes cannot be drawn).
    const drawnNodes = new Set(layoutCascade(cascade).source);
    const hubNodes = new Set(hubs.map((_, index) => nodeAt(hubIndex, index)));
    const leftOut = [...reposts].filter(([node]) => node !== 0 && drawnNodes.has(node) && !hubNodes.has(node)).map(([, count]) => count);
    expect(Math.max(...leftOut)).toBeLessThanOrEqual(shown.at(-1) as number);
  });

  it('draws the big series a chunk per frame on screen, and all at once for a file', () => {
    const cascade = generated(5000);
    const layout = layoutCascade(cascade);
    const size = { width: 900, height: 500 };
    const screen = (graphOption(cascade, layout, text, false, size, { target: 'screen' }).option as { series: Series[] }).series;
    const file = (graphOption(cascade, layout, text, false, size).option as { series: Series[] }).series;
    const lines = (entries: Series[]) => entries[0] as Series;
    const weibo = (entries: Series[]) => entries.find((entry) => entry.name === '微博') as Series;
    for (const entry of [lines(screen), weibo(screen)]) {
      expect(entry.progressive).toBeGreaterThan(0);
      expect(entry.progressive).toBeLessThan(1000);
      expect(entry.progressiveThreshold).toBeLessThan(pointsCount(entry));
    }
    for (const entry of file) expect(entry.progressive ?? 0).toBe(0);
    // The same picture either way: only the pacing differs.
    expect(screen.map((entry) => entry.data)).toEqual(file.map((entry) => entry.data));
  });

  it('draws large graphs in large mode and the "+N" nodes in their own series when something is folded', () => {
    const cascade = generated(12_000);
    const layout = layoutCascade(cascade);
    const { option } = graphOption(cascade, layout, text, false, { width: 900, height: 500 });
    const series = (option as { series: Series[] }).series;
    expect(series.find((entry) => entry.name === '微博')?.large).toBe(true);
    expect(series[0]?.large).toBe(true);
    const folded = series.find((entry) => entry.name === '合并的外层转发（+N）') as Series;
    expect(folded.data).toHaveLength(layout.source.filter((source) => source === -1).length);
    const small = graphOption(generated(200), layoutCascade(generated(200)), text, false, { width: 900, height: 500 });
    const smallSeries = (small.option as { series: Series[] }).series;
    expect(smallSeries.some((entry) => entry.name === '合并的外层转发（+N）')).toBe(false);
    // A few hundred nodes stay elements of their own, for their hover effects.
    expect(smallSeries.some((entry) => entry.large)).toBe(false);
  });

  it('keeps one unit as long on both axes for the chart size, so the radial layout stays round', () => {
    const cascade = generated(500);
    const { option } = graphOption(cascade, layoutCascade(cascade), text, false, { width: 1000, height: 400 });
    const { xAxis, yAxis } = option as { xAxis: { min: number; max: number }; yAxis: { min: number; max: number } };
    const perPixelX = (xAxis.max - xAxis.min) / (1000 - 24);
    const perPixelY = (yAxis.max - yAxis.min) / (400 - 52);
    expect(perPixelX).toBeCloseTo(perPixelY, 6);
  });
});
