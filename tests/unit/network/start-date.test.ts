import { describe, expect, it } from 'vitest';
import { silenceAlerts } from '../../../shared/network/alerts';
import { china2026Calendar } from '../../../shared/network/china-2026';
import { computeScores, type ScoreInput } from '../../../shared/network/scoring';
import { defaultStartDate, effectiveStartDate, withEffectiveStartDate } from '../../../shared/network/start-date';
import { ZoneClock } from '../../../shared/time';
import { at, buildReporter, buildSubmission, buildUnit } from './builders';

// One working week, Monday 2 – Friday 6 March 2026 (no holidays). The unit under test was registered on
// Wednesday: Monday and Tuesday are not its 漏报.
const calendar = china2026Calendar();
const shanghai = new ZoneClock('Asia/Shanghai');
const week = { from: '2026-03-02', to: '2026-03-06' };

function scoreOf(input: Partial<ScoreInput> & Pick<ScoreInput, 'units' | 'now'>) {
  const scores = computeScores({
    reporters: [],
    items: [],
    zeroReports: [],
    adoptions: new Map(),
    calendar,
    timeZone: 'Asia/Shanghai',
    period: week,
    ...input,
  });
  return scores.units[0];
}

describe('defaultStartDate', () => {
  it('is the registration day when the unit was registered by that day’s cut-off, the cut-off minute included', () => {
    expect(defaultStartDate(at('2026-03-04', '09:00:00'), { cutoff: '17:00' }, shanghai)).toBe('2026-03-04');
    expect(defaultStartDate(at('2026-03-04', '17:00:00'), { cutoff: '17:00' }, shanghai)).toBe('2026-03-04');
  });

  it('is the next day when the unit was registered after the cut-off had passed', () => {
    expect(defaultStartDate('2026-03-04T17:00:00.001+08:00', { cutoff: '17:00' }, shanghai)).toBe('2026-03-05');
    expect(defaultStartDate(at('2026-03-04', '10:30:00'), { cutoff: '10:00' }, shanghai)).toBe('2026-03-05');
  });

  it('reads the registration in the workspace zone, not by its UTC date', () => {
    // 00:30 on Wednesday in Shanghai is still Tuesday in UTC.
    expect(defaultStartDate('2026-03-03T16:30:00Z', { cutoff: '17:00' }, shanghai)).toBe('2026-03-04');
    expect(defaultStartDate('2026-03-03T16:30:00Z', { cutoff: '17:00' }, new ZoneClock('UTC'))).toBe('2026-03-03');
    // 18:30 UTC is after a 17:00 cut-off in UTC: the UTC workspace starts the next day.
    expect(defaultStartDate('2026-03-03T18:30:00Z', { cutoff: '17:00' }, new ZoneClock('UTC'))).toBe('2026-03-04');
  });
});

describe('effectiveStartDate', () => {
  it('takes the 起报日期 the analyst set over the registration time', () => {
    const unit = buildUnit({ startDate: '2026-03-05', registeredAt: at('2026-03-02', '09:00:00') });
    expect(effectiveStartDate(unit, shanghai)).toBe('2026-03-05');
  });

  it('falls back to the registration time for a unit stored without a 起报日期', () => {
    expect(effectiveStartDate(buildUnit({ registeredAt: at('2026-03-04', '18:00:00') }), shanghai)).toBe('2026-03-05');
  });

  it('ignores a 起报日期 that is not a date and uses what else is known', () => {
    expect(effectiveStartDate(buildUnit({ startDate: '2026/3/4', registeredAt: at('2026-03-03', '09:00:00') }), shanghai)).toBe(
      '2026-03-03',
    );
    expect(effectiveStartDate(buildUnit({ startDate: '2026/3/4' }), shanghai)).toBeNull();
  });

  it('sets no limit when neither is known, as for every unit stored before the field existed', () => {
    const legacy = buildUnit();
    expect('startDate' in legacy).toBe(false);
    expect(effectiveStartDate(legacy, shanghai)).toBeNull();
    expect(withEffectiveStartDate(legacy, shanghai)).toBe(legacy);
  });

  it('resolves a copy for counting and leaves the stored unit as it was', () => {
    const stored = buildUnit({ registeredAt: at('2026-03-04', '09:00:00') });
    expect(withEffectiveStartDate(stored, shanghai)).toEqual({ ...stored, startDate: '2026-03-04' });
    expect(stored.startDate).toBeUndefined();
    expect(withEffectiveStartDate(buildUnit({ startDate: 'bad' }), shanghai)).not.toHaveProperty('startDate');
  });
});

