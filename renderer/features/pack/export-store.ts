// Runs an export started from the statistics page: reads the period's items, builds the file(s), saves them
// through the host, with a progress line and a cancel button. One export at a time.
import type { Item, OpinionEvent, Reporter, SpreadEdge, Unit } from '../../../shared/domain/types';
import type { ItemLookups } from '../../../shared/export/item-columns';
import { writeContext } from '../../workspace/desk';
import { renderChartFiles } from '../../charts/stats-render';
import { statsChartOption } from '../stats';
import type { Repositories } from '../../db';
import { errorReason, t } from '../../i18n';
import { platform, type FolderFile } from '../../platform';
import type { Report } from '../../../shared/domain/report-types';
import { reportPrintHtml } from '../../../shared/report/print-html';
import type { StatsComparison } from '../stats';
import {
  packReportOf,
  reportComparison,
  ReportPackError,
  reportItemIds,
  reportItemsInOrder,
  type PreviousReportItems,
} from './report-pack';
import { buildListPack, PACK_LOCALE, type ListPackInput, type PackStep } from './list-pack';
import { listFile, type ListFormat } from './list-export';
import { workspaceMaskingSecret } from './masking-secret';
import type { PackMasking } from '../../../shared/export/masking';
import { zipPackFiles } from './seal-client';
import { useExport, type ExportKind, type ExportTone } from '../../workspace/export-progress';

export { useExport, type ExportKind, type ExportTone } from '../../workspace/export-progress';

let controller: AbortController | null = null;

export function cancelExport(): void {
  controller?.abort();
}

// Reading is the first half of the bar, building and saving the second.
const STEP_SHARE: Record<PackStep, [number, number]> = {
  charts: [0.5, 0.2],
  workbook: [0.7, 0.15],
  report: [0.85, 0.05],
  pdf: [0.88, 0.04],
  manifest: [0.92, 0.04],
};
/** Zipping, for the hosts that save one file, is the last stretch of the bar. */
const ZIP_SHARE: [number, number] = [0.96, 0.04];

function progress(step: string, fraction: number): void {
  useExport.setState({ step, fraction: Math.min(1, Math.max(0, fraction)) });
}

async function readPeriodItems(repositories: Repositories, comparison: StatsComparison, signal: AbortSignal): Promise<Item[]> {
  const total = comparison.current.total;
  const items: Item[] = [];
  progress(t('stats.step.items', { done: 0, total }), 0);
  await repositories.stats.forEachReportedBetween(
    comparison.period.fromMs,
    comparison.period.toMs,
    (page) => {
      items.push(...page);
      progress(t('stats.step.items', { done: items.length, total }), total === 0 ? 0.5 : (items.length / total) * 0.5);
    },
    { signal },
  );
  return items;
}

async function lookupsOf(repositories: Repositories): Promise<{ lookups: ItemLookups; eventNames: Map<string, string> }> {
  const [units, reporters, events, profiles] = await Promise.all([
    repositories.units.list<Unit>(),
    repositories.reporters.list<Reporter>(),
    repositories.events.list<OpinionEvent>(),
    repositories.profiles.list(),
  ]);
  const eventNames = new Map(events.map((event) => [event.id, event.name]));
  return {
    eventNames,
    lookups: {
      units: new Map(units.map((unit) => [unit.id, unit.name])),
      reporters: new Map(reporters.map((reporter) => [reporter.id, reporter.name])),
      events: eventNames,
      people: new Map(profiles.map((profile) => [profile.id, profile.name])),
    },
  };
}

function errorMessage(error: unknown): string {
  return errorReason(error);
}

async function run(kind: ExportKind, work: (signal: AbortSignal) => Promise<{ tone: ExportTone; message: string }>): Promise<void> {
  if (useExport.getState().running) return;
  controller = new AbortController();
  const { signal } = controller;
  useExport.setState({ running: kind, step: null, fraction: 0, outcome: null });
  try {
    const outcome = await work(signal);
    useExport.setState({ outcome });
  } catch (error) {
    const cancelled = signal.aborted;
    useExport.setState({
      outcome: cancelled
        ? { tone: 'info', message: t('stats.export.cancelled') }
        : { tone: 'bad', message: t('stats.export.failed', { reason: errorMessage(error) }) },
    });
  } finally {
    controller = null;
    useExport.setState({ running: null, step: null, fraction: 0 });
  }
}

function warningsLine(warnings: readonly { message: string }[]): string {
  return warnings.length === 0 ? '' : ` ${t('stats.export.warnings', { messages: warnings.map((warning) => warning.message).join('；') })}`;
}

