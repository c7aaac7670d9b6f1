// The graph and timeline of each cascade in a pack, with the 传播 page's own chart options so a chart in the
// pack looks like the one the analyst saw. Options only: the host draws them (PNG and SVG) like the stats charts.
import type { EChartsCoreOption } from '../../charts/core';
import type { ChartFileSize } from '../../charts/stats-render';
import type { Locale, MessageKey, MessageParams } from '../../i18n';
import { graphOption, timelineOption } from '../spread/chart-options';
import { chartText } from '../spread/chart-text';
import { layoutCascade } from '../spread/layout';
import type { StoredCascade } from '../spread/cascade-source';
import { platformGrowth } from '../spread/views';

/** Charts of the largest cascades only: past this a pack of a busy month would hold hundreds of near-empty graphs. */
export const PACK_CASCADE_CHART_LIMIT = 30;

/** Room above the plot for the title line, so the title and the platform legend never overlap. */
const TITLE_HEIGHT = 30;
const ROOT_TITLE_LENGTH = 24;

export interface CascadeChartSpec {
  /** charts/cascade-01-graph, without extension */
  path: string;
  title: string;
  option: EChartsCoreOption;
}

export interface CascadeChartContext {
  locale: Locale;
  timeZone: string;
  size: ChartFileSize;
  t: (key: MessageKey, params?: MessageParams) => string;
}

/**
 * `rootTitles` are the cascades' original titles as the pack shows them (masked where the pack masks), in
 * the same order as `cascades`.
 */
export function cascadeChartSpecs(
  cascades: readonly StoredCascade[],
  rootTitles: readonly (string | null)[],
  context: CascadeChartContext,
): CascadeChartSpec[] {
  const text = chartText(context.locale, context.timeZone);
  const specs: CascadeChartSpec[] = [];
  for (const [position, stored] of cascades.slice(0, PACK_CASCADE_CHART_LIMIT).entries()) {
    const index = String(position + 1).padStart(2, '0');
    const root = shorten(rootTitles[position] ?? null) ?? context.t('statsDoc.cascadeNoTitle');
    const graphTitle = context.t('statsDoc.cascadeGraph', { index, root });
    // Built for a plot one title line lower; the grid below moves it there, so one unit stays as long on both axes.
    const plotSize = { width: context.size.width, height: context.size.height - TITLE_HEIGHT };
    const graph = graphOption(stored.cascade, layoutCascade(stored.cascade), text, false, plotSize).option;
    specs.push({ path: `charts/cascade-${index}-graph`, title: graphTitle, option: titled(graph, graphTitle) });

    const growth = platformGrowth(stored.cascade);
    // A cascade with no known times has no timeline; its graph still shows the shape.
    if (growth.hours.length === 0) continue;
    const timelineTitle = context.t('statsDoc.cascadeTimeline', { index, root });
    specs.push({
      path: `charts/cascade-${index}-timeline`,
      title: timelineTitle,
      option: titled(timelineOption(growth, text), timelineTitle, TIMELINE_RIGHT),
    });
  }
  return specs;
}

/** The time axis centres its last label under the last tick: the on-screen margin cut half of it off in a file. */
const TIMELINE_RIGHT = 64;

function titled(option: EChartsCoreOption, title: string, right?: number): EChartsCoreOption {
  const legend = (option.legend ?? {}) as Record<string, unknown>;
  const grid = (option.grid ?? {}) as Record<string, unknown>;
  const gridTop = typeof grid.top === 'number' ? grid.top : 40;
  const legendTop = typeof legend.top === 'number' ? legend.top : 0;
  return {
    ...option,
    title: { text: title, left: 'center', top: 4, textStyle: { fontSize: 15 } },
    legend: { ...legend, top: legendTop + TITLE_HEIGHT },
    grid: { ...grid, top: gridTop + TITLE_HEIGHT, ...(right === undefined ? {} : { right }) },
    // The pack's charts are pictures: no zoom slider in a printed page.
    dataZoom: [],
  };
}

function shorten(title: string | null): string | null {
  if (title === null) return null;
  const line = title.replace(/\s+/g, ' ').trim();
  if (line === '') return null;
  const characters = Array.from(line);
  return characters.length <= ROOT_TITLE_LENGTH ? line : `${characters.slice(0, ROOT_TITLE_LENGTH).join('')}…`;
}
