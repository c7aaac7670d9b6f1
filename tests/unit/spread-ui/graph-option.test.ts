import { describe, expect, it } from 'vitest';
import { graphOption, type ChartText } from '../../../renderer/features/spread/chart-options';
import { layoutCascade } from '../../../renderer/features/spread/layout';
import { generateCascade } from '../../../shared/spread/generate';
import { buildCascades, type Cascade } from '../../../shared/spread/model';

const text: ChartText = {
  platformName: (platform) => platform ?? '未知平台',
  rootLabel: '原帖',
  more: (count) => `+${count}`,
  moreTip: (count) => `合并了 ${count} 条`,
  foldedLegend: '合并的外层转发（+N）',
  dateTime: (epochMs) => new Date(epochMs).toISOString(),
  shortDateTime: (epochMs) => new Date(epochMs).toISOString(),
  unknownTime: '时间未知',
  cumulative: '累计条数',
  rumourSeries: '传播累计条数',
  refutationSeries: '辟谣累计发布数',
  firstRefutation: '首次辟谣',
};

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

type Series = { type: string; name?: string; data: unknown[]; large?: boolean };

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
      entry.data.forEach((datum, dataIndex) => {
        const node = nodeAt(seriesIndex, dataIndex);
        expect(node).toBeGreaterThanOrEqual(0);
        const position = positionOf.get(node) as number;
        const value = Array.isArray(datum) ? datum : (datum as { value: number[] }).value;
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
    expect((series[0] as Series).data).toHaveLength(2999);
  });

  it('draws large platforms in large mode and the "+N" nodes in their own series when something is folded', () => {
    const cascade = generated(12_000);
    const layout = layoutCascade(cascade);
    const { option } = graphOption(cascade, layout, text, false, { width: 900, height: 500 });
    const series = (option as { series: Series[] }).series;
    expect(series.find((entry) => entry.name === '微博')?.large).toBe(true);
    const folded = series.find((entry) => entry.name === '合并的外层转发（+N）') as Series;
    expect(folded.data).toHaveLength(layout.source.filter((source) => source === -1).length);
    const small = graphOption(generated(200), layoutCascade(generated(200)), text, false, { width: 900, height: 500 });
    expect((small.option as { series: Series[] }).series.some((entry) => entry.name === '合并的外层转发（+N）')).toBe(false);
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
