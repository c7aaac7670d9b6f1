import * as XLSX from 'xlsx';
import { unzipSync } from 'fflate';
import { ImportError } from '../errors';
import { withByteStringDecoding } from './byte-string';
import type { Cell, CellRange, Table, TableRow } from '../table';
import type { DecodeLimits } from './limits';
import { limitCellText } from './limits';

// Workbooks (.xlsx, .xls, and the HTML/SpreadsheetML files some systems save with an .xls name) through
// SheetJS. SheetJS never evaluates formulas: we read the cached value. Hyperlinks become their target URL.

// A deflate stream cannot expand more than about 1032:1; a declared ratio near that on a large entry is
// a bomb, not a spreadsheet (real sheet XML compresses 5–50:1).
const MAX_RATIO = 500;
const RATIO_CHECK_FROM_BYTES = 16 * 1024 * 1024;

/** Reads only the zip's central directory (nothing is inflated) and refuses what would not fit. */
export function checkZipDeclaredSize(bytes: Uint8Array, limits: DecodeLimits): void {
  let declaredTotal = 0;
  let refusal: ImportError | null = null;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        declaredTotal += file.originalSize;
        if (file.originalSize > RATIO_CHECK_FROM_BYTES && file.originalSize > Math.max(file.size, 1) * MAX_RATIO) {
          refusal ??= new ImportError('import.zipBombEntry', { entry: file.name });
        }
        return false;
      },
    });
  } catch {
    throw new ImportError('import.corruptWorkbook');
  }
  if (refusal) throw refusal;
  if (declaredTotal > limits.maxUncompressedBytes) {
    const megabytes = Math.round(limits.maxUncompressedBytes / 1024 / 1024);
    throw new ImportError('import.zipBombTotal', { megabytes });
  }
}

export type WorkbookSource = { kind: 'binary'; bytes: Uint8Array } | { kind: 'text'; text: string };

export interface DecodedWorkbook {
  sheetNames: string[];
  tables: Table[];
}

/**
 * The SheetJS options of every import read. The import derives each cell's text itself but keeps SheetJS's
 * formatted text (`cellText`) for long IDs Excel shows in full and for date cells, and the number format
 * (`cellNF`) to tell a date serial from a number; no HTML, styles or formulas are built, and cells sit in
 * dense rows.
 */
export function workbookReadOptions(limits: DecodeLimits, onlySheets?: readonly string[]): XLSX.ParsingOptions {
  return {
    dense: true,
    cellFormula: false,
    cellHTML: false,
    cellNF: true,
    cellText: true,
    cellDates: false,
    cellStyles: false,
    // plaintext-like sources (HTML tables): keep "00123" and long IDs as strings
    raw: true,
    sheetRows: limits.maxRows + 1,
    ...(onlySheets && onlySheets.length > 0 ? { sheets: [...onlySheets] } : {}),
  };
}

/** XLSX.read as the import calls it: its options, and byte strings a browser can make of a large sheet. */
export function readWorkbook(source: WorkbookSource, options: XLSX.ParsingOptions): XLSX.WorkBook {
  return withByteStringDecoding(() =>
    source.kind === 'binary'
      ? XLSX.read(source.bytes, { ...options, type: 'array' })
      : XLSX.read(source.text, { ...options, type: 'string' }),
  );
}

export function decodeWorkbook(source: WorkbookSource, limits: DecodeLimits, onlySheets?: readonly string[]): DecodedWorkbook {
  let workbook: XLSX.WorkBook;
  try {
    workbook = readWorkbook(source, workbookReadOptions(limits, onlySheets));
  } catch {
    throw new ImportError('import.unreadable');
  }
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const tables: Table[] = [];
  for (const name of workbook.SheetNames) {
    if (onlySheets && onlySheets.length > 0 && !onlySheets.includes(name)) continue;
    const sheet = workbook.Sheets[name];
    if (!sheet) continue;
    tables.push(sheetToTable(name, sheet, date1904, limits));
  }
  return { sheetNames: workbook.SheetNames.slice(), tables };
}

