import { optionSvgBytes } from '../../../renderer/charts/export';
import { PACK_CHART_SIZE } from '../../../renderer/charts/stats-render';
import type { ListPackHost } from '../../../renderer/features/pack/list-pack';
import { statsChartOption } from '../../../renderer/features/stats/stats-options';
import { presetPeriod, previousPeriod, type StatsPeriod } from '../../../renderer/features/stats/periods';
import { StatsAccumulator } from '../../../renderer/features/stats/stats-count';
import type { Item } from '../../../shared/domain/types';

// jsdom has no canvas, so these tests draw the SVG only; the e2e test checks the PNGs Chromium draws.
export const svgHost: ListPackHost = {
  renderChart: (chart) => ({
    svg: optionSvgBytes(statsChartOption(chart, { withTitle: true, animation: false }), { width: 800, height: 450 }, 'zh-CN'),
    png: null,
  }),
  renderOption: (option) => ({ svg: optionSvgBytes(option, PACK_CHART_SIZE, 'zh-CN'), png: null }),
};

/** The counts of `items` over `period` against the one before it, as the pack's statistics show them. */
export function comparisonOf(items: Item[], period: StatsPeriod, zone: string) {
  const accumulator = new StatsAccumulator(period, previousPeriod(period, zone), zone);
  accumulator.add(items);
  return accumulator.result();
}

/** The counts of `items` over the seven days up to `now`. */
export function lastWeekComparison(items: Item[], now: number, zone: string) {
  return comparisonOf(items, presetPeriod('last7', now, zone), zone);
}
