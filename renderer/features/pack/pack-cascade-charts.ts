// The graph and timeline of each cascade in a pack, with the 传播 page's own chart options so a chart in the
// pack looks like the one the analyst saw. Options only: the host draws them (PNG and SVG) like the stats charts.
import type { EChartsCoreOption } from '../../charts/core';
import type { ChartFileSize } from '../../charts/stats-render';
import type { Locale, Translate } from '../../i18n';
import { graphOption, timelineOption } from '../spread';
import { chartText } from '../spread';
import { layoutCascade } from '../spread';
import type { StoredCascade } from '../spread';
import { platformGrowth } from '../spread';

/**
 * The most cascades a pack draws. Each is drawn and its chart released before the next (one off-screen
 * chart at a time), but the files stay in memory until the pack is saved: a graph SVG of a large cascade is
 * up to ~1 MB, its 2× PNG a few hundred KB. 300 cascades (600 charts) keep a pack within a few hundred MB
 * at worst, and far more than a report holds. Past it the largest are drawn, and the pack says so in its
 * 概况 and the export's message: the 传播分析 sheet lists every cascade whatever this limit.
 */
export const PACK_CASCADE_CHART_LIMIT = 300;

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
  t: Translate;
}

/** 01, 02 … or 001 … past 99 cascades, so the chart files list in cascade order. */
export function cascadeIndexLabel(position: number, count: number): string {
  return String(position + 1).padStart(Math.max(2, String(count).length), '0');
}

/**
 * The graph and (when its times are known) the timeline of one cascade: built for one cascade at a time,
 * so a pack of hundreds never holds more than one cascade's chart options. `rootTitle` is the original's
 * title as the pack shows it (masked where the pack masks).
 */
export function cascadeChartSpecs(
  stored: StoredCascade,
  position: number,
  count: number,
  rootTitle: string | null,
  context: CascadeChartContext,
): CascadeChartSpec[] {
  const text = chartText(context.locale, context.timeZone);
  const index = cascadeIndexLabel(position, count);
  const root = shorten(rootTitle) ?? context.t('statsDoc.cascadeNoTitle');
  const graphTitle = context.t('statsDoc.cascadeGraph', { index, root });
  // Built for a plot one title line lower; the grid below moves it there, so one unit stays as long on both axes.
  const plotSize = { width: context.size.width, height: context.size.height - TITLE_HEIGHT };
  const graph = graphOption(stored.cascade, layoutCascade(stored.cascade), text, false, plotSize).option;
  const specs: CascadeChartSpec[] = [{ path: `charts/cascade-${index}-graph`, title: graphTitle, option: titled(graph, graphTitle) }];

  const growth = platformGrowth(stored.cascade);
  // A cascade with no known times has no timeline; its graph still shows the shape.
  if (growth.hours.length === 0) return specs;
  const timelineTitle = context.t('statsDoc.cascadeTimeline', { index, root });
  specs.push({
    path: `charts/cascade-${index}-timeline`,
    title: timelineTitle,
    option: titled(timelineOption(growth, text), timelineTitle, TIMELINE_RIGHT),
  });
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
