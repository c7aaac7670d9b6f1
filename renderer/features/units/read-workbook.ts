import { read, utils } from 'xlsx';
import type { SheetRows } from './registry-import';

/** Every sheet of a workbook as rows of raw cell values (numbers stay numbers: a 截止时间 may be an Excel time). */
export function workbookSheets(bytes: Uint8Array): SheetRows[] {
  const workbook = read(bytes, { type: 'array', cellDates: false, dense: true });
  return workbook.SheetNames.map((name) => {
    const sheet = workbook.Sheets[name];
    const rows = sheet ? utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null, blankrows: true }) : [];
    return { name, rows };
  });
}
