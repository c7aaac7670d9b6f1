import { describe, expect, it } from 'vitest';
import { check, csvText, gb18030, utf16le, utf8, workbookBytes } from './builders';

const HEADER = ['微博ID', '标题', '内容', '链接', '发布时间', '平台'];
const ROW = ['4471234567890123456', '𠮷野家涨价€5', '第一行\n第二行', 'https://weibo.com/1/abc', '2020-02-03 14:05', '新浪微博'];
const ZERO_ROW = ['007', '编号带前导零', '', '', '2020/2/3 14:05:09', '微博'];

function expectRows(report: ReturnType<typeof check>): void {
  expect(report.accepted).toBe(2);
  expect(report.items[0]).toMatchObject({
    externalId: '4471234567890123456',
    title: '𠮷野家涨价€5',
    content: '第一行\n第二行',
    url: 'https://weibo.com/1/abc',
    publishedAt: '2020-02-03T14:05:00+08:00',
    platform: '微博',
  });
  expect(report.items[1]).toMatchObject({ externalId: '007', publishedAt: '2020-02-03T14:05:09+08:00' });
}

describe('decoding every format an agency sends', () => {
  it('reads xlsx with long IDs and leading zeros stored as text', () => {
    const report = check(workbookBytes([{ rows: [HEADER, ROW, ZERO_ROW] }]));
    expectRows(report);
    expect(report.sheets).toEqual([{ name: 'Sheet1', headerRow: 1, mapping: expect.objectContaining({ 微博ID: 'externalId' }) }]);
  });

  it('reads legacy xls (BIFF8)', () => {
    expectRows(check(workbookBytes([{ rows: [HEADER, ROW, ZERO_ROW] }], 'biff8'), 'old.xls'));
  });

  it('reads CSV in UTF-8 with and without BOM', () => {
    const text = csvText([HEADER, ROW, ZERO_ROW]);
    expectRows(check(utf8(text, true), 'a.csv'));
    expectRows(check(utf8(text, false), 'a.csv'));
  });

  it('reads UTF-16LE tab-separated text as Excel saves "Unicode text"', () => {
    expectRows(check(utf16le(csvText([HEADER, ROW, ZERO_ROW], '\t')), 'a.txt'));
  });

  it('reads GB18030 and keeps four-byte characters and the euro sign', () => {
    const bytes = gb18030(csvText([HEADER, ROW, ZERO_ROW]));
    // the fixture really is GB18030: 𠮷 is a four-byte sequence there and not valid UTF-8
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expectRows(check(bytes, 'gbk.csv'));
  });

  it('lets the encoding be overridden', () => {
    const bytes = gb18030(csvText([HEADER, ['1', '标题', '', '', '', '']]));
    expect(check(bytes, 'a.csv', { encoding: 'gb18030' }).items[0]?.title).toBe('标题');
    // read as UTF-8 the headers are mojibake, so no header is recognised
    expect(() => check(bytes, 'a.csv', { encoding: 'utf-8' })).toThrow(expect.objectContaining({ problem: 'notATable' }));
  });

  it('reads tab-separated .txt whose cells contain commas', () => {
    const report = check(
      utf8(
        csvText(
          [
            ['标题', '内容'],
            ['甲, 乙', '丙, 丁'],
          ],
          '\t',
        ),
      ),
      'a.txt',
    );
    expect(report.items[0]).toMatchObject({ title: '甲, 乙', content: '丙, 丁' });
  });

  it('numbers CSV rows by the physical line where the record starts', () => {
    const text = '某某网信办舆情日报 2020年2月3日\r\n标题,内容\r\n甲,"跨\r\n两行"\r\n乙,单行\r\n';
    const report = check(utf8(text), 'a.csv');
    expect(report.sheets[0]?.headerRow).toBe(2);
    expect(report.items.map((item) => [item.row, item.content])).toEqual([
      [3, '跨\n两行'],
      [5, '单行'],
    ]);
    expect(report.skippedRows).toBe(1);
  });

  it('reads a JSON array keeping 19-digit IDs exact and numbering records from 1', () => {
    const json = `[{"mid": 4471234567890123456, "text": "内容一", "uid": "0012", "date": "2020-02-03 14:05"},
      {"mid": "4471234567890123457", "text": "内容二", "转发数": 12}]`;
    const report = check(utf8(json), 'a.json');
    expect(report.sheets).toEqual([
      { name: null, headerRow: null, mapping: expect.objectContaining({ mid: 'externalId', text: 'content' }) },
    ]);
    expect(report.items.map((item) => [item.sheet, item.row, item.externalId])).toEqual([
      [null, 1, '4471234567890123456'],
      [null, 2, '4471234567890123457'],
    ]);
    expect(report.items[1]?.metrics.reposts).toBe(12);
    expect(report.items[0]?.account).toBe('0012');
  });

  it('reads NDJSON and rejects an unreadable line without losing the rest', () => {
    const lines = ['{"ID": "1", "标题": "一"}', '', '{"ID": "2", "标题": ', '{"ID": "3", "标题": "三"}'].join('\n');
    const report = check(utf8(lines), 'a.ndjson');
    expect(report.items.map((item) => [item.row, item.externalId])).toEqual([
      [1, '1'],
      [3, '3'],
    ]);
    expect(report.rejected).toEqual([{ sheet: null, row: 2, reason: expect.stringContaining('JSON') }]);
  });

  it('never lets __proto__ or constructor keys through', () => {
    const json = '[{"标题": "甲", "__proto__": {"polluted": true}, "constructor": "x", "nested": {"__proto__": 1}}]';
    const report = check(utf8(json), 'a.json');
    expect(Object.keys(report.sheets[0]?.mapping ?? {})).not.toContain('__proto__');
    expect(Object.keys(report.sheets[0]?.mapping ?? {})).not.toContain('constructor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(report.items[0]?.title).toBe('甲');
  });

  it('decides the format by content, not by the extension', () => {
    const text = csvText([['标题'], ['甲']]);
    expect(check(utf8(text), 'misnamed.xlsx').items[0]?.title).toBe('甲');
    expect(check(workbookBytes([{ rows: [['标题'], ['乙']] }]), 'misnamed.csv').items[0]?.title).toBe('乙');
  });

  it('reads an HTML table saved with an .xls name, as some systems export', () => {
    const html =
      '<html><body><table><tr><td>标题</td><td>帖子ID</td></tr><tr><td>甲</td><td>4471234567890123456</td></tr></table></body></html>';
    expect(check(utf8(html), 'export.xls').items[0]).toMatchObject({ title: '甲', externalId: '4471234567890123456' });
  });
});
