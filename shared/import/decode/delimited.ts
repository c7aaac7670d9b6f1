import { ImportError } from '../errors';
import type { Cell, Table, TableRow } from '../table';
import type { DecodeLimits } from './limits';
import { limitCellText } from './limits';

// CSV and tab-separated text (RFC 4180 quoting, line breaks inside quoted cells). We parse ourselves so
// that IDs stay text and the decoded characters are exactly what TextDecoder produced.

export type Delimiter = ',' | '\t';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Tab when at least as many of the first lines hold a tab as hold a comma: TSV cells often contain commas. */
export function detectDelimiter(text: string): Delimiter {
  let tabLines = 0;
  let commaLines = 0;
  let start = 0;
  for (let line = 0; line < 50 && start < text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const content = text.slice(start, end);
    if (content.includes('\t')) tabLines++;
    if (content.includes(',')) commaLines++;
    start = end + 1;
  }
  return tabLines > 0 && tabLines >= commaLines ? '\t' : ',';
}

export function parseDelimited(text: string, delimiter: Delimiter, limits: DecodeLimits): Table {
  const separator = delimiter.charCodeAt(0);
  const rows: TableRow[] = [];
  let blankRowsWithin = 0;
  let pendingBlank = 0;

  let line = 1;
  let recordLine = 1;
  let cells: (Cell | undefined)[] = [];
  let field = '';
  let fieldStart = 0;
  let quoted = false;
  let index = 0;
  const length = text.length;

  const pushField = (raw: string): void => {
    const value = raw.replace(/\r\n?/g, '\n');
    if (value !== '') cells[cells.length] = limitCellText(value, limits);
    else cells.length++;
  };
  const endRecord = (): void => {
    const blank = cells.every((cell) => cell === undefined || cell.text.trim() === '');
    if (blank) {
      if (rows.length > 0) pendingBlank++;
    } else {
      blankRowsWithin += pendingBlank;
      pendingBlank = 0;
      if (rows.length >= limits.maxRows) {
        throw new ImportError('import.tooManyRows', { maxRows: limits.maxRows });
      }
      rows.push({ row: recordLine, cells });
    }
    cells = [];
  };

  while (index < length) {
    const code = text.charCodeAt(index);
    if (quoted) {
      if (code === QUOTE) {
        if (text.charCodeAt(index + 1) === QUOTE) {
          field += text.slice(fieldStart, index + 1);
          index += 2;
          fieldStart = index;
          continue;
        }
        field += text.slice(fieldStart, index);
        quoted = false;
        index++;
        fieldStart = index;
        continue;
      }
      if (code === LF) line++;
      else if (code === CR && text.charCodeAt(index + 1) !== LF) line++;
      index++;
      continue;
    }
    if (code === QUOTE && index === fieldStart && field === '') {
      quoted = true;
      index++;
      fieldStart = index;
      continue;
    }
    if (code === separator) {
      pushField(field + text.slice(fieldStart, index));
      field = '';
      index++;
      fieldStart = index;
      continue;
    }
    if (code === LF || code === CR) {
      pushField(field + text.slice(fieldStart, index));
      field = '';
      endRecord();
      index += code === CR && text.charCodeAt(index + 1) === LF ? 2 : 1;
      fieldStart = index;
      line++;
      recordLine = line;
      continue;
    }
    index++;
  }
  if (quoted || fieldStart < length || field !== '' || cells.length > 0) {
    pushField(field + text.slice(fieldStart, length));
    endRecord();
  }
  return { name: null, rows, blankRowsWithin, merges: [], date1904: false, fixedHeaders: null };
}
