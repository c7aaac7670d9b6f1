// The write step of an import: the parsed files written as one batch in chunks, then its report; and the
// batches' undo and 继续 (resume with the very same files).
import { sha256Hex } from '../../../shared/crypto/sha256';
import type { TextEncodingName } from '../../../shared/import';
import { writeContext } from '../../workspace/desk';
import type { ImportBatchRecord } from '../../db';
import { t } from '../../i18n';
import { platform } from '../../platform';
import { failParse, loadFiles } from './import-parsing';
import { suspectedWithTitles, type ImportReport } from './import-report';
import { disposeFiles, messageOf, refreshImportPage, useImport, type ImportRepositories, type LoadedFile } from './import-state';
import { ParseFailure } from './parse-session';
import { nameLookups, writeBatch, type FileToWrite } from './write-import';

let writeCancelled = false;

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
