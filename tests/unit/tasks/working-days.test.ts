import { describe, expect, it } from 'vitest';
import { china2026Calendar } from '../../../shared/network/china-2026';
import { ZoneClock } from '../../../shared/time';
import { deadlineAfter } from '../../../shared/tasks/tasks';
import { WorkingDaysError, addWorkingDays, workingDaysBetween } from '../../../shared/tasks/working-days';

const calendar = china2026Calendar();

describe('addWorkingDays', () => {
  it('steps over a plain weekend', () => {
    expect(addWorkingDays('2026-11-06', 1, calendar)).toBe('2026-11-09'); // Friday → Monday
    expect(addWorkingDays('2026-11-04', 2, calendar)).toBe('2026-11-06');
    expect(addWorkingDays('2026-11-07', 1, calendar)).toBe('2026-11-09'); // given on a Saturday
  });

  it('steps over 国庆 (1–7 October 2026)', () => {
    expect(addWorkingDays('2026-09-30', 1, calendar)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 2, calendar)).toBe('2026-10-09');
    expect(addWorkingDays('2026-10-03', 1, calendar)).toBe('2026-10-08');
  });

  it('counts the 调休 Saturday (10 October 2026) as a working day, and the Sunday after it not', () => {
    expect(addWorkingDays('2026-10-09', 1, calendar)).toBe('2026-10-10');
    expect(addWorkingDays('2026-09-30', 3, calendar)).toBe('2026-10-10');
    expect(addWorkingDays('2026-10-10', 1, calendar)).toBe('2026-10-12');
    // and the 调休 Sunday before 国庆 (20 September)
    expect(addWorkingDays('2026-09-18', 1, calendar)).toBe('2026-09-20');
  });

  it('with 0 days, keeps a working day and moves a day off to the next working day', () => {
    expect(addWorkingDays('2026-10-09', 0, calendar)).toBe('2026-10-09');
    expect(addWorkingDays('2026-10-01', 0, calendar)).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-11', 0, calendar)).toBe('2026-10-12');
  });

  it('without a calendar, only weekends are days off', () => {
    expect(addWorkingDays('2026-09-30', 2, { holidays: [], adjustedWorkdays: [] })).toBe('2026-10-02');
  });

  it('refuses a count that is negative, fractional or absurd, and a calendar with no working day', () => {
    for (const days of [-1, 1.5, Number.NaN, 10_000]) expect(() => addWorkingDays('2026-10-09', days, calendar)).toThrow(WorkingDaysError);
    const everyDayOff = {
      holidays: Array.from({ length: 120 }, (_, day) => new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10)),
      adjustedWorkdays: [],
    };
    expect(() => addWorkingDays('2026-01-01', 1, everyDayOff)).toThrow(WorkingDaysError);
  });

  it('is the inverse of workingDaysBetween', () => {
    for (const days of [1, 2, 3, 5, 10, 30]) {
      const deadline = addWorkingDays('2026-09-25', days, calendar);
      expect(workingDaysBetween('2026-09-25', deadline, calendar)).toBe(days);
    }
  });

  it('takes the start day in the workspace zone, not UTC', () => {
    // 9 October 17:00 UTC is already the 调休 Saturday in Beijing, so one working day later is Monday
    expect(deadlineAfter('2026-10-09T17:00:00Z', 1, calendar, new ZoneClock('Asia/Shanghai'))).toBe('2026-10-12');
    expect(deadlineAfter('2026-10-09T15:00:00Z', 1, calendar, new ZoneClock('Asia/Shanghai'))).toBe('2026-10-10');
  });
});