export function exportPack(
  repositories: Repositories,
  comparison: StatsComparison,
  options: { mask: boolean; timeZone: string },
): Promise<void> {
  return run('pack', async (signal) => {
    if (comparison.current.total === 0) return { tone: 'info', message: t('stats.export.nothing') };
    const host = platform();
    const [items, { lookups, eventNames }, spreadLinks, repostBatches, auditHead, appInfo, maskSecret] = await Promise.all([
      readPeriodItems(repositories, comparison, signal),
      lookupsOf(repositories),
      // Analysts' links are few (made by hand); the pack keeps those between its own items.
      repositories.spreadEdges.list<SpreadEdge>(),
      repositories.spread.repostBatches(),
      repositories.audit.head(),
      host.appInfo(),
      options.mask ? workspaceMaskingSecret(repositories.settings, writeContext()) : Promise.resolve(null),
    ]);
    return buildAndSavePack(
      {
        comparison,
        items,
        eventNames,
        lookups,
        masking: maskSecret === null ? null : { style: 'pseudonym', secret: maskSecret },
        auditHead,
        createdAt: new Date().toISOString(),
        appVersion: appInfo.version,
        timeZone: options.timeZone,
        spreadLinks,
        repostBatches,
      },
      signal,
    );
  });
}

async function buildAndSavePack(input: ListPackInput, signal: AbortSignal): Promise<{ tone: ExportTone; message: string }> {
  const host = platform();
  const pack = await buildListPack(
    input,
    {
      renderChart: (chart) => renderChartFiles(statsChartOption(chart, { withTitle: true, animation: false }), PACK_LOCALE),
      renderOption: (option) => renderChartFiles(option, PACK_LOCALE),
      printToPdf: host.capabilities.pdfBytes ? (html) => host.printToPdf({ html }) : undefined,
    },
    {
      signal,
      onProgress: (step, done, total) => {
        const [start, share] = STEP_SHARE[step];
        const label = step === 'charts' ? t('stats.step.charts', { done, total }) : t(`stats.step.${step}`);
        progress(label, start + (total === 0 ? 0 : (done / total) * share));
      },
    },
  );
  signal.throwIfAborted();
  progress(t('stats.step.saving'), 1);
  const warnings = warningsLine(pack.warnings);
  if (host.capabilities.realFolders) {
    const files: FolderFile[] = pack.files.map((file) => ({ path: file.path, bytes: file.bytes as Uint8Array<ArrayBuffer> }));
    const saved = await host.saveFolder({ suggestedName: pack.name, files });
    if (!saved.saved) return { tone: 'info', message: t('stats.export.notSaved') };
    return { tone: 'ok', message: t('stats.export.savedFolder', { path: saved.path ?? pack.name }) + warnings };
  }
  const name = `${pack.name}.zip`;
  const [zipStart, zipShare] = ZIP_SHARE;
  progress(t('stats.step.zip'), zipStart);
  const zipped = await zipPackFiles(pack.files, pack.name, {
    signal,
    onProgress: (done, total) => progress(t('stats.step.zip'), zipStart + (total === 0 ? 0 : (done / total) * zipShare)),
  });
  signal.throwIfAborted();
  progress(t('stats.step.saving'), 1);
  const saved = await host.saveFile({ suggestedName: name, bytes: zipped as Uint8Array<ArrayBuffer> });
  if (!saved.saved) return { tone: 'info', message: t('stats.export.notSaved') };
  return { tone: 'ok', message: t('stats.export.savedDownload', { name }) + warnings };
}

/**
 * The briefing pack of a signed report: report.json is the signed canonical JSON, the workbook holds the
 * report's items (as the store has them now) and its 对策建议, the statistics count those items over the
 * days they were reported on against the previous number of the series. Accounts are masked throughout
 * by the rule the report was signed with, when it chose masking before sign-off.
 */
export function exportReportPack(repositories: Repositories, report: Report, options: { timeZone: string }): Promise<void> {
  return run('pack', async (signal) => {
    let packReport;
    let items: Item[];
    try {
      packReport = packReportOf(report);
      const ids = reportItemIds(report);
      progress(t('stats.step.items', { done: 0, total: ids.length }), 0);
      const found = (await repositories.items.getMany(ids)).filter((item): item is Item => item !== undefined);
      items = reportItemsInOrder(report, new Map(found.map((item) => [item.id, item])));
    } catch (error) {
      if (error instanceof ReportPackError) return { tone: 'bad', message: refusalMessage(error) };
      throw error;
    }
    signal.throwIfAborted();
    const host = platform();
    const [{ lookups, eventNames }, spreadLinks, repostBatches, auditHead, appInfo, previous, masking] = await Promise.all([
      lookupsOf(repositories),
      repositories.spreadEdges.list<SpreadEdge>(),
      repositories.spread.repostBatches(),
      repositories.audit.head(),
      host.appInfo(),
      previousReportItems(repositories, report),
      reportPackMasking(repositories, report),
    ]);
    const snapshot = report.signedSnapshot;
    return buildAndSavePack(
      {
        comparison: reportComparison(items, report.date, previous, options.timeZone),
        items,
        eventNames,
        lookups,
        masking,
        auditHead,
        createdAt: new Date().toISOString(),
        appVersion: appInfo.version,
        timeZone: options.timeZone,
        report: packReport,
        previousReport: previous ? previous.report : null,
        // The signed content as the report page prints it, not a statistics summary: it is what was signed off.
        reportHtml: snapshot ? reportPrintHtml(snapshot) : undefined,
        suggestions: snapshot?.suggestions ?? [],
        spreadLinks,
        repostBatches,
      },
      signal,
    );
  });
}

