import type { Feed, ItemKind } from '../domain/types';
import { decodeFile } from './decode';
import type { TextEncodingName } from './decode/encoding';
import { DEFAULT_LIMITS } from './decode/limits';
import type { DecodeLimits } from './decode/limits';
import { exactKeys, fingerprintOf, WithinFileDuplicates } from './dedup/fingerprint';
import { simhash64 } from './dedup/simhash';
import { DEFAULT_DICTIONARIES, DictionaryLookup } from './dictionaries';
import type { ImportDictionaries } from './dictionaries';
import { ImportError } from './errors';
import { detectHeader } from './header';
import { mapColumns } from './mapping';
import type { ColumnShape } from './mapping';
import { DEFAULT_TIME_ZONE, formatEpochInZone, isValidTimeZone, isoDay, parseTimeCell } from '../time';
import type { ImportedItem, ImportResult, RejectedRow, RowWarning, SheetSummary } from './result';
import { convertRow } from './rows';
import type { RowContext } from './rows';
import { normaliseHeader } from './synonyms';
import type { Table } from './table';
import { chooseTemplate, headerSignature } from './template';
import type { MappingTemplate } from './template';

export interface ImportOptions {
  /** default feed of the batch; a mapped column may override per row. Default `other`. */
  feed?: Feed;
  /** default kind; default `online` */
  kind?: ItemKind;
  /** year for month-day times; wins over a year in a title row */
  year?: number;
  /** IANA zone the file's times are read in; default Asia/Shanghai */
  tz?: string;
  encoding?: TextEncodingName;
  /** read only these sheets; default every sheet with a recognisable header */
  sheets?: readonly string[];
  /** apply this template */
  template?: MappingTemplate | null;
  /** or choose among these by header signature */
  templates?: readonly MappingTemplate[];
  /** when the import happens (epoch ms): the default year and the app's reportedAt. Default now. */
  importTime?: number;
  limits?: Partial<DecodeLimits>;
  dictionaries?: Partial<ImportDictionaries>;
  /** tracking parameters added in settings to the built-in list */
  trackingParameters?: readonly string[];
  onProgress?: (done: number, total: number) => void;
  shouldCancel?: () => boolean;
}

const PROGRESS_EVERY_ROWS = 1000;
const COLUMN_SHAPE_SAMPLE = 20;

