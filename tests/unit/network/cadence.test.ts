import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../shared/domain/types';
import { silentStreak, SubmissionIndex, unitDays } from '../../../shared/network/cadence';
import { china2026Calendar } from '../../../shared/network/china-2026';
import { ZoneClock } from '../../../shared/time';
import type { Submission, ZeroReport } from '../../../shared/network/types';
import { at, buildSubmission, buildUnit, buildZeroReport } from './builders';

const calendar = china2026Calendar();
const clock = new ZoneClock('Asia/Shanghai');

function days(unit: Unit, items: Submission[], zeroReports: ZeroReport[], from: string, to: string, now: string) {
  const index = new SubmissionIndex([unit], items, zeroReports, clock);
  return unitDays(unit, { from, to }, { calendar, index, now }).map((day) => [day.date, day.status, day.itemCount]);
}

describe('cut-off', () => {
  // The cut-off minute is on time: 17:00 means "by 17:00:00.000".
  it('is on time up to 17:00:00 and late from the next moment', () => {
    const unit = buildUnit({ cadence: 'daily' });
    const items = [
      buildSubmission(at('2026-03-02', '16:59:59')),
      buildSubmission(at('2026-03-03', '17:00:00')),
      buildSubmission(at('2026-03-04', '17:00:00.001')),
      buildSubmission(at('2026-03-05', '17:00:01')),
    ];
    expect(days(unit, items, [], '2026-03-02', '2026-03-05', at('2026-03-06', '09:00:00'))).toEqual([
      ['2026-03-02', 'reported', 1],
      ['2026-03-03', 'reported', 1],
      ['2026-03-04', 'late', 1],
      ['2026-03-05', 'late', 1],
    ]);
  });

  it('uses the unit’s own cut-off', () => {
    const unit = buildUnit({ cadence: 'daily', cutoff: '12:00' });
    const items = [buildSubmission(at('2026-03-02', '12:00:01')), buildSubmission(at('2026-03-03', '11:59:00'))];
    expect(days(unit, items, [], '2026-03-02', '2026-03-03', at('2026-03-04', '09:00:00'))).toEqual([
      ['2026-03-02', 'late', 1],
      ['2026-03-03', 'reported', 1],
    ]);
  });

  it('counts a day as reported when something came on time, even if more came late', () => {
    const unit = buildUnit({ cadence: 'daily' });
    const items = [buildSubmission(at('2026-03-02', '20:00:00')), buildSubmission(at('2026-03-02', '09:00:00'))];
    expect(days(unit, items, [], '2026-03-02', '2026-03-02', at('2026-03-03', '09:00:00'))).toEqual([['2026-03-02', 'reported', 2]]);
  });
});

describe('days in the workspace time zone', () => {
  it('counts an item sent at 2026-10-08T16:30:00Z for Friday the 9th, leaving Thursday missing', () => {
    const unit = buildUnit();
    const items = [buildSubmission('2026-10-08T16:30:00Z')];
    expect(days(unit, items, [], '2026-10-08', '2026-10-09', at('2026-10-09', '18:00:00'))).toEqual([
      ['2026-10-08', 'missing', 0],
      ['2026-10-09', 'reported', 1],
    ]);
  });

  it('judges 09:00:01Z as after a 17:00 Shanghai cut-off', () => {
    const unit = buildUnit();
    expect(days(unit, [buildSubmission('2026-03-02T09:00:01Z')], [], '2026-03-02', '2026-03-02', at('2026-03-03', '09:00:00'))).toEqual([
      ['2026-03-02', 'late', 1],
    ]);
  });
});

