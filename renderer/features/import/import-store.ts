// The 导入 page's state and its steps: choose files → parse in the worker → check the mapping → write in
// chunks → report; plus the list of past batches with undo and resume. Persisted data lives in the store
// (renderer/db); this holds only what the page shows right now.
import { create } from 'zustand';
import { sha256Hex } from '../../../shared/crypto/sha256';
import type { Feed, ItemKind } from '../../../shared/domain/types';
import { newId } from '../../../shared/ids';
import type { ImportField, MappingTemplate, TextEncodingName } from '../../../shared/import';
import { dataChanged, writeContext } from '../../workspace/desk';
import type { ImportBatchRecord, MappingRow, Repositories } from '../../db';
import { t } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { platform } from '../../platform';
import { SETTING_IMPORT_DICTIONARIES, storedDictionaries } from './dictionaries';
import { suspectedWithTitles, type ImportReport } from './import-report';
import { ParseFailure, parseFile, type ParseSession } from './parse-session';
import type { ParseOptions } from './protocol';
import { reportWorkbookBytes } from './report-workbook';
import { liveBatchIds, nameLookups, writeBatch, type FileToWrite, type WriteProgress } from './write-import';

export interface ImportSettings {
  feed: Feed;
  kind: ItemKind;
  /** null: from the title row, else this year */
  year: number | null;
  tz: string;
  encoding: TextEncodingName | null;
  /** null: every sheet with a header */
  sheet: string | null;
}

/** A saved mapping template as the mappings table keeps it. */
export type MappingTemplateRow = MappingRow & MappingTemplate;

export interface LoadedFile {
  name: string;
  bytes: Uint8Array;
  session: ParseSession;
  /** the analyst's column choices, applied as a template over the automatic mapping */
  columns: Record<string, ImportField | null> | null;
  /** set when the file came from the inbox folder */
  inboxName: string | null;
}

export interface QuarantinedFile {
  name: string;
  /** why the parse stopped, as the analyst was told */
  reason: string;
}

export type ImportPhase = 'choose' | 'parsing' | 'mapping' | 'writing' | 'report';

interface ImportState {
  phase: ImportPhase;
  settings: ImportSettings;
  files: LoadedFile[];
  parsing: { file: string; done: number; total: number } | null;
  /** inbox files moved to quarantine because the parser crashed on them, until the analyst dismisses them */
  quarantined: QuarantinedFile[];
  /** rows the workers have checked after the preview, by file name, while they are still at it */
  checking: Record<string, { done: number; total: number }>;
  writing: WriteProgress | null;
  error: string | null;
  notice: string | null;
  report: ImportReport | null;
  batches: ImportBatchRecord[];
  templates: MappingTemplateRow[];
  /** the interrupted batch that 继续 is reading its files again for */
  resumeBatch: ImportBatchRecord | null;
}

export const DEFAULT_IMPORT_SETTINGS: ImportSettings = {
  feed: 'other',
  kind: 'online',
  year: null,
  tz: 'Asia/Shanghai',
  encoding: null,
  sheet: null,
};

export const useImport = create<ImportState>(() => ({
  phase: 'choose',
  settings: DEFAULT_IMPORT_SETTINGS,
  files: [],
  parsing: null,
  quarantined: [],
  checking: {},
  writing: null,
  error: null,
  notice: null,
  report: null,
  batches: [],
  templates: [],
  resumeBatch: null,
}));

export const REPORT_LIST_LIMIT = 200;

/** The name the parse reports when the analyst's own column choices were applied rather than a saved template. */
export const MANUAL_MAPPING = '\u0000manual';

let parseAbort: AbortController | null = null;
let writeCancelled = false;

type ImportRepositories = Pick<Repositories, 'imports' | 'mappings' | 'settings' | 'units' | 'reporters' | 'items'>;

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : t('common.unknownError');
}

function disposeFiles(files: readonly LoadedFile[]): void {
  for (const file of files) file.session.dispose();
}

