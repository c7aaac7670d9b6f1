// The briefing pack of a filtered list (and, when the reports feature hands one over, of a signed report):
// workbook.xlsx, charts/<name>.png (2×) and .svg, report.html, report.pdf where the host prints to PDF,
// report.json and manifest.json. Chart drawing and PDF printing come from the host, so the assembly is the
// same in the app and in tests.
import { canonicalJson } from '../../../shared/crypto/canonical-json';
import type { Item, IsoDateTime, SpreadEdge } from '../../../shared/domain/types';
import { formatShanghaiMinute } from '../../../shared/export/excel-date';
import type { ItemLookups } from '../../../shared/export/item-columns';
import { riskLabel, SENTIMENT_LABELS } from '../../../shared/export/labels';
import { maskAccountFields, packMasker, type AccountMasker, type PackMasking } from '../../../shared/export/masking';
import { REPORT_JSON_PATH, type AuditHead, type PackFile, type PackReport } from '../../../shared/export/pack';
import type { ExportWarning } from '../../../shared/export/spreadsheet-ml';
import type { CascadeMetricRow, OverviewFigure } from '../../../shared/export/workbook';
import { translate, type MessageParamsOf, type Translate } from '../../i18n';
import type { EChartsCoreOption } from '../../charts/core';
import { PACK_CHART_SIZE } from '../../charts/stats-render';
import { cascadeChartSpecs, PACK_CASCADE_CHART_LIMIT } from './pack-cascade-charts';
import { cascadeMetricRow, packCascades } from './pack-cascades';
import { buildReportHtml } from './report-html';
import { sealPackFiles } from './seal-client';
import { writePackWorkbook } from './workbook-client';
import type { ImpliedRootBatch, StoredCascade } from '../spread';
import { chartTables, PACK_CHART_IDS, statsCharts, type StatsChart } from '../stats';
import type { StatsComparison } from '../stats';
import type { LabelContext } from '../stats';

/** The pack speaks Chinese whatever the interface language: it goes to the upper level. */
export const PACK_LOCALE = 'zh-CN';
const docT: Translate = (key, ...params) => translate(PACK_LOCALE, key, ...params);

/** Rows of report.html; the workbook always holds every item. */
export const REPORT_HTML_ITEM_LIMIT = 500;

export const PACK_STEPS = ['charts', 'workbook', 'report', 'pdf', 'manifest'] as const;
export type PackStep = (typeof PACK_STEPS)[number];

export interface ListPackInput {
  comparison: StatsComparison;
  /** the listed items, in list order */
  items: readonly Item[];
  eventNames: ReadonlyMap<string, string>;
  lookups: ItemLookups;
  /** how accounts are masked throughout the pack, null for not at all (see PackMasking) */
  masking: PackMasking;
  auditHead: AuditHead | null;
  createdAt: IsoDateTime;
  appVersion: string;
  timeZone: string;
  /** a signed report from the reports feature; its canonical JSON becomes report.json */
  report?: PackReport | null;
  /** the printable report of a signed report, as its page prints it; a list pack writes its own */
  reportHtml?: string;
  /** 对策建议 of a report, in its order */
  suggestions?: readonly string[];
  /** the analysts' spread links; those between listed items join the chains in 传播分析 */
  spreadLinks?: readonly SpreadEdge[];
  /** repost files whose original only the file implies; their listed items form cascades as on the 传播 page */
  repostBatches?: readonly ImpliedRootBatch[];
  /**
   * For a report's pack, the previous number of its series, which 上期 counts (as the signed report's own
   * 较上期 does); null when the series has none before it. Unused for a list pack.
   */
  previousReport?: ReportNumber | null;
}

export interface ChartFiles {
  svg: Uint8Array;
  /** null where the host cannot draw to a canvas */
  png: Uint8Array | null;
}

