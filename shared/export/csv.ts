import type { Item } from '../domain/types';
import { formatShanghaiMinute } from './excel-date';
import { encodeGb18030 } from './gb18030';
import { itemColumns, itemRows, type ItemTableOptions } from './item-columns';
import type { CellInput, ColumnType } from './spreadsheet-ml';

export type CsvEncoding = 'utf-8-bom' | 'gb18030';

// Excel and WPS run a csv field that starts with one of these as a formula (tab and CR because some
// versions trim them first); a leading apostrophe makes the field text. SheetJS's sheet_to_csv does
// not do this.
// eslint-disable-next-line no-control-regex -- finding control characters is the purpose
const FORMULA_TRIGGER = /^[=+\-@\t\r\u0000]/;
const NEEDS_QUOTES = /[",\r\n]/;
const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** A csv field that no spreadsheet will evaluate, quoted when it must be (RFC 4180). */
export function csvField(text: string): string {
  const defused = FORMULA_TRIGGER.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}

/** A number is data the exporter wrote itself, so a negative one keeps its sign instead of an apostrophe. */
function cellText(value: CellInput, type: ColumnType): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'object') {
    if ('date' in value) return csvField(formatShanghaiMinute(value.date) ?? value.date);
    return csvField(value.link);
  }
  if (type === 'date') return csvField(formatShanghaiMinute(value) ?? value);
  return csvField(value);
}

export function encodeCsv(text: string, encoding: CsvEncoding): Uint8Array {
  if (encoding === 'gb18030') return encodeGb18030(text);
  // The BOM is how Excel on Windows knows the file is UTF-8 and not the ANSI code page.
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(UTF8_BOM.length + body.length);
  bytes.set(UTF8_BOM, 0);
  bytes.set(body, UTF8_BOM.length);
  return bytes;
}

export interface CsvColumn {
  header: string;
  type: ColumnType;
}

/** Rows to csv text with CRLF line ends, the form Excel writes and expects. */
export function toCsvText(columns: CsvColumn[], rows: Iterable<CellInput[]>): string {
  const lines = [columns.map((column) => csvField(column.header)).join(',')];
  for (const row of rows) lines.push(columns.map((column, index) => cellText(row[index], column.type)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A filtered list as csv: the same columns as the 舆情条目 sheet. */
export function itemsToCsv(items: Iterable<Item>, encoding: CsvEncoding, options: ItemTableOptions = {}): Uint8Array {
  const columns = itemColumns(options);
  return encodeCsv(toCsvText(columns, itemRows(items, columns, options.maskAccount)), encoding);
}