/** Loads batches and templates; a batch some window left `running` is marked interrupted first. */
export async function refreshImportPage(repositories: ImportRepositories): Promise<void> {
  await repositories.imports.markInterrupted(liveBatchIds, writeContext());
  const [batches, templates] = await Promise.all([repositories.imports.listBatches(), repositories.mappings.list<MappingTemplateRow>()]);
  useImport.setState({ batches, templates });
}

export function changeSettings(repositories: ImportRepositories, changes: Partial<ImportSettings>): void {
  useImport.setState((state) => ({ settings: { ...state.settings, ...changes } }));
  const { files, phase } = useImport.getState();
  // A setting that changes how the file reads (year, zone, encoding, sheet) shows in the preview at once.
  if (phase === 'mapping' && files.length > 0) void reparse(repositories, files);
}

async function parseOptions(
  repositories: ImportRepositories,
  file: Pick<LoadedFile, 'columns'>,
  settings: ImportSettings,
): Promise<ParseOptions> {
  const { templates } = useImport.getState();
  const dictionaries = storedDictionaries(await repositories.settings.get<unknown>(SETTING_IMPORT_DICTIONARIES, null));
  const options: ParseOptions = {
    feed: settings.feed,
    kind: settings.kind,
    tz: settings.tz,
    dictionaries,
    importTime: Date.now(),
    templates: templates.map(templateOf),
  };
  if (settings.year !== null) options.year = settings.year;
  if (settings.encoding !== null) options.encoding = settings.encoding;
  if (settings.sheet !== null) options.sheets = [settings.sheet];
  if (file.columns) options.template = { name: MANUAL_MAPPING, headerSignature: '', columns: file.columns };
  return options;
}

function templateOf(row: MappingTemplateRow): MappingTemplate {
  const template: MappingTemplate = { name: row.name, headerSignature: row.headerSignature, columns: row.columns };
  if (row.partner !== undefined) template.partner = row.partner;
  if (row.feed !== undefined) template.feed = row.feed;
  if (row.kind !== undefined) template.kind = row.kind;
  return template;
}

async function parseOne(
  repositories: ImportRepositories,
  name: string,
  bytes: Uint8Array,
  columns: LoadedFile['columns'],
  signal: AbortSignal,
) {
  useImport.setState({ parsing: { file: name, done: 0, total: 0 } });
  let previewShown = false;
  const session = await parseFile({
    bytes,
    fileName: name,
    options: await parseOptions(repositories, { columns }, useImport.getState().settings),
    signal,
    onProgress: (done, total) =>
      useImport.setState((state) =>
        previewShown ? { checking: { ...state.checking, [name]: { done, total } } } : { parsing: { file: name, done, total } },
      ),
  });
  previewShown = true;
  return session;
}

/**
 * The worker goes on checking the file's rows after the preview: show its final counts when it is done, and
 * if the rest of the file fails while the analyst is still looking at the mapping, fail the step as a parse
 * failure would. (While writing, the writer's next read fails and undoes the batch instead.)
 */
function followCheck(file: LoadedFile): void {
  const current = () => useImport.getState().files.some((candidate) => candidate.session === file.session);
  file.session.complete.then(
    () => {
      if (!current()) return;
      useImport.setState((state) => {
        const checking = { ...state.checking };
        delete checking[file.name];
        return { checking, files: state.files.map((candidate) => ({ ...candidate })) };
      });
    },
    async (error: unknown) => {
      if (!current() || useImport.getState().phase !== 'mapping') return;
      disposeFiles(useImport.getState().files);
      useImport.setState({ files: [], checking: {} });
      await failParse(error, file.inboxName);
    },
  );
}

