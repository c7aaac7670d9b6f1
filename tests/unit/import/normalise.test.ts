import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../shared/import/normalise/count';
import { formatParsedTime, parseTimeCell } from '../../../shared/time';
import type { Cell } from '../../../shared/import/table';
import { check, csvText, utf8 } from './builders';

const context = { year: 2020, date1904: false };

function iso(cell: Cell, zone = 'Asia/Shanghai'): string | null {
  const parsed = parseTimeCell(cell, context);
  return parsed ? formatParsedTime(parsed, zone) : null;
}

describe('times', () => {
  it.each([
    ['2020-02-03 14:05', '2020-02-03T14:05:00+08:00'],
    ['2020/2/3 14:05:09', '2020-02-03T14:05:09+08:00'],
    ['2020年2月3日 14时05分', '2020-02-03T14:05:00+08:00'],
    ['2020年2月3日14:05:09', '2020-02-03T14:05:09+08:00'],
    ['2月3日 14:05', '2020-02-03T14:05:00+08:00'],
    ['2020-02-03', '2020-02-03T00:00:00+08:00'],
    ['2020.02.03 下午2:05', '2020-02-03T14:05:00+08:00'],
    ['２０２０－０２－０３　１４：０５', '2020-02-03T14:05:00+08:00'],
    ['2020-02-03T06:05:00Z', '2020-02-03T14:05:00+08:00'],
    ['2020-02-03T15:05:00+09:00', '2020-02-03T14:05:00+08:00'],
    ['2020-02-03 14:05:09.987', '2020-02-03T14:05:09+08:00'],
    ['1580709900', '2020-02-03T14:05:00+08:00'],
    ['1580709900987', '2020-02-03T14:05:00+08:00'],
    ['43864.586805555555', '2020-02-03T14:05:00+08:00'],
  ])('reads %s', (text, expected) => {
    expect(iso({ text })).toBe(expected);
  });

  it('reads numeric cells: Excel serials rounded to the second, Unix seconds and milliseconds', () => {
    // 14:05:00.4 as a serial: rounds down to the second
    expect(
      iso({ text: 'x', number: 43864 + (14 * 3600 + 5 * 60 + 0.4) / 86400, dateSerial: 43864 + (14 * 3600 + 5 * 60 + 0.4) / 86400 }),
    ).toBe('2020-02-03T14:05:00+08:00');
    expect(iso({ text: '1580709900', number: 1580709900 })).toBe('2020-02-03T14:05:00+08:00');
    expect(iso({ text: '1580709900000', number: 1580709900000 })).toBe('2020-02-03T14:05:00+08:00');
    expect(iso({ text: '43864.5', number: 43864.5 })).toBe('2020-02-03T12:00:00+08:00');
  });

  it('reads 1904-system serials', () => {
    const parsed = parseTimeCell({ text: '', dateSerial: 42402.5 }, { year: 2020, date1904: true });
    expect(parsed && formatParsedTime(parsed, 'Asia/Shanghai')).toBe('2020-02-03T12:00:00+08:00');
  });

  it('interprets wall-clock times in another IANA zone, with its own offset and DST', () => {
    expect(iso({ text: '2020-07-01 12:00' }, 'Europe/Berlin')).toBe('2020-07-01T12:00:00+02:00');
    expect(iso({ text: '2020-01-01 12:00' }, 'Europe/Berlin')).toBe('2020-01-01T12:00:00+01:00');
    expect(iso({ text: '2020-02-03T06:05:00Z' }, 'America/New_York')).toBe('2020-02-03T01:05:00-05:00');
  });

  it.each(['2020-02-30 10:00', '2020-13-01', '25:00', '昨天下午', '2020-02-03 14:65'])('rejects %s', (text) => {
    expect(parseTimeCell({ text }, context)).toBeNull();
  });

  it('imports an unreadable time as null with a warning naming the field', () => {
    const report = check(
      utf8(
        csvText([
          ['标题', '发布时间', '报送时间'],
          ['甲', '昨天下午', '2020-02-03 18:00'],
        ]),
      ),
      'a.csv',
    );
    expect(report.items[0]).toMatchObject({ publishedAt: null, reportedAt: '2020-02-03T18:00:00+08:00' });
    expect(report.warnings).toEqual([{ sheet: null, row: 2, field: 'publishedAt', reason: expect.stringContaining('昨天下午') }]);
  });

  it('uses the import time zone given in the options', () => {
    const report = check(
      utf8(
        csvText([
          ['标题', '发布时间'],
          ['甲', '2020-02-03 14:05'],
        ]),
      ),
      'a.csv',
      { tz: 'Asia/Tokyo' },
    );
    expect(report.items[0]?.publishedAt).toBe('2020-02-03T14:05:00+09:00');
    expect(() => check(utf8('标题\n甲\n'), 'a.csv', { tz: 'Mars/Base' })).toThrow(expect.objectContaining({ problem: 'badOption' }));
  });
});

describe('counts', () => {
  it.each([
    ['3,456', 3456, false],
    ['1.2万', 12000, false],
    ['10万+', 100000, true],
    ['1.5亿', 150000000, false],
    ['2.3w', 23000, false],
    ['-', null, false],
    ['很多', null, true],
    ['', null, false],
  ])('%s → %s', (text, value, warns) => {
    const result = parseCount({ text });
    expect(result.value).toBe(value);
    expect(result.warning !== null).toBe(warns);
  });

  it('takes number cells as they are', () => {
    expect(parseCount({ text: '12', number: 12 })).toEqual({ value: 12, warning: null });
  });
});

describe('value dictionaries', () => {
  it('normalises platforms, sentiments and regions, keeping unknown platforms with a warning', () => {
    const rows = [
      ['标题', '平台', '倾向', '地区'],
      ['甲', '新浪微博', '负面', '内蒙古'],
      ['乙', 'WeiBo', '积极', '某某旗'],
      ['丙', '火星论坛', '中性', null],
      ['丁', '公众号', '不好说', null],
    ];
    const report = check(utf8(csvText(rows)), 'a.csv');
    expect(report.items.map((item) => [item.platform, item.sentiment, item.region])).toEqual([
      ['微博', 'negative', '内蒙古自治区'],
      ['微博', 'positive', '某某旗'],
      ['火星论坛', 'neutral', null],
      ['微信公众号', null, null],
    ]);
    expect(report.warnings.map((warning) => [warning.row, warning.field])).toEqual([
      [4, 'platform'],
      [5, 'sentiment'],
    ]);
  });

  it('accepts edited dictionaries from settings', () => {
    const report = check(
      utf8(
        csvText([
          ['标题', '平台'],
          ['甲', '火星论坛'],
        ]),
      ),
      'a.csv',
      { dictionaries: { platforms: { 论坛: ['火星论坛'] } } },
    );
    expect(report.items[0]?.platform).toBe('论坛');
    expect(report.warnings).toEqual([]);
  });
});