describe('expected days', () => {
  it('expects working days only, with holidays out and 调休 weekend days in', () => {
    const unit = buildUnit();
    const expected = days(unit, [], [], '2026-09-30', '2026-10-11', at('2026-10-12', '09:00:00')).map(([date]) => date);
    expect(expected).toEqual(['2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10']);
  });

  it('expects every day from a daily unit, and none from an on-events or inactive unit', () => {
    const now = at('2026-03-09', '09:00:00');
    expect(days(buildUnit({ cadence: 'daily' }), [], [], '2026-03-02', '2026-03-08', now)).toHaveLength(7);
    expect(days(buildUnit({ cadence: 'onEvents' }), [], [], '2026-03-02', '2026-03-08', now)).toEqual([]);
    expect(days(buildUnit({ active: false }), [], [], '2026-03-02', '2026-03-08', now)).toEqual([]);
  });

  it('judges nothing after now, and leaves today pending until its cut-off', () => {
    const unit = buildUnit();
    expect(days(unit, [], [], '2026-03-02', '2026-03-06', at('2026-03-04', '16:00:00'))).toEqual([
      ['2026-03-02', 'missing', 0],
      ['2026-03-03', 'missing', 0],
      ['2026-03-04', 'pending', 0],
    ]);
    expect(days(unit, [], [], '2026-03-04', '2026-03-04', at('2026-03-04', '17:00:00'))).toEqual([['2026-03-04', 'pending', 0]]);
    expect(days(unit, [], [], '2026-03-04', '2026-03-04', at('2026-03-04', '17:00:01'))).toEqual([['2026-03-04', 'missing', 0]]);
  });
});

describe('零报告', () => {
  it('counts as reporting nothing, not as missing; a late one is late', () => {
    const unit = buildUnit();
    const zeroReports = [
      buildZeroReport('2026-03-02', at('2026-03-02', '16:00:00')),
      buildZeroReport('2026-03-03', at('2026-03-03', '18:00:00')),
      // Sent the evening before for the next day: in time.
      buildZeroReport('2026-03-05', at('2026-03-04', '21:00:00')),
      buildZeroReport('2026-03-04', at('2026-03-05', '08:00:00')),
    ];
    expect(days(unit, [], zeroReports, '2026-03-02', '2026-03-05', at('2026-03-06', '09:00:00'))).toEqual([
      ['2026-03-02', 'zeroReport', 0],
      ['2026-03-03', 'late', 0],
      ['2026-03-04', 'late', 0],
      ['2026-03-05', 'zeroReport', 0],
    ]);
  });

  it('gives way to items sent on time the same day', () => {
    const unit = buildUnit();
    const items = [buildSubmission(at('2026-03-02', '10:00:00'))];
    const zeroReports = [buildZeroReport('2026-03-02', at('2026-03-02', '09:00:00'))];
    expect(days(unit, items, zeroReports, '2026-03-02', '2026-03-02', at('2026-03-03', '09:00:00'))).toEqual([
      ['2026-03-02', 'reported', 1],
    ]);
  });
});

describe('silentStreak', () => {
  const streakOf = (statuses: string[]) =>
    silentStreak(statuses.map((status, index) => ({ date: `2026-03-0${index + 1}`, status: status as never, itemCount: 0 })));

  it('counts missing days back from the latest judged day, skipping a pending today', () => {
    expect(streakOf(['reported', 'missing', 'missing', 'pending'])).toEqual({ days: 2, since: '2026-03-02' });
    expect(streakOf(['missing', 'late', 'missing'])).toEqual({ days: 1, since: '2026-03-03' });
    expect(streakOf(['missing', 'zeroReport'])).toEqual({ days: 0, since: null });
    expect(streakOf([])).toEqual({ days: 0, since: null });
  });
});

describe('SubmissionIndex', () => {
  it('lists submissions whose time cannot be read instead of dropping them silently', () => {
    const unit = buildUnit();
    const bad = buildSubmission('2026-03-02 10:00');
    const index = new SubmissionIndex([unit], [bad, buildSubmission(at('2026-03-02', '10:00:00'), { unitId: 'unknown-unit' })], [], clock);
    expect(index.unreadable).toEqual([bad.id]);
  });
});
