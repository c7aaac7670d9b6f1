import { beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildItem, resetBuilderSequence } from '../../builders';
import { buildItemsWorkbook } from '../../../shared/export/workbook';
import { EXCEL_LIMITS } from '../../../shared/export/limits';
import { cellUnder, readWorkbook, sheetOf, sheetXml } from './read-back';

// Excel's real limits are a million rows and 65,530 links; the same code paths run here with small
// limits so no test has to write a million rows.

beforeEach(() => resetBuilderSequence());

describe('workbook limits', () => {
  it('uses Excel’s own limits unless told otherwise', () => {
    expect(EXCEL_LIMITS).toMatchObject({ maxRowsPerSheet: 1_048_576, maxLinksPerSheet: 65_530, maxCellChars: 32_767 });
  });

  it('continues rows past the sheet limit on 舆情条目 (2), (3) with the header repeated', () => {
    const items = Array.from({ length: 7 }, () => buildItem());
    const { bytes, sheetNames, warnings } = buildItemsWorkbook(items, { limits: { maxRowsPerSheet: 4 } });
    expect(sheetNames).toEqual(['舆情条目', '舆情条目 (2)', '舆情条目 (3)']);
    const book = readWorkbook(bytes);
    expect(book.SheetNames).toEqual(sheetNames);
    const numbers = sheetNames.flatMap((name) =>
      XLSX.utils.sheet_to_json<Record<string, unknown>>(sheetOf(book, name)).map((row) => row['序号']),
    );
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const name of sheetNames) {
      expect(sheetXml(bytes, name)).toContain('state="frozen"');
      expect(cellUnder(sheetOf(book, name), '标题', 0)?.v).toBe('标题');
    }
    expect(warnings.filter((warning) => warning.code === 'sheetContinued').map((warning) => warning.sheet)).toEqual([
      '舆情条目',
      '舆情条目 (2)',
    ]);
  });

  it('does not add an empty sheet when the rows exactly fill the last one', () => {
    const items = Array.from({ length: 6 }, () => buildItem());
    const { sheetNames, warnings } = buildItemsWorkbook(items, { limits: { maxRowsPerSheet: 4 } });
    expect(sheetNames).toEqual(['舆情条目', '舆情条目 (2)']);
    expect(warnings).toHaveLength(1);
  });

  it('writes a header-only sheet for an empty list', () => {
    const { bytes, sheetNames } = buildItemsWorkbook([]);
    expect(sheetNames).toEqual(['舆情条目']);
    expect(cellUnder(sheetOf(readWorkbook(bytes), '舆情条目'), '序号', 0)?.v).toBe('序号');
  });

  it('keeps links past the per-sheet limit as text and warns, counting afresh on the next sheet', () => {
    const items = Array.from({ length: 5 }, () => buildItem());
    const { bytes, warnings } = buildItemsWorkbook(items, { limits: { maxLinksPerSheet: 2, maxRowsPerSheet: 4 } });
    const book = readWorkbook(bytes);
    const first = sheetOf(book, '舆情条目');
    expect([1, 2, 3].map((row) => Boolean(cellUnder(first, '链接', row)?.l))).toEqual([true, true, false]);
    expect(cellUnder(first, '链接', 3)).toMatchObject({ t: 's', v: items[2]?.url });
    const second = sheetOf(book, '舆情条目 (2)');
    expect([1, 2].map((row) => Boolean(cellUnder(second, '链接', row)?.l))).toEqual([true, true]);
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'linksAsText', sheet: '舆情条目', count: 1, cells: ['E4'] }));
  });

  it('keeps an address too long for Excel to follow as text', () => {
    const url = `https://example.cn/${'a'.repeat(2_100)}`;
    const { bytes } = buildItemsWorkbook([buildItem({ url })]);
    const cell = cellUnder(sheetOf(readWorkbook(bytes), '舆情条目'), '链接', 1);
    expect(cell).toMatchObject({ t: 's', v: url });
    expect(cell?.l).toBeUndefined();
  });
});
