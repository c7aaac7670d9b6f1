// The edge list leaves the app as a workbook (SheetJS) or a csv that Excel opens as UTF-8 (BOM) and
// never evaluates (shared/export/csv defuses formula triggers: an account named "=HYPERLINK(…)" stays text).
import { utils, write } from 'xlsx';
import { encodeCsv, toCsvText, type CsvColumn } from '../../../shared/export/csv';
import type { EdgeRow } from './views';

export interface EdgeTableLabels {
  sheet: string;
  headers: { from: string; to: string; type: string; at: string; platform: string; account: string; level: string; orphan: string };
  typeName: (type: string) => string;
  yes: string;
  no: string;
}

function tableOf(rows: readonly EdgeRow[], labels: EdgeTableLabels): { header: string[]; body: (string | number)[][] } {
  const { headers } = labels;
  return {
    header: [headers.from, headers.to, headers.type, headers.at, headers.platform, headers.account, headers.level, headers.orphan],
    body: rows.map((row) => [
      row.from,
      row.to,
      labels.typeName(row.type),
      row.at ?? '',
      row.platform ?? '',
      row.account ?? '',
      row.level,
      row.orphan ? labels.yes : labels.no,
    ]),
  };
}

export function edgeListXlsx(rows: readonly EdgeRow[], labels: EdgeTableLabels): Uint8Array<ArrayBuffer> {
  const { header, body } = tableOf(rows, labels);
  const sheet = utils.aoa_to_sheet([header, ...body]);
  sheet['!cols'] = [{ wch: 38 }, { wch: 38 }, { wch: 10 }, { wch: 26 }, { wch: 12 }, { wch: 16 }, { wch: 6 }, { wch: 8 }];
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, labels.sheet.slice(0, 31));
  const written = write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return new Uint8Array(written);
}

export function edgeListCsv(rows: readonly EdgeRow[], labels: EdgeTableLabels): Uint8Array<ArrayBuffer> {
  const { header, body } = tableOf(rows, labels);
  const columns: CsvColumn[] = header.map((name, index) => ({ header: name, type: index === 6 ? 'number' : 'text' }));
  return encodeCsv(toCsvText(columns, body), 'utf-8-bom') as Uint8Array<ArrayBuffer>;
}
