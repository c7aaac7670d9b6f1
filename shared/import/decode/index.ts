import { ImportError } from '../errors';
import type { Table } from '../table';
import { parseDelimited, detectDelimiter } from './delimited';
import { decodeText, type TextEncodingName } from './encoding';
import { detectJsonLayout, parseJsonRecords } from './json';
import type { DecodeLimits } from './limits';
import { checkZipDeclaredSize, decodeWorkbook } from './workbook';

export type FileFormat = 'xlsx' | 'xls' | 'html' | 'csv' | 'tsv' | 'json' | 'ndjson';

export interface DecodedFile {
  format: FileFormat;
  /** the text encoding used; null for binary workbooks */
  encoding: TextEncodingName | null;
  tables: Table[];
  /** every sheet in the workbook, chosen or not */
  sheetNames: string[];
  /** JSON records that could not be read as a record */
  badRecords: { row: number; reason: string }[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

// The extension lies often enough (CSV saved as .xls, HTML tables named .xls), so only the bytes decide.
export function decodeFile(bytes: Uint8Array, limits: DecodeLimits, encoding?: TextEncodingName, sheets?: readonly string[]): DecodedFile {
  if (bytes.length > limits.maxBytes) {
    throw new ImportError('import.tooLarge', { megabytes: Math.round(limits.maxBytes / 1024 / 1024) });
  }
  if (bytes.length === 0) throw new ImportError('import.emptyFile');
  if (startsWith(bytes, ZIP_MAGIC)) {
    checkZipDeclaredSize(bytes, limits);
    return workbookResult('xlsx', null, decodeWorkbook({ kind: 'binary', bytes }, limits, sheets));
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    return workbookResult('xls', null, decodeWorkbook({ kind: 'binary', bytes }, limits, sheets));
  }
  if (looksBinary(bytes)) throw new ImportError('import.notATable');
  const decoded = decodeText(bytes, encoding);
  const text = decoded.text;
  const layout = detectJsonLayout(text);
  if (layout) {
    const { table, badLines } = parseJsonRecords(text, layout, limits);
    return { format: layout, encoding: decoded.encoding, tables: [table], sheetNames: [], badRecords: badLines };
  }
  if (/^\s*<(\?xml|!doctype html|html|table|meta|head|body)/i.test(text)) {
    return workbookResult('html', decoded.encoding, decodeWorkbook({ kind: 'text', text }, limits, sheets));
  }
  const delimiter = detectDelimiter(text);
  const table = parseDelimited(text, delimiter, limits);
  return { format: delimiter === '\t' ? 'tsv' : 'csv', encoding: decoded.encoding, tables: [table], sheetNames: [], badRecords: [] };
}

function workbookResult(format: FileFormat, encoding: TextEncodingName | null, workbook: ReturnType<typeof decodeWorkbook>): DecodedFile {
  return { format, encoding, tables: workbook.tables, sheetNames: workbook.sheetNames, badRecords: [] };
}

// Text never holds NUL bytes except as UTF-16, which has a BOM or a regular zero pattern; a run of
// control bytes in the first kilobytes means an image, a PDF or a zip without its header.
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return false;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return false;
  const sample = Math.min(bytes.length, 4096);
  let zeros = 0;
  let evenZeros = 0;
  let controls = 0;
  for (let index = 0; index < sample; index++) {
    const byte = bytes[index] ?? 0;
    if (byte === 0) {
      zeros++;
      if (index % 2 === 0) evenZeros++;
    } else if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) controls++;
  }
  const utf16Like = zeros > sample * 0.1 && (evenZeros < zeros * 0.05 || evenZeros > zeros * 0.95);
  if (utf16Like) return false;
  return zeros > 0 || controls > sample * 0.05;
}
