import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '../../../renderer/i18n';
import type { ImportReport } from '../../../renderer/features/import/import-report';
import { reportWorkbookBytes } from '../../../renderer/features/import/report-workbook';
import { buildImportBatch } from '../../builders';

const t: Translate = (key, ...params) => translate('zh-CN', key, ...params);

function report(): ImportReport {
  const batch = buildImportBatch({
    files: ['网信办日报.xlsx'],
    counts: { accepted: 10, merged: 2, suspected: 1, warnings: 1, rejected: 1, skipped: 3 },
  });
  return {
    batch: {
      ...batch,
      chunks: [],
      suspectedDuplicates: [],
      settings: { year: null, tz: 'Asia/Shanghai', encoding: null, sheets: [], templateId: null, fileHashes: {}, fileRows: {} },
    },
    state: 'complete',
    rejected: [{ file: '网信办日报.xlsx', sheet: '舆情', row: 7, reason: '该行没有标题、内容、链接或信息ID' }],
    warnings: [{ file: '网信办日报.xlsx', sheet: '舆情', row: 5, field: 'publishedAt', reason: '=HYPERLINK("x") 无法识别的时间' }],
    suspected: [{ itemId: 'a', itemTitle: '某小区停水', ofItemId: 'b', ofTitle: '某小区停水三天', distance: 2 }],
  };
}

describe('the import report workbook', () => {
  it('lists counts, rejected and warned rows with sheet and row, and suspected duplicates, each on its own sheet', () => {
    const book = XLSX.read(
      reportWorkbookBytes(report(), t, (iso) => iso),
      { type: 'array' },
    );
    expect(book.SheetNames).toEqual(['概况', '拒收行', '警告', '疑似重复']);
    const rows = (name: string) => XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name] as XLSX.WorkSheet, { header: 1 });
    expect(rows('概况')).toContainEqual(['合并到已有条目', 2]);
    expect(rows('概况')).toContainEqual(['新增条目', 8]);
    expect(rows('拒收行')[1]).toEqual(['网信办日报.xlsx', '舆情', 7, '该行没有标题、内容、链接或信息ID']);
    expect(rows('警告')[1]).toEqual(['网信办日报.xlsx', '舆情', 5, '发布时间', '=HYPERLINK("x") 无法识别的时间']);
    expect(rows('疑似重复')[1]).toEqual(['某小区停水', '某小区停水三天', 2]);
  });

  it('keeps text that looks like a formula as text', () => {
    const book = XLSX.read(
      reportWorkbookBytes(report(), t, (iso) => iso),
      { type: 'array', cellFormula: true },
    );
    const cell = (book.Sheets['警告'] as XLSX.WorkSheet)['E2'] as XLSX.CellObject;
    expect(cell.t).toBe('s');
    expect(cell.f).toBeUndefined();
  });
});
