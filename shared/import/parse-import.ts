import type { Feed, ItemKind } from '../domain/types';
import { decodeFile } from './decode';
import type { TextEncodingName } from './decode/encoding';
import { DEFAULT_LIMITS } from './decode/limits';
import type { DecodeLimits } from './decode/limits';
import { exactKeys, dedupKeyStrings, fingerprintOf, WithinFileDuplicates } from './dedup/fingerprint';
import { NEAR_DUPLICATE_MAX_DISTANCE, NearDuplicateIndex, simhash64 } from './dedup/simhash';
import { DEFAULT_DICTIONARIES, DictionaryLookup } from './dictionaries';
import type { ImportDictionaries } from './dictionaries';
import { ImportError } from './errors';
import { detectHeader } from './header';
import { mapColumns } from './mapping';
import type { ColumnShape } from './mapping';
import { DEFAULT_TIME_ZONE, formatEpochInZone, isValidTimeZone, isoDay, parseTimeCell } from './normalise/time';
import type { ImportedItem, ImportResult, NearDuplicatePair, RejectedRow, RowWarning, SheetSummary } from './result';
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

/** The one entry point for the app's import worker and `desk check`. Throws only ImportError. */
export function parseImport(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportResult {
  const timeZone = options.tz ?? DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(timeZone)) throw new ImportError('badOption', `无法识别的时区「${timeZone}」`);
  if (options.year !== undefined && !(Number.isInteger(options.year) && options.year >= 1900 && options.year <= 2200)) {
    throw new ImportError('badOption', `年份「${options.year}」不正确`);
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
    if (missing.length > 0) throw new ImportError('noSuchSheet', `文件中没有名为「${missing.join('」「')}」的工作表`);
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
  const items: ImportedItem[] = [];
  const rejected: RejectedRow[] = [];
  const warnings: RowWarning[] = [];
  const nearDuplicates: NearDuplicatePair[] = [];
  const duplicates = new WithinFileDuplicates();
  const nearIndex = new NearDuplicateIndex<number>();
  let skippedRows = 0;
  let duplicatesInFile = 0;
  let templateUsed: string | null = null;
  let anyHeader = false;

  const total = decoded.tables.reduce((sum, table) => sum + table.rows.length, 0);
  let done = 0;
  const tick = (): void => {
    done++;
    if (done % PROGRESS_EVERY_ROWS === 0) {
      if (cancelled()) throw cancelledError();
      options.onProgress?.(done, total);
    }
  };

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
    anyHeader = true;
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
    for (const conflict of mapping.conflicts)
      warnings.push({ sheet: table.name, row: headerWarningRow, field: conflict.field, reason: conflict.reason });

    // title rows above the header are skipped and counted; the header rows themselves are not
    skippedRows += header.firstIndex + table.blankRowsWithin;
    done += dataStart;

    const context: RowContext = {
      sheet: table.name,
      mapping,
      time,
      timeZone,
      feed: options.feed ?? template?.feed ?? 'other',
      kind: options.kind ?? template?.kind ?? 'online',
      ...lookups,
    };
    for (let index = dataStart; index < table.rows.length; index++) {
      const row = table.rows[index];
      tick();
      if (!row) continue;
      const outcome = convertRow(row, context);
      if (outcome.kind === 'footer') {
        skippedRows++;
        continue;
      }
      if (outcome.kind === 'rejected') {
        rejected.push({ sheet: table.name, row: row.row, reason: outcome.reason });
        continue;
      }
      const { record } = outcome;
      for (const warning of outcome.warnings)
        warnings.push({ sheet: table.name, row: row.row, field: warning.field, reason: warning.reason });
      const effectiveReportedAt = record.reportedAt ?? importIso;
      const keys = exactKeys(
        { ...record, day: isoDay(record.publishedAt) || isoDay(effectiveReportedAt) },
        options.trackingParameters ?? [],
      );
      const itemIndex = items.length;
      const duplicateOf = duplicates.check(keys, itemIndex);
      if (duplicateOf !== null) duplicatesInFile++;
      const simhash = simhash64(`${record.title ?? ''}\n${record.content ?? ''}`);
      if (simhash) {
        // One suggestion per row, to the nearest earlier cluster; rows that join a cluster are not indexed
        // themselves, so a file with a thousand reposts of one text stays linear, not quadratic.
        const nearest = duplicateOf === null ? nearIndex.find(simhash, NEAR_DUPLICATE_MAX_DISTANCE, 1)[0] : undefined;
        if (nearest) nearDuplicates.push({ item: itemIndex, of: nearest.key, distance: nearest.distance });
        else if (duplicateOf === null) nearIndex.add(itemIndex, simhash);
      }
      items.push({
        record,
        fingerprint: fingerprintOf(keys),
        dedupKeys: dedupKeyStrings(keys),
        simhash,
        provenance: { file: fileName, sheet: table.name, row: row.row },
        duplicateOf,
        effectiveReportedAt,
      });
    }
  }
  for (const bad of decoded.badRecords) rejected.push({ sheet: null, row: bad.row, reason: bad.reason });
  if (decoded.badRecords.length > 0) rejected.sort((a, b) => a.row - b.row);

  if (!anyHeader) {
    if (total === 0 && decoded.badRecords.length === 0) throw new ImportError('notATable', '文件中没有任何数据');
    if (decoded.badRecords.length === 0) {
      throw new ImportError('notATable', '未找到可识别的表头（如 标题、内容、链接、发布时间），请检查文件或使用映射模板');
    }
  }
  options.onProgress?.(total, total);

  return {
    file: fileName,
    format: decoded.format,
    encoding: decoded.encoding,
    template: templateUsed,
    sheets,
    accepted: items.length,
    skippedRows,
    rejected,
    warnings,
    duplicatesInFile,
    items,
    nearDuplicates,
  };
}

function templateHeaders(template: MappingTemplate | null): Set<string> {
  return new Set(template ? Object.keys(template.columns).map(normaliseHeader) : []);
}

function cancelledError(): ImportError {
  return new ImportError('cancelled', '导入已取消');
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