/** Parses the chosen files; a file that fails stops the step with its reason and nothing is written. */
export async function loadFiles(
  repositories: ImportRepositories,
  opened: readonly { name: string; bytes: Uint8Array; inboxName?: string }[],
): Promise<void> {
  if (opened.length === 0) return;
  disposeFiles(useImport.getState().files);
  parseAbort = new AbortController();
  const signal = parseAbort.signal;
  useImport.setState({ phase: 'parsing', files: [], error: null, notice: null, report: null });
  const files: LoadedFile[] = [];
  for (const file of opened) {
    try {
      const session = await parseOne(repositories, file.name, file.bytes, null, signal);
      files.push({ name: file.name, bytes: file.bytes, session, columns: null, inboxName: file.inboxName ?? null });
    } catch (error) {
      disposeFiles(files);
      await failParse(error, file.inboxName ?? null);
      return;
    }
  }
  useImport.setState({ phase: 'mapping', files, parsing: null, checking: {} });
  for (const file of files) followCheck(file);
}

async function failParse(error: unknown, inboxName: string | null): Promise<void> {
  let message = messageOf(error);
  const runaway = error instanceof ParseFailure && (error.reason === 'crashed' || error.reason === 'timeout');
  if (runaway && inboxName !== null && platform().capabilities.inbox) {
    // A file that crashed the parser would crash it again each time the inbox offers it.
    const reason = message;
    const moved = await platform()
      .inboxQuarantine(inboxName, reason)
      .catch(() => false);
    if (moved) {
      message = `${message} ${t('import.error.quarantined')}`;
      useImport.setState((state) => ({
        quarantined: [...state.quarantined.filter((file) => file.name !== inboxName), { name: inboxName, reason }],
      }));
    }
  }
  useImport.setState({ phase: 'choose', parsing: null, error: message, resumeBatch: null });
}

async function reparse(repositories: ImportRepositories, files: readonly LoadedFile[]): Promise<void> {
  parseAbort = new AbortController();
  const signal = parseAbort.signal;
  useImport.setState({ phase: 'parsing', error: null, notice: null });
  const next: LoadedFile[] = [];
  for (const file of files) {
    try {
      const session = await parseOne(repositories, file.name, file.bytes, file.columns, signal);
      file.session.dispose();
      next.push({ ...file, session });
    } catch (error) {
      disposeFiles(next);
      disposeFiles(files);
      await failParse(error, file.inboxName);
      return;
    }
  }
  useImport.setState({ phase: 'mapping', files: next, parsing: null, checking: {} });
  for (const file of next) followCheck(file);
}

/** The analyst has read about a quarantined file. */
export function dismissQuarantined(name: string): void {
  useImport.setState((state) => ({ quarantined: state.quarantined.filter((file) => file.name !== name) }));
}

export function cancelParse(): void {
  parseAbort?.abort();
}

/** The analyst chose another field for one column of one file: read that file again with it. */
export async function changeColumn(
  repositories: ImportRepositories,
  fileIndex: number,
  header: string,
  field: ImportField | null,
): Promise<void> {
  const { files } = useImport.getState();
  const file = files[fileIndex];
  if (!file) return;
  const sheet = file.session.summary.sheets.find((candidate) => candidate.headerSignature !== null);
  const columns = { ...(file.columns ?? sheet?.mapping ?? {}), [header]: field };
  const changed = files.map((candidate, index) => (index === fileIndex ? { ...candidate, columns } : candidate));
  await reparse(repositories, changed);
}

export async function saveTemplate(
  repositories: ImportRepositories,
  fileIndex: number,
  name: string,
  partner: string,
): Promise<{ ok: boolean; message: string }> {
  const trimmed = name.trim();
  if (trimmed === '') return { ok: false, message: t('import.mapping.templateNameRequired') };
  const file = useImport.getState().files[fileIndex];
  const sheet = file?.session.summary.sheets.find((candidate) => candidate.headerSignature !== null);
  if (!file || !sheet || sheet.headerSignature === null) return { ok: false, message: t('common.unknownError') };
  const { settings, templates } = useImport.getState();
  // One template per layout: saving again for the same headers replaces it.
  const existing = templates.find((template) => template.headerSignature === sheet.headerSignature);
  const row: MappingTemplateRow = {
    id: existing?.id ?? newId(),
    name: trimmed,
    headerSignature: sheet.headerSignature,
    columns: { ...sheet.mapping },
    feed: settings.feed,
    kind: settings.kind,
  };
  if (partner.trim() !== '') row.partner = partner.trim();
  await repositories.mappings.put(row, writeContext());
  useImport.setState({ templates: await repositories.mappings.list<MappingTemplateRow>() });
  return { ok: true, message: t('import.mapping.templateSaved', { name: trimmed }) };
}

