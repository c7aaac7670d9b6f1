import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { utils, write } from 'xlsx';
import { SpreadInputError } from '../../../shared/spread/errors';
import { buildCascades } from '../../../shared/spread/model';
import { parseCsv, readSpreadFile } from '../../../shared/spread/read';
import { spreadErrorsZh } from '../../../renderer/app/catalog/errors/spread';
import { wordsFor } from '../../builders/error-words';

const utf8 = (text: string) => new TextEncoder().encode(text);

function sheetBytes(rows: unknown[][], decorate?: (sheet: ReturnType<typeof utils.aoa_to_sheet>) => void): Uint8Array {
  const workbook = utils.book_new();
  utils.book_append_sheet(workbook, utils.aoa_to_sheet([['说明'], ['本表由网安支队导出']]), '封面');
  const sheet = utils.aoa_to_sheet(rows);
  decorate?.(sheet);
  utils.book_append_sheet(workbook, sheet, '转发链');
  return new Uint8Array(write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

function errorOf(action: () => unknown): SpreadInputError {
  try {
    action();
  } catch (error) {
    if (error instanceof SpreadInputError) return error;
    throw error;
  }
  throw new Error('expected a SpreadInputError');
}

describe('JSON repost arrays', () => {
  it('keeps long numeric mids as text, ignores kids and implies the original', () => {
    const json = `[
      {"mid": 3512345678901234567, "parent": "", "kids": [3512345678901234999], "uid": 1234567890, "text": "转发", "date": "2012-09-16 15:05:11"},
      {"mid": 3512345678901234999, "parent": 3512345678901234567, "kids": [], "uid": "abc", "text": "", "date": "2012-09-16 15:06:00"},
      {"mid": 3512345678901230000, "parent": "", "kids": [3512345678901234567], "uid": "x", "text": "", "date": "2012-09-16 15:07:00"}
    ]`;
    const source = readSpreadFile(utf8(json), 'cascade.json');
    expect(source).toMatchObject({ format: 'json', impliedRoot: true, rootPlatform: '微博' });
    expect(source.records[0]).toEqual({
      id: '3512345678901234567',
      parent: null,
      root: null,
      time: '2012-09-16 15:05:11',
      platform: '微博',
      account: '1234567890',
      text: '转发',
    });
    expect(source.records[1]?.parent).toBe('3512345678901234567');
    // kids of the third record claim the first; its own parent field says otherwise and wins.
    const { cascades } = buildCascades(source.records, { impliedRoot: true });
    const first = cascades[0]?.nodes.findIndex((node) => node.id === '3512345678901234567') ?? -1;
    expect(cascades[0]?.parentIndex[first]).toBe(0);
  });

  it('reads NDJSON line by line', () => {
    const ndjson = '{"mid":"a","parent":"","date":"2012-09-16 15:05:11"}\n\n{"mid":"b","parent":"a","date":"2012-09-16 15:06:11"}\n';
    const source = readSpreadFile(utf8(ndjson), 'reposts.ndjson');
    expect(source.format).toBe('ndjson');
    expect(source.records.map((record) => [record.id, record.parent])).toEqual([
      ['a', null],
      ['b', 'a'],
    ]);
  });

  it('accepts objects with the sheet headers and then implies no original', () => {
    const json = '[{"帖子ID":"A","原帖ID":"","上级ID":""},{"帖子ID":"a1","原帖ID":"A","上级ID":"","平台":"抖音"}]';
    const source = readSpreadFile(utf8(json), 'links.json');
    expect(source.impliedRoot).toBe(false);
    expect(source.records[1]).toMatchObject({ id: 'a1', root: 'A', platform: '抖音' });
  });

  it('refuses what is not a repost array, and says why in Chinese', () => {
    expect(errorOf(() => readSpreadFile(utf8('{"text":"原帖","time":1358337728}'), 'original.json'))).toMatchObject({ kind: 'refused' });
    const noFields = errorOf(() => readSpreadFile(utf8('[{"name":"x"}]'), 'other.json'));
    expect(noFields).toMatchObject({ code: 'spread.recordFieldsMissing' });
    expect(wordsFor(spreadErrorsZh, noFields)).toContain('上级ID');
    expect(errorOf(() => readSpreadFile(utf8('[{"mid": "a",'), 'broken.json'))).toMatchObject({
      kind: 'unreadable',
      code: 'spread.jsonInvalid',
    });
    expect(errorOf(() => readSpreadFile(utf8('{"mid":"a","parent":""}\n{"mid":'), 'broken.ndjson'))).toMatchObject({
      code: 'spread.jsonLineInvalid',
      params: { line: 2 },
    });
  });
});

describe('CSV sheets', () => {
  const csv = [
    '帖子ID,原帖ID,上级ID,发布时间,平台,账号,内容',
    'A,,,2020-02-03 10:00:00,微博,官方账号,"原帖，含逗号"',
    'a1,A,,2020-02-03 10:05:00,微博,甲,"两行',
    '内容"',
    'a2,A,a1,2020/2/3 10:30,微信群,乙,"引号""内"""',
  ].join('\r\n');

  it('reads quoted fields, doubled quotes and line breaks', () => {
    const source = readSpreadFile(utf8(`\uFEFF${csv}`), 'chain.csv');
    expect(source).toMatchObject({ format: 'csv', impliedRoot: false });
    expect(source.records.map((record) => [record.id, record.root, record.parent, record.text])).toEqual([
      ['A', null, null, '原帖，含逗号'],
      ['a1', 'A', null, '两行\r\n内容'],
      ['a2', 'A', 'a1', '引号"内"'],
    ]);
  });

  it('reads GBK files from older Windows tools', () => {
    const source = readSpreadFile(new Uint8Array(iconv.encode(csv, 'gbk')), 'chain.csv');
    expect(source.records[2]).toMatchObject({ id: 'a2', platform: '微信群', account: '乙' });
  });

  it('treats a sheet without 原帖ID like a repost array', () => {
    const source = readSpreadFile(utf8('帖子ID,上级ID\nx,\ny,x\n'), 'plain.csv');
    expect(source.impliedRoot).toBe(true);
  });

  it('refuses a sheet without the id columns', () => {
    expect(errorOf(() => readSpreadFile(utf8('标题,链接\na,b\n'), 'items.csv')).kind).toBe('refused');
  });

  it('parses the tab-separated variant', () => {
    expect(parseCsv('a\tb\n1\t2', '\t')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('xlsx sheets', () => {
  it('finds the sheet with the columns, keeps text ids and reads date cells as Beijing time', () => {
    const bytes = sheetBytes(
      [
        ['帖子ID', '原帖ID', '上级ID', '发布时间', '平台'],
        ['4512345678901234567', '', '', 43864.5, '微博'],
        [4512345678901235, '4512345678901234567', '', '2020-02-03 12:30:00', '微博'],
      ],
      (sheet) => {
        if (sheet.D2) sheet.D2.z = 'yyyy-mm-dd hh:mm:ss';
      },
    );
    const source = readSpreadFile(bytes, 'chain.xlsx');
    expect(source.format).toBe('xlsx');
    expect(source.records.map((record) => [record.id, record.root, record.time])).toEqual([
      ['4512345678901234567', null, '2020-02-03 12:00:00'],
      ['4512345678901235', '4512345678901234567', '2020-02-03 12:30:00'],
    ]);
    const { cascades } = buildCascades(source.records);
    expect(cascades[0]?.nodes.map((node) => node.at)).toEqual(['2020-02-03T12:00:00+08:00', '2020-02-03T12:30:00+08:00']);
  });

  it('refuses ids whose digits a number cell has already lost', () => {
    const bytes = sheetBytes([
      ['帖子ID', '上级ID'],
      // what Excel keeps of a 19-digit id typed into a number cell
      [Number('4512345678901234567'), ''],
    ]);
    const lossy = errorOf(() => readSpreadFile(bytes, 'lossy.xlsx'));
    expect(lossy).toMatchObject({ code: 'spread.idTooPrecise', params: { row: 2 } });
    expect(wordsFor(spreadErrorsZh, lossy)).toContain('文本格式');
  });

  it('refuses a workbook without such a sheet', () => {
    expect(errorOf(() => readSpreadFile(sheetBytes([['标题'], ['x']]), 'none.xlsx')).kind).toBe('refused');
  });
});
