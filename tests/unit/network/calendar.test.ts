import { describe, expect, it } from 'vitest';
import { calendarProblems, isWorkingDay, mergeCalendars } from '../../../shared/network/calendar';
import { china2026Calendar } from '../../../shared/network/china-2026';
import { addDays, datesBetween, isLocalDate, isoWeekday } from '../../../shared/time';

const calendar = china2026Calendar();
const workingDaysIn = (from: string, to: string) => datesBetween(from, to).filter((date) => isWorkingDay(date, calendar));

describe('local dates', () => {
  it('computes weekdays and steps across months and leap years without a time zone', () => {
    expect(isoWeekday('2026-10-08')).toBe(4);
    expect(isoWeekday('2026-03-01')).toBe(7);
    expect(isoWeekday('1969-12-31')).toBe(3);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(datesBetween('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(datesBetween('2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('accepts only real calendar dates', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-2-3')).toBe(false);
    expect(isLocalDate('2026-10-08T00:00:00Z')).toBe(false);
  });
});

describe('the 2026 China holiday calendar', () => {
  it('is well-formed: every 调休 day is a weekend day that is not also a holiday', () => {
    expect(calendarProblems(calendar)).toEqual([]);
    expect(calendar.holidays).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect(calendar.adjustedWorkdays.map(isoWeekday).every((weekday) => weekday >= 6)).toBe(true);
  });

  it('follows the State Council notice', () => {
    expect(isWorkingDay('2026-01-01', calendar)).toBe(false);
    expect(isWorkingDay('2026-01-02', calendar)).toBe(false);
    expect(isWorkingDay('2026-01-04', calendar)).toBe(true); // Sunday, 调休
    expect(isWorkingDay('2026-02-14', calendar)).toBe(true); // Saturday, 调休
    expect(workingDaysIn('2026-02-15', '2026-02-23')).toEqual([]);
    expect(isWorkingDay('2026-02-24', calendar)).toBe(true);
    expect(isWorkingDay('2026-02-28', calendar)).toBe(true); // Saturday, 调休
    expect(isWorkingDay('2026-04-06', calendar)).toBe(false);
    expect(isWorkingDay('2026-05-09', calendar)).toBe(true); // Saturday, 调休
    expect(isWorkingDay('2026-06-19', calendar)).toBe(false);
    expect(isWorkingDay('2026-09-25', calendar)).toBe(false);
    expect(isWorkingDay('2026-09-20', calendar)).toBe(true); // Sunday, 调休
  });

  it('counts the working days of October 2026: national-day holidays out, the 调休 Saturday in', () => {
    const october = workingDaysIn('2026-10-01', '2026-10-31');
    expect(october).toHaveLength(18);
    expect(october.slice(0, 3)).toEqual(['2026-10-08', '2026-10-09', '2026-10-10']);
  });

  it('treats an ordinary weekend as a day off and an ordinary weekday as a working day', () => {
    expect(workingDaysIn('2026-03-02', '2026-03-08')).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']);
  });
});

describe('editing the calendar', () => {
  it('adds a local holiday on top of the national calendar', () => {
    const local = mergeCalendars(calendar, { holidays: ['2026-03-05'], adjustedWorkdays: [] });
    expect(isWorkingDay('2026-03-05', local)).toBe(false);
    expect(isWorkingDay('2026-01-04', local)).toBe(true);
  });

  it('points out entries that make no sense', () => {
    expect(calendarProblems({ holidays: ['2026-03-07', '2026-13-01'], adjustedWorkdays: ['2026-03-07', '2026-03-04'] })).toEqual([
      '日期格式无效：2026-13-01',
      '2026-03-07 同时被设为节假日和调休上班日',
      '2026-03-04 是工作日，无需设为调休上班日',
    ]);
  });

  it('lets a holiday win over a conflicting 调休 entry', () => {
    expect(isWorkingDay('2026-03-07', { holidays: ['2026-03-07'], adjustedWorkdays: ['2026-03-07'] })).toBe(false);
  });
});
