import { describe, expect, it } from 'vitest';
import { SpreadInputError } from '../../../shared/spread/errors';
import { buildCascades } from '../../../shared/spread/model';
import { formatBeijing, parseSpreadTime, resolveYearless } from '../../../shared/spread/time';
import { buildRecord } from './builders';

function iso(raw: unknown): string | null {
  const parsed = parseSpreadTime(raw);
  return parsed.kind === 'instant' ? formatBeijing(parsed.epochMs) : null;
}

function beijing(text: string): number {
  const parsed = parseSpreadTime(text);
  if (parsed.kind !== 'instant') throw new Error(`not an instant: ${text}`);
  return parsed.epochMs;
}

describe('parseSpreadTime', () => {
  it('reads repost dates as Beijing wall clock', () => {
    expect(iso('2012-09-16 15:05:11')).toBe('2012-09-16T15:05:11+08:00');
    expect(parseSpreadTime('2012-09-16 15:05:11')).toEqual({ kind: 'instant', epochMs: Date.UTC(2012, 8, 16, 7, 5, 11) });
    expect(iso('2012/9/6 5:05')).toBe('2012-09-06T05:05:00+08:00');
    expect(iso('2012年9月6日 05:05:09')).toBe('2012-09-06T05:05:09+08:00');
  });

  it('reads Unix seconds as number or text, and milliseconds', () => {
    expect(iso(1358337728)).toBe('2013-01-16T20:02:08+08:00');
    expect(iso('1358337728')).toBe('2013-01-16T20:02:08+08:00');
    expect(iso('1358337728000')).toBe('2013-01-16T20:02:08+08:00');
  });

  it('reads the Weibo API form and ISO 8601 with any offset', () => {
    expect(iso('Sun Jan 13 14:58:24 +0800 2013')).toBe('2013-01-13T14:58:24+08:00');
    expect(iso('Sun Jan 13 06:58:24 +0000 2013')).toBe('2013-01-13T14:58:24+08:00');
    expect(iso('2013-01-13T06:58:24Z')).toBe('2013-01-13T14:58:24+08:00');
    expect(iso('2013-01-13T14:58:24+08:00')).toBe('2013-01-13T14:58:24+08:00');
    expect(iso('2013-01-13T01:58:24-05:00')).toBe('2013-01-13T14:58:24+08:00');
  });

  it('recognises a date without a year and keeps its wall clock', () => {
    expect(parseSpreadTime('03月23日 19:24')).toEqual({
      kind: 'yearless',
      text: '03月23日 19:24',
      month: 3,
      day: 23,
      hour: 19,
      minute: 24,
      second: 0,
    });
  });

  it('reports what it cannot read instead of guessing', () => {
    expect(parseSpreadTime('')).toEqual({ kind: 'missing' });
    expect(parseSpreadTime(null)).toEqual({ kind: 'missing' });
    expect(parseSpreadTime('2013-02-30 10:00:00').kind).toBe('invalid');
    expect(parseSpreadTime('2013-02-03 24:00:00').kind).toBe('invalid');
    expect(parseSpreadTime('今天 12:00').kind).toBe('invalid');
    expect(parseSpreadTime('13月01日 10:00').kind).toBe('invalid');
    expect(parseSpreadTime(42).kind).toBe('invalid');
  });
});

describe('resolveYearless', () => {
  const clock = { month: 3, day: 23, hour: 19, minute: 24, second: 0 };

  it('takes the analyst year first', () => {
    expect(formatBeijing(resolveYearless(clock, { year: 2011, rootEpochMs: beijing('2013-01-01 00:00:00') }) as number)).toBe(
      '2011-03-23T19:24:00+08:00',
    );
  });

  it("takes the root's year, or the next one if that would put the repost before its root", () => {
    expect(formatBeijing(resolveYearless(clock, { rootEpochMs: beijing('2013-01-01 00:00:00') }) as number)).toBe(
      '2013-03-23T19:24:00+08:00',
    );
    expect(formatBeijing(resolveYearless(clock, { rootEpochMs: beijing('2013-03-23 19:25:00') }) as number)).toBe(
      '2014-03-23T19:24:00+08:00',
    );
    expect(formatBeijing(resolveYearless(clock, { rootEpochMs: beijing('2013-03-23 19:24:00') }) as number)).toBe(
      '2013-03-23T19:24:00+08:00',
    );
  });

  it('falls back to the year of the earliest full date in the file, and to nothing', () => {
    expect(formatBeijing(resolveYearless(clock, { earliestFullEpochMs: beijing('2012-11-05 08:00:00') }) as number)).toBe(
      '2012-03-23T19:24:00+08:00',
    );
    expect(resolveYearless(clock, {})).toBeNull();
  });

  it('refuses 02月29日 in a year without it', () => {
    expect(resolveYearless({ month: 2, day: 29, hour: 0, minute: 0, second: 0 }, { year: 2013 })).toBeNull();
    expect(resolveYearless({ month: 2, day: 29, hour: 0, minute: 0, second: 0 }, { year: 2012 })).not.toBeNull();
  });
});

describe('year-less dates inside buildCascades', () => {
  const records = [
    buildRecord({ id: 'a', parent: '', time: '01月14日 19:34' }),
    buildRecord({ id: 'b', parent: '', time: '2014-02-02 00:09:26' }),
  ];

  it('uses the root time when the analyst gives it', () => {
    const { cascades } = buildCascades(records, { impliedRoot: true, rootTime: '2014-02-01T23:59:32+08:00' });
    expect(cascades[0]?.nodes.find((node) => node.id === 'a')?.at).toBe('2015-01-14T19:34:00+08:00');
  });

  it('uses the earliest full date of the file without a root time, and --year over both', () => {
    expect(buildCascades(records, { impliedRoot: true }).cascades[0]?.nodes.find((node) => node.id === 'a')?.at).toBe(
      '2014-01-14T19:34:00+08:00',
    );
    const withYear = buildCascades(records, { impliedRoot: true, rootTime: '2014-02-01T23:59:32+08:00', year: 2013 });
    expect(withYear.cascades[0]?.nodes.find((node) => node.id === 'a')?.at).toBe('2013-01-14T19:34:00+08:00');
  });

  it('asks for a year when nothing tells it', () => {
    const yearless = [buildRecord({ id: 'a', parent: '', time: '03月23日 19:24' })];
    expect(() => buildCascades(yearless, { impliedRoot: true })).toThrow(SpreadInputError);
    expect(() => buildCascades(yearless, { impliedRoot: true })).toThrow(
      expect.objectContaining({ kind: 'year-needed', code: 'spread.yearNeeded', params: { text: '03月23日 19:24' } }),
    );
  });

  it('lists times it cannot read and leaves those nodes untimed', () => {
    const result = buildCascades([buildRecord({ id: 'a', parent: '', time: '昨天' })], { impliedRoot: true });
    expect(result.invalidTimes).toEqual([{ id: 'a', text: '昨天' }]);
    expect(result.cascades[0]?.nodes[1]?.at).toBeNull();
  });
});