/** The one entry point for `desk check` and the tests: the whole file at once. Throws only ImportError. */
export function parseImport(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportResult {
  const stream = openImport(bytes, fileName, options);
  const items: ImportedItem[] = [];
  while (!stream.done) for (const item of stream.next(Number.POSITIVE_INFINITY)) items.push(item);
  return { ...stream.summary(), items };
}

/** What an import knows once the file is decoded and its headers found, before any row is converted. */
export type ImportSummary = Omit<ImportResult, 'items'>;

/**
 * A file being converted a slice at a time, so the app's worker can hand the first rows over (the mapping
 * preview, then chunks to write) while it converts the rest. Draining it gives exactly parseImport's result.
 */
export interface ImportStream {
  /** data rows in all tables: the total for progress */
  readonly totalRows: number;
  /** rows looked at so far, header and skipped rows included */
  readonly doneRows: number;
  readonly done: boolean;
  /** converts rows until `maxItems` more are accepted or the file ends; throws only ImportError */
  next(maxItems: number): ImportedItem[];
  /** the counts, rows rejected and warnings so far; final once `done` */
  summary(): ImportSummary;
}

interface PreparedTable {
  table: Table;
  dataStart: number;
  context: RowContext;
  conflicts: RowWarning[];
}

/** Decodes the file and finds every table's header and mapping; rows are converted by next(). Throws only ImportError. */
export function openImport(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportStream {
  const timeZone = options.tz ?? DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(timeZone)) throw new ImportError('import.badTimeZone', { timeZone });
  if (options.year !== undefined && !(Number.isInteger(options.year) && options.year >= 1900 && options.year <= 2200)) {
    throw new ImportError('import.badYear', { year: options.year });
  }
  const limits: DecodeLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const importTime = options.importTime ?? Date.now();
  const importIso = formatEpochInZone(importTime, timeZone) ?? new Date(importTime).toISOString();
  const importYear = Number(importIso.slice(0, 4));
  const cancelled = (): boolean => options.shouldCancel?.() === true;
  if (cancelled()) throw cancelledError();

  const decoded = decodeFile(bytes, limits, options.encoding, options.sheets);
  if (options.sheets && options.sheets.length > 0 && decoded.sheetNames.length > 0) {
    const missing = options.sheets.filter((name) => !decoded.sheetNames.includes(name));
    if (missing.length > 0) throw new ImportError('import.noSuchSheet', { sheets: missing.join(', ') });
  }

  const dictionaries = { ...DEFAULT_DICTIONARIES, ...options.dictionaries };
  const lookups = {
    platforms: new DictionaryLookup(dictionaries.platforms),
    sentiments: new DictionaryLookup(dictionaries.sentiments),
    feeds: new DictionaryLookup(dictionaries.feeds),
    kinds: new DictionaryLookup(dictionaries.kinds),
    regions: new DictionaryLookup(dictionaries.regions),
  };

  const sheets: SheetSummary[] = [];
  const prepared: PreparedTable[] = [];
  const rejected: RejectedRow[] = [];
  const warnings: RowWarning[] = [];
  const duplicates = new WithinFileDuplicates();
  let skippedRows = 0;
  let duplicatesInFile = 0;
  let templateUsed: string | null = null;
  let accepted = 0;

  const total = decoded.tables.reduce((sum, table) => sum + table.rows.length, 0);
  // rows of tables without a usable header count as done at once; the others as their rows are converted
  let done = 0;

  for (const table of decoded.tables) {
    const chosen = options.template ?? null;
    let header = detectHeader(table, templateHeaders(chosen));
    let template = chosen;
    if (!template && options.templates && options.templates.length > 0) {
      template = header ? chooseTemplate(options.templates, header.labels) : null;
      // a layout only a template knows has no synonym header to find: look for each template's own
      for (const candidate of template ? [] : options.templates) {
        const found = detectHeader(table, templateHeaders(candidate));
        if (found && chooseTemplate([candidate], found.labels)) {
          template = candidate;
          header = found;
          break;
        }
      }
    }
    if (!header) {
      sheets.push({ name: table.name, headerRow: null, mapping: {}, headers: [], headerSignature: null, titleYear: null });
      done += table.rows.length;
      continue;
    }
    const dataStart = header.lastIndex + 1;
    const time = { year: options.year ?? header.titleYear ?? importYear, date1904: table.date1904 };
    const mapping = mapColumns({
      labels: header.labels,
      baseLabels: header.baseLabels,
      template,
      columnShape: (column) => columnShape(table, dataStart, column, time),
    });
    if (!mapping.fields.some((field) => field !== null)) {
      sheets.push({
        name: table.name,
        headerRow: header.headerRow,
        mapping: mapping.mapping,
        headers: header.labels,
        headerSignature: null,
        titleYear: header.titleYear,
      });
      done += table.rows.length;
      continue;
    }
    if (template) templateUsed = template.name;
    sheets.push({
      name: table.name,
      headerRow: header.headerRow,
      mapping: mapping.mapping,
      headers: header.labels,
      headerSignature: headerSignature(header.labels),
      titleYear: header.titleYear,
    });
    const headerWarningRow = header.headerRow ?? table.rows[0]?.row ?? 1;
    // title rows above the header are skipped and counted; the header rows themselves are not
    skippedRows += header.firstIndex + table.blankRowsWithin;
    done += dataStart;
    prepared.push({
      table,
      dataStart,
      conflicts: mapping.conflicts.map((conflict) => ({
        sheet: table.name,
        row: headerWarningRow,
        field: conflict.field,
        reason: conflict.reason,
      })),
      context: {
        sheet: table.name,
        mapping,
        time,
        timeZone,
        feed: options.feed ?? template?.feed ?? 'other',
        kind: options.kind ?? template?.kind ?? 'online',
        ...lookups,
      },
    });
  }

  if (prepared.length === 0) {
    if (total === 0 && decoded.badRecords.length === 0) throw new ImportError('import.noData');
    if (decoded.badRecords.length === 0) {
      throw new ImportError('import.noHeader');
    }
  }

  let tableIndex = 0;
  let rowIndex = prepared[0]?.dataStart ?? 0;
  let started = false;
  let finished = false;

  const finish = (): void => {
    finished = true;
    for (const bad of decoded.badRecords) rejected.push({ sheet: null, row: bad.row, reason: bad.reason });
    if (decoded.badRecords.length > 0) rejected.sort((a, b) => a.row - b.row);
    done = total;
    options.onProgress?.(total, total);
  };

  const convert = (prepare: PreparedTable, index: number, into: ImportedItem[]): void => {
    const { table, context } = prepare;
    const row = table.rows[index];
    if (!row) return;
    const outcome = convertRow(row, context);
    if (outcome.kind === 'footer') {
      skippedRows++;
      return;
    }
    if (outcome.kind === 'rejected') {
      rejected.push({ sheet: table.name, row: row.row, reason: outcome.reason });
      return;
    }
    const { record } = outcome;
    for (const warning of outcome.warnings)
      warnings.push({ sheet: table.name, row: row.row, field: warning.field, reason: warning.reason });
    const effectiveReportedAt = record.reportedAt ?? importIso;
    const keys = exactKeys({ ...record, day: isoDay(record.publishedAt) || isoDay(effectiveReportedAt) }, options.trackingParameters ?? []);
    const itemIndex = accepted;
    const duplicateOf = duplicates.check(keys, itemIndex);
    if (duplicateOf !== null) duplicatesInFile++;
    // near-duplicates are found where the rows are written, among the batch's rows and the store's recent ones
    const simhash = simhash64(`${record.title ?? ''}\n${record.content ?? ''}`);
    accepted++;
    into.push({
      record,
      fingerprint: fingerprintOf(keys),
      simhash,
      provenance: { file: fileName, sheet: table.name, row: row.row },
      duplicateOf,
      effectiveReportedAt,
    });
  };

  const stream: ImportStream = {
    get totalRows() {
      return total;
    },
    get doneRows() {
      return done;
    },
    get done() {
      return finished;
    },
    next(maxItems) {
      const items: ImportedItem[] = [];
      while (!finished && items.length < maxItems) {
        const prepare = prepared[tableIndex];
        if (!prepare) {
          finish();
          break;
        }
        if (!started) {
          started = true;
          for (const conflict of prepare.conflicts) warnings.push(conflict);
        }
        if (rowIndex >= prepare.table.rows.length) {
          tableIndex++;
          rowIndex = prepared[tableIndex]?.dataStart ?? 0;
          started = false;
          continue;
        }
        convert(prepare, rowIndex, items);
        rowIndex++;
        done++;
        if (done % PROGRESS_EVERY_ROWS === 0) {
          if (cancelled()) throw cancelledError();
          options.onProgress?.(done, total);
        }
      }
      return items;
    },
    summary() {
      return {
        file: fileName,
        format: decoded.format,
        encoding: decoded.encoding,
        template: templateUsed,
        sheets,
        accepted,
        skippedRows,
        rejected: [...rejected],
        warnings: [...warnings],
        duplicatesInFile,
      };
    },
  };
  return stream;
}

function templateHeaders(template: MappingTemplate | null): Set<string> {
  return new Set(template ? Object.keys(template.columns).map(normaliseHeader) : []);
}

function cancelledError(): ImportError {
  return new ImportError('import.cancelled');
}

/** What the first data rows of a column hold, so a date column and a time column can be combined. */
function columnShape(table: Table, dataStart: number, column: number, time: { year: number; date1904: boolean }): ColumnShape {
  let dates = 0;
  let times = 0;
  let seen = 0;
  for (let index = dataStart; index < table.rows.length && seen < COLUMN_SHAPE_SAMPLE; index++) {
    const cell = table.rows[index]?.cells[column];
    if (!cell || cell.text.trim() === '') continue;
    seen++;
    const parsed = parseTimeCell(cell, time);
    if (parsed?.kind === 'time') times++;
    else if (parsed?.kind === 'wall' && !parsed.hasTime) dates++;
  }
  if (seen === 0) return 'other';
  if (times === seen) return 'time';
  if (dates === seen) return 'date';
  return 'other';
}
