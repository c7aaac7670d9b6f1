import { describe, expect, it } from 'vitest';
import { ZoneClock } from '../../../shared/time';
import { logGamma, poissonLogUpperTail, poissonUpperTail } from '../../../shared/watch/poisson';
import {
  baselineRate,
  countByHour,
  dailySparkline,
  detectSurges,
  surgeKey,
  testHour,
  wallHourLabel,
  wallHourOf,
  type HourlyCounts,
} from '../../../shared/watch/surge';

// P(X ≥ k) for X ~ Poisson(λ), from the regularised gamma function at 40 digits (mpmath: gammainc(k, 0, λ, regularized=True)).
const KNOWN_TAILS: ReadonlyArray<[lambda: number, k: number, tail: number, logTail: number]> = [
  [0.5, 5, 0.00017211562995584078, -8.66734403983606],
  [0.5, 6, 1.4164937322342491e-5, -11.164740849517388],
  [2, 10, 4.6498075017263805e-5, -9.97609964370606],
  [3.5, 12, 0.0002889922199303002, -8.14911079087061],
  [7, 20, 4.440247653963774e-5, -10.022215312161856],
  [100, 150, 1.88421046603867e-6, -13.18200167571471],
  [0.5, 1, 0.3934693402873666, -0.9327521295671886],
  [10, 5, 0.970747311923039, -0.029689079446520873],
  [1000, 1001, 0.491590632831494, -0.7101089559235979],
];

describe('the Poisson upper tail', () => {
  it('matches known tails to 1e−12 relative, below and above the mean', () => {
    for (const [lambda, k, tail, logTail] of KNOWN_TAILS) {
      expect(Math.abs(poissonUpperTail(k, lambda) / tail - 1), `λ=${lambda} k=${k}`).toBeLessThan(1e-12);
      expect(Math.abs(poissonLogUpperTail(k, lambda) - logTail), `λ=${lambda} k=${k}`).toBeLessThan(1e-11);
    }
  });

  it('keeps a tail far below the smallest double as its logarithm (λ = 1, k = 200)', () => {
    expect(poissonUpperTail(200, 1)).toBe(0);
    expect(Math.abs(poissonLogUpperTail(200, 1) - -864.2269997746446)).toBeLessThan(1e-9);
    expect(Number.isFinite(poissonLogUpperTail(100_000, 3))).toBe(true);
  });

  it('is 1 at k = 0, falls as k rises and rises with λ', () => {
    expect(poissonUpperTail(0, 4)).toBe(1);
    for (let k = 1; k < 40; k += 1) expect(poissonUpperTail(k + 1, 4)).toBeLessThan(poissonUpperTail(k, 4));
    expect(poissonUpperTail(8, 3)).toBeGreaterThan(poissonUpperTail(8, 2));
  });

  it('refuses a rate that is not positive and a count that is not whole', () => {
    expect(() => poissonUpperTail(3, 0)).toThrow(RangeError);
    expect(() => poissonUpperTail(2.5, 1)).toThrow(RangeError);
  });

  it('uses ln Γ that agrees with log factorials', () => {
    let logFactorial = 0;
    for (let n = 1; n <= 170; n += 1) {
      logFactorial += Math.log(n);
      expect(Math.abs(logGamma(n + 1) - logFactorial)).toBeLessThan(1e-10 * Math.max(1, logFactorial));
    }
  });
});

const clock = new ZoneClock('Asia/Shanghai');
const at = (day: number, hour: number, minute = 0) =>
  `2026-10-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`;
const times = (count: number, day: number, hour: number) => Array.from({ length: count }, (_, n) => at(day, hour, n % 60));

describe('hours of the workspace zone', () => {
  it('counts by the wall-clock hour of the zone, not UTC', () => {
    const counts: HourlyCounts = new Map();
    const touched = countByHour(counts, ['2026-10-08T13:59:00Z', '2026-10-08T21:10:00+08:00', null, 'not a time'], clock);
    const hour = wallHourOf('2026-10-08T22:00:00+08:00', clock);
    expect([...touched]).toEqual([hour - 1]);
    expect(counts.get(hour - 1)).toBe(2);
    expect(wallHourLabel(hour - 1)).toBe('2026-10-08 21:00');
    countByHour(counts, ['2026-10-08T21:10:00+08:00'], clock, -1);
    expect(counts.get(hour - 1)).toBe(1);
  });
});

describe('surge warnings', () => {
  const series = { kind: 'rule', ruleId: 'r1' } as const;
  const hour = wallHourOf(at(20, 14), clock);

  it('floors the baseline at 0.5 per hour, so five items in a quiet hour warn and four do not', () => {
    const counts: HourlyCounts = new Map();
    countByHour(counts, times(4, 20, 14), clock);
    expect(baselineRate(counts, hour)).toBe(0.5);
    expect(testHour(counts, hour)).toMatchObject({ count: 4, surge: false });
    countByHour(counts, times(1, 20, 14), clock);
    const test = testHour(counts, hour);
    expect(test).toMatchObject({ count: 5, baseline: 0.5, surge: true });
    expect(Math.abs(test.tail / 0.00017211562995584078 - 1)).toBeLessThan(1e-12);
  });

  it('compares an hour with the same hour of the previous 14 days only', () => {
    const counts: HourlyCounts = new Map();
    // 2 items at 14:00 on each of the 14 previous days: baseline 2, and P(X ≥ 10 | 2) < 0.001
    for (let day = 6; day <= 19; day += 1) countByHour(counts, times(2, day, 14), clock);
    // other hours and older days do not count
    countByHour(counts, [...times(40, 20, 13), ...times(40, 5, 14)], clock);
    expect(baselineRate(counts, hour)).toBe(2);
    countByHour(counts, times(7, 20, 14), clock);
    expect(testHour(counts, hour).surge).toBe(false); // P(X ≥ 7 | 2) ≈ 0.0045
    countByHour(counts, times(3, 20, 14), clock);
    expect(testHour(counts, hour)).toMatchObject({ count: 10, baseline: 2, surge: true });
  });

  it('needs at least five items even when the tail is tiny', () => {
    const counts: HourlyCounts = new Map();
    countByHour(counts, times(4, 20, 14), clock);
    expect(testHour(counts, hour).tail).toBeLessThan(0.002);
    expect(testHour(counts, hour).surge).toBe(false);
  });

  it('warns at most once per series per hour', () => {
    const counts: HourlyCounts = new Map();
    const touched = countByHour(counts, [...times(6, 20, 14), ...times(6, 20, 15), ...times(1, 20, 16)], clock);
    const found = detectSurges(series, counts, touched, new Set());
    expect(found.map((test) => wallHourLabel(test.hour))).toEqual(['2026-10-20 14:00', '2026-10-20 15:00']);
    const warned = new Set(found.map((test) => surgeKey(series, test.hour)));
    countByHour(counts, times(3, 20, 14), clock);
    expect(detectSurges(series, counts, [hour], warned)).toEqual([]);
    expect(detectSurges({ kind: 'event', eventId: 'e1' }, counts, [hour], warned)).toHaveLength(1);
  });

  it('gives 14 daily counts ending with the hour’s day for the sparkline', () => {
    const counts: HourlyCounts = new Map();
    countByHour(counts, [...times(3, 20, 1), ...times(2, 20, 23), ...times(1, 7, 0), ...times(9, 6, 12)], clock);
    const line = dailySparkline(counts, hour);
    expect(line).toHaveLength(14);
    expect(line.at(-1)).toBe(5);
    expect(line[0]).toBe(1);
    expect(line.reduce((a, b) => a + b)).toBe(6);
  });
});