export interface ListPackHost {
  renderChart(chart: StatsChart): ChartFiles;
  /** draws a ready ECharts option (the cascades' graphs and timelines) at PACK_CHART_SIZE */
  renderOption(option: EChartsCoreOption): ChartFiles;
  /** PDF bytes of the printable report where the host can print to PDF */
  printToPdf?: (html: string) => Promise<Uint8Array | null>;
}

export interface PackBuildOptions {
  onProgress?: (step: PackStep, done: number, total: number) => void;
  signal?: AbortSignal;
}

/** What the analyst is told about a pack beyond the workbook's own limits. */
export interface CascadeChartsOmitted {
  code: 'cascadeChartsOmitted';
  drawn: number;
  total: number;
  message: string;
}

export type PackWarning = ExportWarning | CascadeChartsOmitted;

export interface BuiltPack {
  files: PackFile[];
  warnings: PackWarning[];
  /** a folder/zip name: 舆情统计-2026-10-03至2026-10-09 */
  name: string;
}

const encoder = new TextEncoder();

// Lets the progress bar paint and a cancel click land between the steps of a long export.
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function buildListPack(input: ListPackInput, host: ListPackHost, options: PackBuildOptions = {}): Promise<BuiltPack> {
  const { comparison, items } = input;
  const { signal, onProgress } = options;
  const mask: AccountMasker | null = packMasker(input.masking);
  const labels: LabelContext = { t: docT, eventNames: input.eventNames };
  const period = comparison.period;
  const title = docT('statsDoc.title', { from: period.from, to: period.to });
  const charts = statsCharts(comparison, labels, PACK_CHART_IDS);
  const tables = chartTables(statsCharts(comparison, labels), comparison, labels);
  const files: PackFile[] = [];
  const warnings: PackWarning[] = [];

  const cascades = packCascades(items, input.spreadLinks, input.repostBatches);
  const cascadeRows = cascades.map(cascadeMetricRow);
  const drawnCascades = Math.min(cascades.length, PACK_CASCADE_CHART_LIMIT);
  const omitted: CascadeChartsOmitted | null =
    drawnCascades < cascades.length
      ? {
          code: 'cascadeChartsOmitted',
          drawn: drawnCascades,
          total: cascades.length,
          message: docT('statsDoc.cascadeChartsOmitted', { drawn: drawnCascades, total: cascades.length }),
        }
      : null;
  if (omitted) warnings.push(omitted);
  const chartCount = charts.length + drawnCascades;

  const chartFiles: { title: string; svg: Uint8Array }[] = [];
  for (const [index, chart] of charts.entries()) {
    signal?.throwIfAborted();
    onProgress?.('charts', index, chartCount);
    await nextTurn();
    // A chart file travels alone (pasted into a document), so its title says which period it shows.
    const drawn = host.renderChart({
      ...chart,
      title: docT('statsDoc.chartTitle', { title: chart.title, from: period.from, to: period.to }),
    });
    const name = chart.id === 'event' ? 'top-events' : chart.id;
    files.push({ path: `charts/${name}.svg`, bytes: drawn.svg });
    if (drawn.png) files.push({ path: `charts/${name}.png`, bytes: drawn.png });
    chartFiles.push({ title: chart.title, svg: drawn.svg });
  }
  const cascadeContext = { locale: PACK_LOCALE, timeZone: input.timeZone, size: PACK_CHART_SIZE, t: docT } as const;
  // One cascade at a time: its options are built, drawn and dropped before the next, so hundreds of
  // cascades never hold more than one chart's layout and one off-screen chart at once.
  for (let position = 0; position < drawnCascades; position += 1) {
    signal?.throwIfAborted();
    onProgress?.('charts', charts.length + position, chartCount);
    await nextTurn();
    const row = cascadeRows[position] as CascadeMetricRow;
    // Titles in chart files are masked like every other text of the pack.
    const rootTitle = (mask ? maskAccountFields(row, mask) : row).title;
    for (const spec of cascadeChartSpecs(cascades[position] as StoredCascade, position, cascades.length, rootTitle, cascadeContext)) {
      const drawn = host.renderOption(spec.option);
      files.push({ path: `${spec.path}.svg`, bytes: drawn.svg });
      if (drawn.png) files.push({ path: `${spec.path}.png`, bytes: drawn.png });
    }
  }
  onProgress?.('charts', chartCount, chartCount);

  signal?.throwIfAborted();
  onProgress?.('workbook', 0, 1);
  await nextTurn();
  const overview = [
    input.report ? reportOverview(comparison, input.previousReport ?? null) : docT('statsDoc.overview', overviewParams(comparison)),
  ];
  if (mask) overview.push(docT('statsDoc.masked'));
  if (omitted) overview.push(omitted.message);
  // Written in a worker: the sheets of 80,000 items would otherwise freeze the window for seconds.
  const workbook = await writePackWorkbook(
    {
      heading: input.report ? reportHeading(input.report) : title,
      number: input.report?.number ?? null,
      date: input.report?.date ?? null,
      exportedAt: input.createdAt,
      overview: overview.join('\n'),
      figures: figuresOf(comparison),
      statistics: tables,
      items,
      cascades: cascadeRows,
      suggestions: (input.suggestions ?? []).map((text) => ({ title: null, text })),
    },
    input.lookups,
    input.masking,
    signal,
  );
  files.push({ path: 'workbook.xlsx', bytes: workbook.bytes });
  warnings.push(...workbook.warnings);

  signal?.throwIfAborted();
  onProgress?.('report', 0, 1);
  await nextTurn();
  const shownItems = items.slice(0, REPORT_HTML_ITEM_LIMIT).map((item) => (mask ? maskAccountFields(item, mask) : item));
  const html =
    input.reportHtml ?? buildReportHtmlFor(title, overview, comparison, chartFiles, tables, shownItems, items.length, input.createdAt);
  files.push({ path: 'report.html', bytes: encoder.encode(html) });
  if (!input.report) {
    files.push({
      path: REPORT_JSON_PATH,
      bytes: encoder.encode(listReportJson(input, tables, mask !== null, { drawn: drawnCascades, total: cascades.length })),
    });
  }

  if (host.printToPdf) {
    signal?.throwIfAborted();
    onProgress?.('pdf', 0, 1);
    const pdf = await host.printToPdf(html);
    if (pdf) files.push({ path: 'report.pdf', bytes: pdf });
  }

  signal?.throwIfAborted();
  onProgress?.('manifest', 0, 1);
  // Hashing every byte of the pack runs in the pack-seal worker; the files come back from it.
  const packed = await sealPackFiles(
    {
      files,
      report: input.report ?? null,
      auditHead: input.auditHead,
      createdAt: input.createdAt,
      appVersion: input.appVersion,
    },
    { signal, onProgress: (done, total) => onProgress?.('manifest', done, total) },
  );
  onProgress?.('manifest', 1, 1);
  const name = input.report ? `${reportHeading(input.report)}简报包` : `舆情统计-${period.from}至${period.to}`;
  return { files: packed, warnings, name };
}

