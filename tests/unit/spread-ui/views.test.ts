import { describe, expect, it } from 'vitest';
import { edgeListCsv } from '../../../renderer/features/spread/edge-export';
import { edgeRows, platformGrowth, platformPath, rumourCurves } from '../../../renderer/features/spread/views';
import { isoToWallClock, wallClockToIso } from '../../../renderer/features/spread/wall-clock';
import type { Refutation } from '../../../shared/domain/types';
import { cascadeOf } from './spread-fixtures';

const refutation = (publishedAt: string): Refutation => ({
  id: publishedAt,
  title: '情况说明',
  publisher: '水务局',
  channel: '微信公众号',
  url: null,
  publishedAt,
  itemIds: [],
  createdAt: publishedAt,
});

describe('platformGrowth', () => {
  it('counts every hour from the first node to the last per platform, cumulative, the stack ending at the size', () => {
    const cascade = cascadeOf(
      [
        ['a', null, '2026-10-04 09:10:00', '微博', 'u1'],
        ['b', 'a', '2026-10-04 09:50:00', '微信群', 'u2'],
        ['c', null, '2026-10-04 12:05:00', '微博', 'u3'],
      ],
      '2026-10-04 09:00:00',
    );
    const growth = platformGrowth(cascade);
    expect(growth.hours).toHaveLength(4); // 09, 10, 11, 12 o'clock: the quiet hours are there, flat
    expect(growth.series).toEqual([
      { platform: '微博', cumulative: [2, 2, 2, 3] },
      { platform: '微信群', cumulative: [1, 1, 1, 1] },
    ]);
    expect(growth.untimed).toBe(0);
  });

  it('counts an untimed original from the start and reports other untimed nodes', () => {
    const cascade = cascadeOf([
      ['a', null, '2026-10-04 09:10:00', '微博', null],
      ['b', null, null, '微博', null],
    ]);
    const growth = platformGrowth(cascade);
    expect(growth.series).toEqual([{ platform: '微博', cumulative: [2] }]);
    expect(growth.untimed).toBe(1);
  });

  it('keeps a months-long cascade within the point budget and still ends at the exact size', () => {
    const cascade = cascadeOf(
      [
        ['a', null, '2026-01-01 09:00:00', '微博', null],
        ['b', null, '2026-06-01 09:00:00', '微博', null],
      ],
      '2026-01-01 08:00:00',
    );
    const growth = platformGrowth(cascade, 100);
    expect(growth.hours.length).toBeLessThanOrEqual(101);
    expect(growth.series[0]?.cumulative.at(-1)).toBe(3);
  });
});

describe('platformPath', () => {
  it('lists the first node on each platform in time order with the time since the first node', () => {
    const cascade = cascadeOf(
      [
        ['a', null, '2026-10-04 10:00:00', '抖音', null],
        ['b', null, '2026-10-04 09:30:00', '微信群', null],
        ['c', 'b', '2026-10-04 11:00:00', '微信群', null],
        ['d', null, null, '今日头条', null],
      ],
      '2026-10-04 09:00:00',
    );
    expect(platformPath(cascade).map((step) => [step.platform, step.node.id, step.afterSeconds])).toEqual([
      ['微博', 'R', 0],
      ['微信群', 'b', 1800],
      ['抖音', 'a', 3600],
      ['今日头条', 'd', null],
    ]);
  });
});

describe('rumourCurves', () => {
  it('puts the spread and the refutations on one time axis and counts the spread after the first refutation', () => {
    const cascade = cascadeOf(
      [
        ['a', null, '2026-10-04 10:00:00', '微博', null],
        ['b', null, '2026-10-04 12:00:00', '微博', null],
        ['c', null, '2026-10-04 13:00:00', '微博', null],
      ],
      '2026-10-04 09:00:00',
    );
    const curves = rumourCurves(cascade, [refutation('2026-10-04T12:30:00+08:00'), refutation('2026-10-04T11:00:00+08:00')]);
    expect(curves.rumour.map(([, count]) => count)).toEqual([1, 2, 3, 4]);
    expect(curves.refutations).toEqual([
      [Date.parse('2026-10-04T11:00:00+08:00'), 1],
      [Date.parse('2026-10-04T12:30:00+08:00'), 2],
    ]);
    expect(curves.firstRefutationMs).toBe(Date.parse('2026-10-04T11:00:00+08:00'));
    expect(curves.afterFirstRefutation).toBe(2);
    expect(rumourCurves(cascade, []).firstRefutationMs).toBeNull();
  });
});

describe('edge list', () => {
  const cascade = cascadeOf([
    ['a', null, '2026-10-04 10:00:00', '微博', '=HYPERLINK("http://x")'],
    ['b', 'a', '2026-10-04 11:00:00', '微博', '王小明'],
  ]);

  it('has one row per edge with masked accounts unless unmasked', () => {
    const masked = edgeRows(cascade, false);
    expect(masked.map((row) => [row.from, row.to, row.level])).toEqual([
      ['R', 'a', 1],
      ['a', 'b', 2],
    ]);
    expect(masked[1]?.account).toBe('王***明');
    expect(edgeRows(cascade, true)[1]?.account).toBe('王小明');
  });

  it('writes csv as UTF-8 with a BOM and an account that looks like a formula as text', () => {
    const bytes = edgeListCsv(edgeRows(cascade, true), {
      sheet: '传播关系',
      headers: { from: '上级', to: '条目', type: '类型', at: '时间', platform: '平台', account: '账号', level: '层级', orphan: '缺失' },
      typeName: (type) => type,
      yes: '是',
      no: '',
    });
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toBe('上级,条目,类型,时间,平台,账号,层级,缺失');
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});

describe('wall clock in the workspace zone', () => {
  it('reads a datetime-local value as Beijing time and writes it back', () => {
    expect(wallClockToIso('2026-10-05T09:30', 'Asia/Shanghai')).toBe('2026-10-05T09:30:00+08:00');
    expect(isoToWallClock('2026-10-05T01:30:00Z', 'Asia/Shanghai')).toBe('2026-10-05T09:30');
    expect(wallClockToIso('2026-07-01T12:00', 'Europe/Berlin')).toBe('2026-07-01T12:00:00+02:00');
    expect(wallClockToIso('not a time', 'Asia/Shanghai')).toBeNull();
  });
});