function sheetToTable(name: string, sheet: XLSX.WorkSheet, date1904: boolean, limits: DecodeLimits): Table {
  const fullRef = sheet['!fullref'] as string | undefined;
  if (fullRef && XLSX.utils.decode_range(fullRef).e.r + 1 > limits.maxRows) {
    throw new ImportError('import.sheetTooManyRows', { sheet: name, maxRows: limits.maxRows });
  }
  const data = (sheet['!data'] as (XLSX.CellObject | undefined)[][] | undefined) ?? [];
  const rows: TableRow[] = [];
  let blankRowsWithin = 0;
  let pendingBlank = 0;
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    const cells: (Cell | undefined)[] = [];
    let blank = true;
    if (source) {
      for (let c = 0; c < source.length; c++) {
        const cell = toCell(source[c], limits);
        if (!cell) continue;
        cells[c] = cell;
        if (cell.text.trim() !== '' || cell.url) blank = false;
      }
    }
    if (blank) {
      if (rows.length > 0) pendingBlank++;
      continue;
    }
    blankRowsWithin += pendingBlank;
    pendingBlank = 0;
    rows.push({ row: r + 1, cells });
  }
  const merges = ((sheet['!merges'] as CellRange[] | undefined) ?? []).filter(isSaneRange);
  return { name, rows, blankRowsWithin, merges, date1904, fixedHeaders: null };
}

function isSaneRange(range: CellRange): boolean {
  return range.s.r >= 0 && range.s.c >= 0 && range.e.r >= range.s.r && range.e.c >= range.s.c && range.e.c - range.s.c < 16_384;
}

const ALL_DIGITS = /^-?\d+$/;

function toCell(source: XLSX.CellObject | undefined, limits: DecodeLimits): Cell | undefined {
  if (!source) return undefined;
  const url = hyperlinkTarget(source);
  let cell: Cell | undefined;
  switch (source.t) {
    case 's':
      cell = limitCellText(String(source.v ?? '').replace(/\r\n?/g, '\n'), limits);
      break;
    case 'n':
      cell = numberCell(source);
      break;
    case 'b':
      cell = { text: source.v ? 'TRUE' : 'FALSE' };
      break;
    case 'd':
      cell = { text: typeof source.w === 'string' ? source.w : String(source.v ?? '') };
      break;
    default:
      // 'e' (#N/A, #REF! …) and 'z' stubs carry no value worth importing
      cell = undefined;
  }
  if (url) return { ...(cell ?? { text: '' }), url };
  return cell;
}

function numberCell(source: XLSX.CellObject): Cell | undefined {
  const value = source.v;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const formatted = typeof source.w === 'string' ? source.w : undefined;
  const format = typeof source.z === 'string' ? source.z : undefined;
  if (format && format !== 'General' && XLSX.SSF.is_date(format)) {
    return { text: formatted ?? String(value), number: value, dateSerial: value };
  }
  if (Number.isSafeInteger(value)) return { text: String(value), number: value };
  if (Number.isInteger(value)) {
    // 16+ digits: Excel stored a double and the last digits are gone; the formatted text is the best
    // the file still holds when it shows every digit.
    const digits = formatted && ALL_DIGITS.test(formatted.trim()) ? formatted.trim() : BigInt(value).toString();
    return { text: digits, number: value, imprecise: true };
  }
  return { text: formatted ?? String(value), number: value };
}

function hyperlinkTarget(source: XLSX.CellObject): string | undefined {
  const link = source.l as { Target?: unknown } | undefined;
  const target = link && typeof link.Target === 'string' ? link.Target.trim() : '';
  // internal links ("#Sheet2!A1") point inside the workbook, not at a post
  return target && !target.startsWith('#') ? target : undefined;
}