/** Which number of which series a report is. */
export type ReportNumber = Pick<PackReport, 'series' | 'year' | 'number'>;

function reportHeading(report: ReportNumber): string {
  return docT('statsDoc.reportHeading', { series: report.series, year: report.year, number: report.number });
}

/** A report's 上期 is the previous number of its series, as in the signed report's own 较上期. */
function reportOverview(comparison: StatsComparison, previousReport: ReportNumber | null): string {
  const { period, previousPeriod } = comparison;
  const current = { total: comparison.current.total, from: period.from, to: period.to };
  if (previousReport === null) return docT('statsDoc.overviewReportFirst', current);
  return docT('statsDoc.overviewReport', {
    ...current,
    previous: reportHeading(previousReport),
    previousTotal: comparison.previous.total,
    previousFrom: previousPeriod.from,
    previousTo: previousPeriod.to,
  });
}

function overviewParams(comparison: StatsComparison): MessageParamsOf<'statsDoc.overview'> {
  const { period, previousPeriod } = comparison;
  return {
    from: period.from,
    to: period.to,
    days: period.days.length,
    total: comparison.current.total,
    previousFrom: previousPeriod.from,
    previousTo: previousPeriod.to,
    previousTotal: comparison.previous.total,
  };
}

function figuresOf(comparison: StatsComparison): OverviewFigure[] {
  const { current, previous } = comparison;
  const count = (dimension: keyof typeof current.by, value: string) => current.by[dimension].get(value) ?? 0;
  return [
    { label: docT('statsDoc.figure.total'), value: current.total },
    { label: docT('statsDoc.figure.previousTotal'), value: previous.total },
    { label: docT('statsDoc.figure.social'), value: count('kind', 'social') },
    { label: docT('statsDoc.figure.online'), value: count('kind', 'online') },
    { label: docT('statsDoc.figure.negative'), value: count('sentiment', 'negative') },
    { label: docT('statsDoc.figure.highRisk'), value: count('risk', '3') + count('risk', '4') },
  ];
}

