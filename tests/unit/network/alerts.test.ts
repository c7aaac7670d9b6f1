import { describe, expect, it } from 'vitest';
import { silenceAlerts } from '../../../shared/network/alerts';
import { china2026Calendar } from '../../../shared/network/china-2026';
import { datesBetween } from '../../../shared/time';
import { at, buildSubmission, buildUnit, buildZeroReport } from './builders';

const calendar = china2026Calendar();

// A working week in March 2026 (no holidays): three units report every morning, until the third
// stops after Tuesday — the failure from the department's review, which must surface on day three.
const units = [
  buildUnit({ id: 'u-dongsheng', name: '东胜区宣传部' }),
  buildUnit({ id: 'u-kangbashi', name: '康巴什区宣传部' }),
  buildUnit({ id: 'u-dalate', name: '达拉特旗宣传部' }),
];
const week = datesBetween('2026-03-02', '2026-03-06');
const items = [
  ...week.map((date) => buildSubmission(at(date, '10:00:00'), { unitId: 'u-dongsheng' })),
  ...week.map((date) => buildSubmission(at(date, '11:00:00'), { unitId: 'u-kangbashi' })),
  ...['2026-03-02', '2026-03-03'].map((date) => buildSubmission(at(date, '09:30:00'), { unitId: 'u-dalate' })),
];
// Every unit has been reporting for weeks, so silence before this week does not blur the picture.
const history = datesBetween('2026-02-24', '2026-02-27').flatMap((date) =>
  units.map((unit) => buildSubmission(at(date, '09:00:00'), { unitId: unit.id })),
);

const alertsAt = (now: string, extra: Partial<Parameters<typeof silenceAlerts>[0]> = {}) =>
  silenceAlerts({ units, items: [...history, ...items], zeroReports: [], calendar, timeZone: 'Asia/Shanghai', now, ...extra });

describe('silenceAlerts', () => {
  it('stays quiet on the first and second silent day', () => {
    expect(alertsAt(at('2026-03-04', '18:00:00'))).toEqual([]);
    expect(alertsAt(at('2026-03-05', '18:00:00'))).toEqual([]);
  });

  it('waits for the third day’s cut-off to pass', () => {
    expect(alertsAt(at('2026-03-06', '16:59:59'))).toEqual([]);
    expect(alertsAt(at('2026-03-06', '17:00:00'))).toEqual([]);
  });

  it('alerts on the third expected silent day', () => {
    expect(alertsAt(at('2026-03-06', '17:00:01'))).toEqual([
      { unitId: 'u-dalate', name: '达拉特旗宣传部', silentDays: 3, silentSince: '2026-03-04' },
    ]);
  });

  it('does not count the weekend for a working-days unit, and keeps counting on Monday', () => {
    expect(alertsAt(at('2026-03-08', '12:00:00'))).toMatchObject([{ unitId: 'u-dalate', silentDays: 3 }]);
    expect(alertsAt(at('2026-03-09', '18:00:00'))).toMatchObject([
      { unitId: 'u-dalate', silentDays: 4, silentSince: '2026-03-04' },
      // The other two sent nothing on Monday: one silent day is far from an alert.
    ]);
  });

  it('counts the weekend for a daily unit', () => {
    const daily = [buildUnit({ id: 'u-daily', name: '网信办', cadence: 'daily' })];
    const sent = [buildSubmission(at('2026-03-05', '10:00:00'), { unitId: 'u-daily' })];
    const alerts = silenceAlerts({
      units: daily,
      items: sent,
      zeroReports: [],
      calendar,
      timeZone: 'Asia/Shanghai',
      now: at('2026-03-08', '17:30:00'),
    });
    expect(alerts).toEqual([{ unitId: 'u-daily', name: '网信办', silentDays: 3, silentSince: '2026-03-06' }]);
  });

  it('treats a 零报告 as a sign of life and a late report as breaking the silence', () => {
    const zeroReports = [buildZeroReport('2026-03-05', at('2026-03-05', '15:00:00'), { unitId: 'u-dalate' })];
    expect(alertsAt(at('2026-03-09', '18:00:00'), { zeroReports })).toEqual([]);
    const late = buildSubmission(at('2026-03-05', '22:00:00'), { unitId: 'u-dalate' });
    expect(
      silenceAlerts({
        units,
        items: [...history, ...items, late],
        zeroReports: [],
        calendar,
        timeZone: 'Asia/Shanghai',
        now: at('2026-03-09', '18:00:00'),
      }),
    ).toEqual([]);
  });

  it('skips the national-day holiday but counts the 调休 Saturday', () => {
    const unit = [buildUnit({ id: 'u-police', name: '公安局网安支队' })];
    const sent = [buildSubmission(at('2026-09-30', '10:00:00'), { unitId: 'u-police' })];
    const check = (now: string) => silenceAlerts({ units: unit, items: sent, zeroReports: [], calendar, timeZone: 'Asia/Shanghai', now });
    expect(check(at('2026-10-07', '23:00:00'))).toEqual([]);
    expect(check(at('2026-10-09', '23:00:00'))).toEqual([]);
    expect(check(at('2026-10-10', '17:30:00'))).toEqual([
      { unitId: 'u-police', name: '公安局网安支队', silentDays: 3, silentSince: '2026-10-08' },
    ]);
  });

  it('honours the threshold and never alerts for units reporting on events only', () => {
    expect(alertsAt(at('2026-03-05', '18:00:00'), { threshold: 2 })).toMatchObject([{ unitId: 'u-dalate', silentDays: 2 }]);
    const onEvents = units.map((unit) => ({ ...unit, cadence: 'onEvents' as const }));
    expect(alertsAt(at('2026-03-09', '18:00:00'), { units: onEvents })).toEqual([]);
  });

  it('stays acknowledged for the same silence and alerts again for a new one', () => {
    const acknowledged = [{ unitId: 'u-dalate', silentSince: '2026-03-04' }];
    expect(alertsAt(at('2026-03-09', '18:00:00'), { acknowledged })).toEqual([]);
    const back = buildSubmission(at('2026-03-10', '09:00:00'), { unitId: 'u-dalate' });
    const everyoneElse = ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'].flatMap((date) =>
      ['u-dongsheng', 'u-kangbashi'].map((unitId) => buildSubmission(at(date, '10:00:00'), { unitId })),
    );
    const alerts = silenceAlerts({
      units,
      items: [...history, ...items, ...everyoneElse, back],
      zeroReports: [],
      calendar,
      timeZone: 'Asia/Shanghai',
      now: at('2026-03-13', '18:00:00'),
      acknowledged,
    });
    expect(alerts).toEqual([{ unitId: 'u-dalate', name: '达拉特旗宣传部', silentDays: 3, silentSince: '2026-03-11' }]);
  });

  it('lists the longest silence first', () => {
    const never = buildUnit({ id: 'u-never', name: '伊金霍洛旗宣传部' });
    const alerts = silenceAlerts({
      units: [...units, never],
      items: [...history, ...items],
      zeroReports: [],
      calendar,
      timeZone: 'Asia/Shanghai',
      now: at('2026-03-06', '18:00:00'),
      lookbackDays: 10,
    });
    // 10 calendar days back from Friday the 6th reach Tuesday 24 February: 10 working days, counting
    // Saturday 28 February, a 春节 调休 working day.
    expect(alerts.map((alert) => [alert.unitId, alert.silentDays])).toEqual([
      ['u-never', 10],
      ['u-dalate', 3],
    ]);
  });
});