function fileToWrite(file: LoadedFile, skip = 0): FileToWrite {
  const { session } = file;
  return {
    file: file.name,
    // until the worker has checked every row: the rows checked so far, as many accepted again as for those
    get accepted() {
      const { summary } = session;
      if (summary.complete || summary.checkedRows === 0) return summary.accepted;
      return Math.round((summary.accepted * summary.totalRows) / summary.checkedRows);
    },
    skip,
    read: (from, to) => session.read(from, to),
  };
}

/** What only the whole file tells: known once every file is checked, which writing every row waits for. */
async function finalSummaries(files: readonly LoadedFile[]) {
  return Promise.all(files.map((file) => file.session.complete));
}

/** Writes the parsed files as one batch and shows its report. */
export async function startImport(repositories: ImportRepositories): Promise<void> {
  const { files, settings, resumeBatch } = useImport.getState();
  if (files.length === 0) return;
  writeCancelled = false;
  useImport.setState({ phase: 'writing', writing: { phase: 'writing', done: 0, total: 0 }, error: null, notice: null });
  const ctx = writeContext();
  try {
    const [units, reporters] = await Promise.all([repositories.units.list(), repositories.reporters.list()]);
    const summaries = files.map((file) => file.session.summary);
    const batch =
      resumeBatch ??
      (await repositories.imports.startBatch(
        {
          files: files.map((file) => file.name),
          feed: settings.feed,
          kind: settings.kind,
          settings: {
            year: settings.year,
            tz: settings.tz,
            encoding: settings.encoding,
            sheets: settings.sheet === null ? [] : [settings.sheet],
            templateId: null,
            fileHashes: Object.fromEntries(summaries.map((summary) => [summary.file, summary.fileHash])),
            fileRows: Object.fromEntries(summaries.map((summary) => [summary.file, summary.accepted])),
          },
          counts: {
            warnings: summaries.reduce((sum, summary) => sum + summary.warnings.length, 0),
            rejected: summaries.reduce((sum, summary) => sum + summary.rejected.length, 0),
            skipped: summaries.reduce((sum, summary) => sum + summary.skippedRows, 0),
          },
        },
        ctx,
      ));
    const writtenUpTo = (name: string) =>
      (resumeBatch?.chunks ?? []).filter((chunk) => chunk.file === name).reduce((most, chunk) => Math.max(most, chunk.to), 0);
    const outcome = await writeBatch({
      imports: repositories.imports,
      batchId: batch.id,
      files: files.map((file) => fileToWrite(file, writtenUpTo(file.name))),
      names: nameLookups(units, reporters),
      ctx,
      importTime: Date.now(),
      shouldCancel: () => writeCancelled,
      onProgress: (progress) => useImport.setState({ writing: progress }),
      finalCounts: async () => {
        const final = await finalSummaries(files);
        return {
          counts: {
            warnings: final.reduce((sum, summary) => sum + summary.warnings.length, 0),
            rejected: final.reduce((sum, summary) => sum + summary.rejected.length, 0),
            skipped: final.reduce((sum, summary) => sum + summary.skippedRows, 0),
          },
          fileRows: Object.fromEntries(final.map((summary) => [summary.file, summary.accepted])),
        };
      },
    });
    if (outcome.state === 'complete') {
      for (const file of files) {
        if (file.inboxName !== null)
          await platform()
            .inboxMarkImported(file.inboxName)
            .catch(() => false);
      }
    }
    // A cancel can come before the workers are done: the report then lists what they had checked.
    const reported = outcome.state === 'complete' ? await finalSummaries(files) : files.map((file) => file.session.summary);
    const report: ImportReport = {
      batch: outcome.batch,
      state: outcome.state,
      rejected: reported.flatMap((summary) => summary.rejected.map((row) => ({ ...row, file: summary.file }))),
      warnings: reported.flatMap((summary) => summary.warnings.map((row) => ({ ...row, file: summary.file }))),
      suspected: await suspectedWithTitles(repositories.items, outcome.batch, t('import.report.untitled')),
    };
    disposeFiles(files);
    useImport.setState({ phase: 'report', report, files: [], writing: null, resumeBatch: null });
  } catch (error) {
    if (error instanceof ParseFailure) {
      // The rest of a file failed while it was being written; the writer has undone the batch already.
      const settled = await Promise.allSettled(files.map((file) => file.session.complete));
      const failed = files.find((_file, index) => settled[index]?.status === 'rejected');
      disposeFiles(files);
      useImport.setState({ files: [], checking: {}, writing: null });
      await failParse(error, failed?.inboxName ?? null);
    } else useImport.setState({ phase: 'mapping', writing: null, error: t('import.error.write', { reason: messageOf(error) }) });
  } finally {
    dataChanged();
    await refreshImportPage(repositories);
  }
}

