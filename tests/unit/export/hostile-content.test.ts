import { beforeEach, describe, expect, it } from 'vitest';
import { buildItem, resetBuilderSequence } from '../../builders';
import { buildItemsWorkbook, SHEET_NAMES } from '../../../shared/export/workbook';
import { TRUNCATION_MARKER } from '../../../shared/export/limits';
import { cellUnder, isWellFormedXml, readWorkbook, sheetOf, xmlParts } from './read-back';

// What partner spreadsheets and pasted posts can hold, and what must come out of the workbook as
// inert text, unchanged, in a file Excel still opens.
const HOSTILE_TEXTS = [
  '=HYPERLINK("http://x","y")',
  '+1',
  '@SUM(A1:A9)',
  '-2+3',
  '\t=1+1',
  '\r=1+1',
  "=cmd|' /C calc'!A0",
  '<script>alert("x")</script> & </t></si>',
  ']]><!-- -->',
  '字面的 _x0041_ 不是 A',
];

beforeEach(() => resetBuilderSequence());

describe('hostile content in the workbook', () => {
  it.each(HOSTILE_TEXTS)('keeps %j as a plain string cell, never a formula', (text) => {
    const { bytes } = buildItemsWorkbook([buildItem({ title: text, content: text, account: text })]);
    const sheet = sheetOf(readWorkbook(bytes), SHEET_NAMES.items);
    for (const header of ['标题', '内容', '账号']) {
      const cell = cellUnder(sheet, header, 1);
      expect(cell?.t).toBe('s');
      expect(cell?.v).toBe(text);
      expect(cell?.f).toBeUndefined();
    }
    const parts = xmlParts(bytes);
    for (const xml of Object.values(parts)) expect(isWellFormedXml(xml)).toBe(true);
    expect(Object.values(parts).join('')).not.toMatch(/<f[ >]/);
  });

  it('drops characters XML cannot carry and keeps the file valid', () => {
    const text = 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi\uD800j\uDFFFk 𠮷 tab\there\nline';
    const { bytes } = buildItemsWorkbook([buildItem({ content: text })]);
    for (const xml of Object.values(xmlParts(bytes))) expect(isWellFormedXml(xml)).toBe(true);
    const cell = cellUnder(sheetOf(readWorkbook(bytes), SHEET_NAMES.items), '内容', 1);
    expect(cell?.v).toBe('abcdefghijk 𠮷 tab\there\nline');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'data:text/html,<b>x</b>',
    'http//missing-colon',
    ' https://leading.space.cn',
    'https://evil.cn/\u0000x',
  ])('leaves %j as text without a hyperlink', (url) => {
    const { bytes } = buildItemsWorkbook([buildItem({ url })]);
    const cell = cellUnder(sheetOf(readWorkbook(bytes), SHEET_NAMES.items), '链接', 1);
    expect(cell?.t).toBe('s');
    expect(cell?.l).toBeUndefined();
    expect(xmlParts(bytes)['xl/worksheets/_rels/sheet1.xml.rels']).toBeUndefined();
  });

  it('escapes an http link that carries markup in its query', () => {
    const url = 'https://news.example.cn/a?x="><b>&y=1';
    const { bytes } = buildItemsWorkbook([buildItem({ url })]);
    const cell = cellUnder(sheetOf(readWorkbook(bytes), SHEET_NAMES.items), '链接', 1);
    expect(cell?.v).toBe(url);
    expect(cell?.l?.Target).toBe(new URL(url).href);
    for (const xml of Object.values(xmlParts(bytes))) expect(isWellFormedXml(xml)).toBe(true);
  });

  it('cuts a cell over the limit with a marker and warns the caller', () => {
    const long = '长'.repeat(40_000);
    const { bytes, warnings } = buildItemsWorkbook([buildItem({ content: long }), buildItem()]);
    const cell = cellUnder(sheetOf(readWorkbook(bytes), SHEET_NAMES.items), '内容', 1);
    const text = String(cell?.v);
    expect(text).toHaveLength(32_767);
    expect(text.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'cellTruncated',
        sheet: '舆情条目',
        cells: ['D2'],
        count: 1,
        message: expect.stringContaining('截断'),
      }),
    ]);
  });

  it('never cuts a surrogate pair in half', () => {
    const { bytes } = buildItemsWorkbook([buildItem({ content: '𠮷'.repeat(20) })], { limits: { maxCellChars: 13 } });
    for (const xml of Object.values(xmlParts(bytes))) expect(isWellFormedXml(xml)).toBe(true);
    const text = String(cellUnder(sheetOf(readWorkbook(bytes), SHEET_NAMES.items), '内容', 1)?.v);
    expect(text).toBe(`${'𠮷'.repeat(3)}${TRUNCATION_MARKER}`);
  });
});
