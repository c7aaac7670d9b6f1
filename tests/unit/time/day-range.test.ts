import { describe, expect, it } from 'vitest';
import {
  BEIJING_OFFSET_MS,
  DEFAULT_TIME_ZONE,
  dayRangeInZone,
  formatParsedTime,
  parseTimeText,
  startOfDayInZone,
  startOfLocalDate,
  toZonedIso,
  ZoneClock,
  zoneOffsetMs,
} from '../../../shared/time';

const HOUR_MS = 3_600_000;
const context = { year: 2026, date1904: false };

describe('the zone clock', () => {
  it('reads the default zone as Beijing time at a fixed +08:00', () => {
    expect(DEFAULT_TIME_ZONE).toBe('Asia/Shanghai');
    expect(zoneOffsetMs(Date.parse('2026-01-15T12:00:00Z'), 'Asia/Shanghai')).toBe(8 * HOUR_MS);
    expect(zoneOffsetMs(Date.parse('2026-07-15T12:00:00Z'), 'Asia/Shanghai')).toBe(8 * HOUR_MS);
  });

  it('follows daylight saving time in Europe/Berlin', () => {
    expect(zoneOffsetMs(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(1 * HOUR_MS);
    expect(zoneOffsetMs(Date.parse('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(2 * HOUR_MS);
    // Clocks go forward at 01:00 UTC on the last Sunday of March.
    expect(toZonedIso(Date.parse('2026-03-29T00:59:59Z'), 'Europe/Berlin')).toBe('2026-03-29T01:59:59+01:00');
    expect(toZonedIso(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe('2026-03-29T03:00:00+02:00');
  });

  it('gives the local date of an instant on either side of midnight', () => {
    const clock = new ZoneClock('Asia/Shanghai');
    expect(clock.localDate(Date.parse('2026-10-08T15:59:59Z'))).toBe('2026-10-08');
    expect(clock.localDate(Date.parse('2026-10-08T16:00:00Z'))).toBe('2026-10-09');
  });
});

describe('local dates and day ranges', () => {
  it('starts a Beijing day at 16:00 UTC the day before', () => {
    expect(startOfLocalDate('2026-10-09', 'Asia/Shanghai')).toBe(Date.parse('2026-10-08T16:00:00Z'));
  });

  it('starts a Berlin day at its own midnight in winter and in summer', () => {
    expect(startOfLocalDate('2026-01-15', 'Europe/Berlin')).toBe(Date.parse('2026-01-14T23:00:00Z'));
    expect(startOfLocalDate('2026-07-15', 'Europe/Berlin')).toBe(Date.parse('2026-07-14T22:00:00Z'));
  });

  it('gives the day that loses an hour 23 hours and the day that gains one 25', () => {
    const spring = dayRangeInZone(Date.parse('2026-03-29T12:00:00Z'), 'Europe/Berlin');
    expect(spring.end - spring.start).toBe(23 * HOUR_MS);
    expect(spring.from).toBe('2026-03-29T00:00:00+01:00');
    expect(spring.to).toBe('2026-03-30T00:00:00+02:00');
    const autumn = dayRangeInZone(Date.parse('2026-10-25T12:00:00Z'), 'Europe/Berlin');
    expect(autumn.end - autumn.start).toBe(25 * HOUR_MS);
  });

  it('puts an instant just after midnight in the day that began at that midnight', () => {
    const justAfter = Date.parse('2026-10-08T16:00:01Z');
    const range = dayRangeInZone(justAfter, 'Asia/Shanghai');
    expect(range.from).toBe('2026-10-09T00:00:00+08:00');
    expect(range.to).toBe('2026-10-10T00:00:00+08:00');
    expect(startOfDayInZone(justAfter - 2000, 'Asia/Shanghai')).toBe(Date.parse('2026-10-07T16:00:00Z'));
  });
});

describe('agency time formats', () => {
  function read(text: string, zone: string): string | null {
    const parsed = parseTimeText(text, context);
    return parsed ? formatParsedTime(parsed, zone) : null;
  }

  it('reads a wall-clock time in the zone it is imported in, with that day’s offset', () => {
    expect(read('2026年3月28日 10时30分', 'Europe/Berlin')).toBe('2026-03-28T10:30:00+01:00');
    expect(read('2026年3月30日 10时30分', 'Europe/Berlin')).toBe('2026-03-30T10:30:00+02:00');
    expect(read('3月30日 10:30', 'Asia/Shanghai')).toBe('2026-03-30T10:30:00+08:00');
  });

  it('keeps an instant that states its offset, whatever the zone', () => {
    expect(read('2026-03-30T08:30:00Z', 'Asia/Shanghai')).toBe('2026-03-30T16:30:00+08:00');
    expect(read('2026-03-30T08:30:00Z', 'Europe/Berlin')).toBe('2026-03-30T10:30:00+02:00');
  });

  it('refuses text that is no time', () => {
    expect(parseTimeText('昨天下午', context)).toBeNull();
  });
});

describe('Beijing time for the outputs fixed there', () => {
  it('is the offset Asia/Shanghai has all year', () => {
    for (const instant of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z'])
      expect(zoneOffsetMs(Date.parse(instant), 'Asia/Shanghai')).toBe(BEIJING_OFFSET_MS);
  });
});
