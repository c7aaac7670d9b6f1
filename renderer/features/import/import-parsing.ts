// The parse and mapping steps of an import: the chosen files are read in the worker, and read again when a
// setting or a column's field changes; a file that fails stops the step, and an inbox file that crashed the
// parser is moved to quarantine.
import type { ImportField } from '../../../shared/import';
import { t } from '../../i18n';
import { platform } from '../../platform';
import { SETTING_IMPORT_DICTIONARIES, storedDictionaries } from './dictionaries';
import {
  MANUAL_MAPPING,
  disposeFiles,
  messageOf,
  useImport,
  type ImportRepositories,
  type ImportSettings,
  type LoadedFile,
} from './import-state';
import { templateOf } from './import-templates';
import { ParseFailure, parseFile } from './parse-session';
import type { ParseOptions } from './protocol';

let parseAbort: AbortController | null = null;

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

export async function failParse(error: unknown, inboxName: string | null): Promise<void> {
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