describe('counting from the 起报日期', () => {
  const unit = buildUnit({ startDate: '2026-03-04' });

  it('counts neither missing nor expected days before the start, and the start day itself as expected', () => {
    const score = scoreOf({ units: [unit], now: at('2026-03-07', '12:00:00') });
    expect(score).toMatchObject({ expectedDays: 3, missing: 3, silentStreak: 3 });
    // The same unit without a start date owes the whole week.
    expect(scoreOf({ units: [buildUnit()], now: at('2026-03-07', '12:00:00') })).toMatchObject({ expectedDays: 5, missing: 5 });
  });

  it('judges the start day at its cut-off: pending until 17:00:00, missing from the next millisecond', () => {
    expect(scoreOf({ units: [unit], now: at('2026-03-04', '16:59:59') })).toMatchObject({ expectedDays: 0, missing: 0 });
    expect(scoreOf({ units: [unit], now: at('2026-03-04', '17:00:00') })).toMatchObject({ expectedDays: 0, missing: 0 });
    expect(scoreOf({ units: [unit], now: '2026-03-04T17:00:00.001+08:00' })).toMatchObject({ expectedDays: 1, missing: 1 });
  });

  it('counts a late report on the start day as late, and a report before the start only as an item', () => {
    const items = [
      buildSubmission(at('2026-03-03', '18:00:00'), { id: 'before-start' }),
      buildSubmission(at('2026-03-04', '17:30:00'), { id: 'late-on-start' }),
    ];
    const score = scoreOf({ units: [unit], items, now: at('2026-03-04', '20:00:00') });
    // Both items were sent and count; Tuesday's came after its cut-off but Tuesday was not expected, so only Wednesday is late.
    expect(score).toMatchObject({ reported: 2, late: 1, missing: 0, expectedDays: 1 });
  });

  it('places sends and the start day in the workspace zone', () => {
    // 00:30 Wednesday in Shanghai (Tuesday in UTC): a report on the start day.
    const items = [buildSubmission('2026-03-03T16:30:00Z')];
    const shanghaiScore = scoreOf({ units: [unit], items, now: at('2026-03-04', '20:00:00') });
    expect(shanghaiScore).toMatchObject({ expectedDays: 1, missing: 0, late: 0 });
    // In a UTC workspace the same send falls on Tuesday, before the start: Wednesday is missing.
    const utcScore = scoreOf({ units: [unit], items, timeZone: 'UTC', now: '2026-03-04T20:00:00Z' });
    expect(utcScore).toMatchObject({ reported: 1, expectedDays: 1, missing: 1 });
  });

  it('starts a unit stored without a 起报日期 on the day it was registered, and sets no limit when that is unknown', () => {
    const registered = buildUnit({ registeredAt: at('2026-03-04', '18:00:00') });
    expect(scoreOf({ units: [registered], now: at('2026-03-07', '12:00:00') })).toMatchObject({ expectedDays: 2, missing: 2 });
    expect(scoreOf({ units: [buildUnit()], now: at('2026-03-07', '12:00:00') })).toMatchObject({ expectedDays: 5, missing: 5 });
  });

  it('gives a reporter no late day before the unit’s start', () => {
    const reporter = buildReporter();
    const items = [
      buildSubmission(at('2026-03-03', '18:00:00'), { reporterId: reporter.id }),
      buildSubmission(at('2026-03-04', '18:00:00'), { reporterId: reporter.id }),
    ];
    const scores = computeScores({
      units: [unit],
      reporters: [reporter],
      items,
      zeroReports: [],
      adoptions: new Map(),
      calendar,
      timeZone: 'Asia/Shanghai',
      period: week,
      now: at('2026-03-07', '12:00:00'),
    });
    expect(scores.reporters[0]).toMatchObject({ reported: 2, late: 1 });
  });
});

describe('silence and the 起报日期', () => {
  const alertsAt = (units: Parameters<typeof silenceAlerts>[0]['units'], now: string) =>
    silenceAlerts({ units, items: [], zeroReports: [], calendar, timeZone: 'Asia/Shanghai', now });

  it('does not alert a unit registered mid-week for the days before it was registered', () => {
    const fromThursday = buildUnit({ id: 'u-thu', startDate: '2026-03-05' });
    expect(alertsAt([fromThursday], at('2026-03-06', '18:00:00'))).toEqual([]);
  });

  it('alerts on the third silent day counted from the start day', () => {
    const fromWednesday = buildUnit({ id: 'u-wed', name: '新设单位', startDate: '2026-03-04' });
    expect(alertsAt([fromWednesday], at('2026-03-06', '17:00:00'))).toEqual([]);
    expect(alertsAt([fromWednesday], at('2026-03-06', '17:00:01'))).toEqual([
      { unitId: 'u-wed', name: '新设单位', silentDays: 3, silentSince: '2026-03-04' },
    ]);
  });

  it('never alerts for an inactive unit, however long it is silent', () => {
    const inactive = buildUnit({ id: 'u-off', active: false, cadence: 'daily' });
    const active = buildUnit({ id: 'u-on', name: '在岗单位', cadence: 'daily' });
    expect(alertsAt([inactive, active], at('2026-03-20', '18:00:00'))).toMatchObject([{ unitId: 'u-on' }]);
    expect(alertsAt([inactive], at('2026-03-20', '18:00:00'))).toEqual([]);
  });
});
