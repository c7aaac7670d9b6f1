// The 导入 page's state: what it shows right now (persisted data lives in the store, renderer/db), the
// defaults, and loading the past batches and saved templates.
import { create } from 'zustand';
import type { Feed, ItemKind } from '../../../shared/domain/types';
import type { ImportField, MappingTemplate, TextEncodingName } from '../../../shared/import';
import { writeContext } from '../../workspace/desk';
import type { ImportBatchRecord, MappingRow, Repositories } from '../../db';
import { errorReason } from '../../i18n';
import type { ImportReport } from './import-report';
import type { ParseSession } from './parse-session';
import { liveBatchIds, type WriteProgress } from './write-import';

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

export type ImportRepositories = Pick<Repositories, 'imports' | 'mappings' | 'settings' | 'units' | 'reporters' | 'items'>;

export function messageOf(error: unknown): string {
  return errorReason(error);
}

export function disposeFiles(files: readonly LoadedFile[]): void {
  for (const file of files) file.session.dispose();
}

/** Loads batches and templates; a batch some window left `running` is marked interrupted first. */
export async function refreshImportPage(repositories: ImportRepositories): Promise<void> {
  await repositories.imports.markInterrupted(liveBatchIds, writeContext());
  const [batches, templates] = await Promise.all([repositories.imports.listBatches(), repositories.mappings.list<MappingTemplateRow>()]);
  useImport.setState({ batches, templates });
}