/**
 * The rule the report was signed with, for every file of its pack: report.json is the signed content and cannot
 * change, so the other files follow it. Since the pseudonyms, that is the workspace's keyed pseudonyms (the same
 * secret sealed them); a snapshot signed before names no rule and kept first and last characters (张*三).
 */
async function reportPackMasking(repositories: Repositories, report: Report): Promise<PackMasking> {
  const snapshot = report.signedSnapshot;
  if (!snapshot?.maskAccounts) return null;
  if (snapshot.accountMasking === undefined) return { style: 'signed' };
  return { style: 'pseudonym', secret: await workspaceMaskingSecret(repositories.settings, writeContext()) };
}

/** The previous number of the report's series with the items it counted, or null when there is none. */
async function previousReportItems(
  repositories: Repositories,
  report: Report,
): Promise<(PreviousReportItems & { report: { series: string; year: number; number: number } }) | null> {
  const previous = await repositories.reports.previousOf(report);
  if (!previous) return null;
  // Items deleted since are not counted: 上期 says what the store can still show for it.
  const items = (await repositories.items.getMany(reportItemIds(previous))).filter((item): item is Item => item !== undefined);
  return {
    date: previous.date,
    items,
    report: { series: previous.signedSnapshot?.seriesName ?? previous.seriesName, year: previous.year, number: previous.number },
  };
}

function refusalMessage(error: ReportPackError): string {
  if (error.refusal === 'missingItems') return t('stats.reportPack.missingItems', { count: error.missingItemIds.length });
  return t(error.refusal === 'unsigned' ? 'stats.reportPack.unsigned' : 'stats.reportPack.hashMismatch');
}

/** Where the items of a list export come from: a page of items at a time, and how many to expect. */
export interface ListSource {
  total: number;
  baseName: string;
  read: (visit: (items: Item[]) => void, signal: AbortSignal) => Promise<void>;
}

export function exportList(
  repositories: Repositories,
  comparison: StatsComparison,
  format: ListFormat,
  options: { mask: boolean },
): Promise<void> {
  const { period } = comparison;
  return exportItemsList(
    repositories,
    {
      total: comparison.current.total,
      baseName: `舆情条目-${period.from}至${period.to}`,
      read: (visit, signal) => repositories.stats.forEachReportedBetween(period.fromMs, period.toMs, visit, { signal }),
    },
    format,
    options,
  );
}

/** Any list as one xlsx or csv file: the statistics period, or the items page's filtered result. */
export function exportItemsList(
  repositories: Repositories,
  source: ListSource,
  format: ListFormat,
  options: { mask: boolean },
): Promise<void> {
  return run(format, async (signal) => {
    if (source.total === 0) return { tone: 'info', message: t('stats.export.nothing') };
    const items: Item[] = [];
    progress(t('stats.step.items', { done: 0, total: source.total }), 0);
    const [, { lookups }, maskSecret] = await Promise.all([
      source.read((page) => {
        items.push(...page);
        progress(t('stats.step.items', { done: items.length, total: source.total }), (items.length / source.total) * 0.5);
      }, signal),
      lookupsOf(repositories),
      options.mask ? workspaceMaskingSecret(repositories.settings, writeContext()) : Promise.resolve(null),
    ]);
    signal.throwIfAborted();
    progress(t('stats.step.workbook'), 0.75);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const file = listFile(items, format, { baseName: source.baseName, lookups, maskSecret });
    signal.throwIfAborted();
    progress(t('stats.step.saving'), 1);
    const saved = await platform().saveFile({ suggestedName: file.name, bytes: file.bytes });
    if (!saved.saved) return { tone: 'info', message: t('stats.export.notSaved') };
    return {
      tone: 'ok',
      message: t('stats.export.savedList', { count: items.length, name: saved.path ?? file.name }) + warningsLine(file.warnings),
    };
  });
}
