import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import * as XLSX from 'xlsx';

// Reading a written workbook back the two ways a reader sees it: as SheetJS parses it, and as the raw
// XML parts Excel would load.

export function readWorkbook(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'array', cellStyles: true, cellNF: true, cellDates: false });
}

export function sheetOf(book: XLSX.WorkBook, name: string): XLSX.WorkSheet {
  const sheet = book.Sheets[name];
  if (!sheet) throw new Error(`no sheet ${name}; sheets are ${book.SheetNames.join(', ')}`);
  return sheet;
}

export function cellOf(sheet: XLSX.WorkSheet, ref: string): XLSX.CellObject {
  const cell = sheet[ref] as XLSX.CellObject | undefined;
  if (!cell) throw new Error(`no cell ${ref}`);
  return cell;
}

/** The cell under a header, in the given data row (1 = first row below the header). */
export function cellUnder(sheet: XLSX.WorkSheet, header: string, dataRow: number): XLSX.CellObject | undefined {
  const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
  for (let column = range.s.c; column <= range.e.c; column += 1) {
    const headerCell = sheet[XLSX.utils.encode_cell({ r: 0, c: column })] as XLSX.CellObject | undefined;
    if (headerCell?.v === header) return sheet[XLSX.utils.encode_cell({ r: dataRow, c: column })] as XLSX.CellObject | undefined;
  }
  throw new Error(`no column ${header}`);
}

export function xmlParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

/** The worksheet XML of a named sheet, found through workbook.xml and its relationships. */
export function sheetXml(bytes: Uint8Array, name: string): string {
  const parts = xmlParts(bytes);
  const workbook = parts['xl/workbook.xml'] ?? '';
  const escapedName = name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const relId = new RegExp(`<sheet name="${escapeRegExp(escapedName)}" sheetId="\\d+" r:id="(rId\\d+)"`).exec(workbook)?.[1];
  const rels = parts['xl/_rels/workbook.xml.rels'] ?? '';
  const target = new RegExp(`Id="${relId}" [^>]*Target="([^"]+)"`).exec(rels)?.[1];
  const xml = target ? parts[`xl/${target}`] : undefined;
  if (!xml) throw new Error(`no worksheet part for ${name}`);
  return xml;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the XML parses as XML at all: what Excel's "we found a problem with some content" is about. */
const { DOMParser } = new JSDOM('').window;

export function isWellFormedXml(xml: string): boolean {
  return new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('parsererror').length === 0;
}