function buildReportHtmlFor(
  title: string,
  overview: string[],
  comparison: StatsComparison,
  charts: { title: string; svg: Uint8Array }[],
  tables: ReturnType<typeof chartTables>,
  shownItems: readonly Item[],
  totalItems: number,
  createdAt: IsoDateTime,
): string {
  return buildReportHtml({
    lang: PACK_LOCALE,
    title,
    subtitle: docT('statsDoc.exportedAt', { time: formatShanghaiMinute(createdAt) ?? createdAt }),
    overview,
    figures: figuresOf(comparison).map((figure) => ({ label: figure.label, value: String(figure.value) })),
    charts,
    chartsHeading: docT('statsDoc.charts'),
    tablesHeading: docT('statsDoc.tables'),
    tables,
    itemsHeading: docT('statsDoc.items'),
    itemsNote:
      shownItems.length < totalItems
        ? docT('statsDoc.itemsShown', { count: totalItems, shown: shownItems.length })
        : docT('statsDoc.itemsAll', { count: totalItems }),
    itemColumns: {
      index: docT('statsDoc.col.index'),
      title: docT('statsDoc.col.title'),
      platform: docT('statsDoc.col.platform'),
      account: docT('statsDoc.col.account'),
      reportedAt: docT('statsDoc.col.reportedAt'),
      sentiment: docT('statsDoc.col.sentiment'),
      risk: docT('statsDoc.col.risk'),
    },
    items: shownItems.map((item) => ({
      title: item.title ?? item.content?.slice(0, 60) ?? '',
      platform: item.platform ?? '',
      account: item.account ?? '',
      reportedAt: formatShanghaiMinute(item.reportedAt) ?? item.reportedAt,
      sentiment: item.assessment.sentiment ? SENTIMENT_LABELS[item.assessment.sentiment] : '',
      risk: riskLabel(item.assessment.risk),
    })),
    footer: docT('statsDoc.footer'),
  });
}

/**
 * report.json of a list pack: what was listed and counted, in canonical JSON (RFC 8785) so it hashes the
 * same everywhere. It names items by id only: accounts and texts are in the workbook, masked or not.
 */
function listReportJson(
  input: ListPackInput,
  tables: ReturnType<typeof chartTables>,
  masked: boolean,
  cascadeCharts: { drawn: number; total: number },
): string {
  const { period, previousPeriod } = input.comparison;
  return canonicalJson({
    format: 'opinion-desk-list',
    version: 1,
    title: docT('statsDoc.title', { from: period.from, to: period.to }),
    timeField: 'reportedAt',
    timeZone: input.timeZone,
    period: { from: period.from, to: period.to },
    previousPeriod: { from: previousPeriod.from, to: previousPeriod.to },
    totals: { current: input.comparison.current.total, previous: input.comparison.previous.total },
    statistics: tables,
    itemIds: input.items.map((item) => item.id),
    accountsMasked: masked,
    cascadeCharts,
    exportedAt: input.createdAt,
  });
}