export function cancelWrite(): void {
  writeCancelled = true;
}

export async function undoBatch(repositories: ImportRepositories, batchId: string): Promise<void> {
  useImport.setState({ error: null, notice: null });
  try {
    await repositories.imports.undoBatch(batchId, writeContext());
    useImport.setState((state) => ({
      notice: t('import.batches.undone'),
      report: state.report?.batch.id === batchId ? null : state.report,
      phase: state.report?.batch.id === batchId ? 'choose' : state.phase,
    }));
  } catch (error) {
    useImport.setState({ error: messageOf(error) });
  } finally {
    dataChanged();
    await refreshImportPage(repositories);
  }
}

/** 继续: the analyst chooses the interrupted batch's files again; only the very same files are accepted. */
export async function resumeBatch(
  repositories: ImportRepositories,
  batch: ImportBatchRecord,
  opened: readonly { name: string; bytes: Uint8Array }[],
): Promise<void> {
  const expected = batch.settings.fileHashes;
  const matches =
    opened.length === batch.files.length &&
    opened.every((file) => expected[file.name] !== undefined && expected[file.name] === sha256Hex(file.bytes));
  if (!matches) {
    useImport.setState({ error: t('import.resume.wrongFile') });
    return;
  }
  useImport.setState({
    resumeBatch: batch,
    settings: {
      feed: batch.feed,
      kind: batch.kind,
      year: batch.settings.year,
      tz: batch.settings.tz,
      encoding: batch.settings.encoding as TextEncodingName | null,
      sheet: batch.settings.sheets[0] ?? null,
    },
  });
  await loadFiles(repositories, opened);
  if (useImport.getState().phase === 'mapping') await startImport(repositories);
}

export function startOver(): void {
  disposeFiles(useImport.getState().files);
  useImport.setState({
    phase: 'choose',
    files: [],
    report: null,
    error: null,
    notice: null,
    parsing: null,
    writing: null,
    resumeBatch: null,
  });
}

export async function saveReport(report: ImportReport): Promise<string> {
  const bytes = reportWorkbookBytes(report, t, (iso) => formatDateTime(iso));
  const stamp = report.batch.startedAt.slice(0, 16).replace(/[-:T]/g, '');
  const result = await platform().saveFile({ suggestedName: `${t('import.report.fileName')}-${stamp}.xlsx`, bytes });
  if (!result.saved) return '';
  return result.path ? t('import.report.saved', { path: result.path }) : t('import.report.savedDownload');
}
