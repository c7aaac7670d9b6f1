import { describe, expect, it } from 'vitest';
import { china2026Calendar } from '../../../shared/network/china-2026';
import { periodContaining, scoreTrend, splitPeriod } from '../../../shared/network/periods';
import { at, buildSubmission, buildUnit } from './builders';

describe('periodContaining', () => {
  it('finds the week, month, quarter and year of a date', () => {
    expect(periodContaining('week', '2026-03-04')).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(periodContaining('week', '2026-03-08')).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(periodContaining('month', '2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodContaining('month', '2026-12-31')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(periodContaining('quarter', '2026-11-15')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodContaining('quarter', '2026-04-01')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(periodContaining('year', '2026-06-15')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});

describe('splitPeriod', () => {
  it('covers the period without gaps, clipping the ends', () => {
    expect(splitPeriod({ from: '2026-03-04', to: '2026-03-17' }, 'week')).toEqual([
      { from: '2026-03-04', to: '2026-03-08' },
      { from: '2026-03-09', to: '2026-03-15' },
      { from: '2026-03-16', to: '2026-03-17' },
    ]);
    expect(splitPeriod({ from: '2026-01-01', to: '2026-12-31' }, 'quarter').map((part) => part.from)).toEqual([
      '2026-01-01',
      '2026-04-01',
      '2026-07-01',
      '2026-10-01',
    ]);
  });
});

describe('scoreTrend', () => {
  it('scores each week on its own items and days', () => {
    const unit = buildUnit({ id: 'u', name: '东胜区宣传部' });
    const items = [
      buildSubmission(at('2026-03-02', '09:00:00'), { unitId: 'u' }),
      buildSubmission(at('2026-03-03', '09:00:00'), { unitId: 'u' }),
      buildSubmission(at('2026-03-09', '09:00:00'), { unitId: 'u' }),
      // Monday 16th in Shanghai, Sunday 15th in UTC.
      buildSubmission('2026-03-15T16:30:00Z', { unitId: 'u' }),
    ];
    const trend = scoreTrend(
      {
        units: [unit],
        reporters: [],
        items,
        zeroReports: [],
        adoptions: new Map(),
        calendar: china2026Calendar(),
        timeZone: 'Asia/Shanghai',
        period: { from: '2026-03-02', to: '2026-03-20' },
        now: at('2026-03-16', '18:00:00'),
      },
      'week',
    );
    expect(
      trend.map((point) => [point.period.from, point.units[0]?.reported, point.units[0]?.missing, point.units[0]?.expectedDays]),
    ).toEqual([
      ['2026-03-02', 2, 3, 5],
      ['2026-03-09', 1, 4, 5],
      ['2026-03-16', 1, 0, 1],
    ]);
  });
});
