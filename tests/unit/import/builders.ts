import * as XLSX from 'xlsx';
import iconv from 'iconv-lite';
import { parseImport, toCheckReport } from '../../../shared/import';
import type { CheckReport, ImportOptions, ImportResult } from '../../../shared/import';

// Fixtures are built in the tests (what an agency's Excel or WPS would save), not checked in as blobs.

/** 2024-05-06 09:00 in Shanghai: fixed so default years and reportedAt never depend on the clock. */
export const IMPORT_TIME = Date.UTC(2024, 4, 6, 1, 0, 0);

export type CellSpec = string | number | null | XLSX.CellObject;

export interface SheetSpec {
  name?: string;
  rows: CellSpec[][];
  merges?: string[];
  /** adjust the sheet after building: hyperlinks, formulas, formats */
  edit?: (sheet: XLSX.WorkSheet) => void;
}

export function workbookBytes(sheets: SheetSpec[], bookType: 'xlsx' | 'biff8' = 'xlsx', options: { date1904?: boolean } = {}): Uint8Array {
  const workbook = XLSX.utils.book_new();
  sheets.forEach((spec, index) => {
    const sheet = XLSX.utils.aoa_to_sheet(spec.rows);
    if (spec.merges) sheet['!merges'] = spec.merges.map((range) => XLSX.utils.decode_range(range));
    spec.edit?.(sheet);
    XLSX.utils.book_append_sheet(workbook, sheet, spec.name ?? `Sheet${index + 1}`);
  });
  if (options.date1904) workbook.Workbook = { ...workbook.Workbook, WBProps: { date1904: true } };
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType }) as ArrayBuffer);
}

export function csvText(rows: (string | number | null)[][], delimiter = ','): string {
  const quote = (value: string | number | null): string => {
    const text = value === null ? '' : String(value);
    return /[",\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return bom ? concat(new Uint8Array([0xef, 0xbb, 0xbf]), body) : body;
}

export function utf16le(text: string, bom = true): Uint8Array {
  const body = new Uint8Array(iconv.encode(text, 'utf-16le'));
  return bom ? concat(new Uint8Array([0xff, 0xfe]), body) : body;
}

export function gb18030(text: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, 'gb18030'));
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

export function importFile(bytes: Uint8Array, fileName = 'test.xlsx', options: ImportOptions = {}): ImportResult {
  return parseImport(bytes, fileName, { importTime: IMPORT_TIME, ...options });
}

export function check(bytes: Uint8Array, fileName = 'test.xlsx', options: ImportOptions = {}): CheckReport {
  return toCheckReport(importFile(bytes, fileName, options));
}

export function link(text: string, target: string): XLSX.CellObject {
  return { t: 's', v: text, l: { Target: target } };
}

/** A cell whose cached value is what Excel last computed; the formula must never be evaluated. */
export function formula(cached: number | string, expression: string): XLSX.CellObject {
  return typeof cached === 'number' ? { t: 'n', v: cached, f: expression } : { t: 's', v: cached, f: expression };
}

export function dateCell(serial: number, format = 'yyyy-mm-dd hh:mm'): XLSX.CellObject {
  return { t: 'n', v: serial, z: format };
}
