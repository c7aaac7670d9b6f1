// The import report as an xlsx to send back to the agency: what was taken, merged and
// suspected, and every warned or rejected row with its sheet and row number as Excel shows them.
import * as XLSX from 'xlsx';
import type { Translate } from '../../i18n';
import type { ImportReport } from './import-report';

export function reportWorkbookBytes(report: ImportReport, t: Translate, formatTime: (iso: string) => string): Uint8Array<ArrayBuffer> {
  const book = XLSX.utils.book_new();
  const { counts } = report.batch;
  const summary: (string | number)[][] = [
    [t('import.report.title'), ''],
    [t('import.report.batchTime'), formatTime(report.batch.startedAt)],
    [t('import.report.file'), report.batch.files.join('、')],
    [t('import.batches.feed'), t(`import.feed.${report.batch.feed}`)],
    [t('import.report.accepted'), counts.accepted],
    [t('import.report.created'), counts.accepted - counts.merged],
    [t('import.report.merged'), counts.merged],
    [t('import.report.suspected'), counts.suspected],
    [t('import.report.warnings'), counts.warnings],
    [t('import.report.rejected'), counts.rejected],
    [t('import.report.skipped'), counts.skipped],
  ];
  append(book, t('import.report.summarySheet'), summary, [24, 60]);
  append(
    book,
    t('import.report.rejected'),
    [
      [t('import.report.file'), t('import.report.sheet'), t('import.report.row'), t('import.report.reason')],
      ...report.rejected.map((row) => [row.file, row.sheet ?? '', row.row, row.reason]),
    ],
    [28, 16, 8, 60],
  );
  append(
    book,
    t('import.report.warnings'),
    [
      [t('import.report.file'), t('import.report.sheet'), t('import.report.row'), t('import.report.field'), t('import.report.reason')],
      ...report.warnings.map((row) => [
        row.file,
        row.sheet ?? '',
        row.row,
        row.field ? t(`import.fieldName.${row.field}`) : '',
        row.reason,
      ]),
    ],
    [28, 16, 8, 12, 60],
  );
  append(
    book,
    t('import.report.suspected'),
    [
      [t('import.report.item'), t('import.report.similar'), t('import.report.distance')],
      ...report.suspected.map((pair) => [pair.itemTitle, pair.ofTitle, pair.distance]),
    ],
    [60, 60, 10],
  );
  const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return new Uint8Array(bytes);
}

function append(book: XLSX.WorkBook, name: string, rows: (string | number)[][], widths: number[]): void {
  // Cell text from partner files stays text: aoa_to_sheet never turns "=…" strings into formulas.
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!cols'] = widths.map((wch) => ({ wch }));
  XLSX.utils.book_append_sheet(book, sheet, name.slice(0, 31));
}
