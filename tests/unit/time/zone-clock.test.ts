import { describe, expect, it } from 'vitest';
import { instantMs, InvalidInstantError, isInstant, parseClockTime, ZoneClock } from '../../../shared/time';

// process.env.TZ cannot change once Node has started, so these tests use instants whose UTC date and
// Shanghai date differ: code that read local time anywhere would give a different answer under TZ=UTC
// or TZ=America/New_York than under TZ=Asia/Shanghai.

const HMS = (hours: number, minutes: number, seconds: number, ms = 0) => ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;

describe('ZoneClock', () => {
  const shanghai = new ZoneClock('Asia/Shanghai');

  it('puts an item reported at 2026-10-08T16:30:00Z on the 9th in Shanghai', () => {
    expect(shanghai.zonedTime('2026-10-08T16:30:00Z')).toEqual({ date: '2026-10-09', msOfDay: HMS(0, 30, 0) });
    expect(new ZoneClock('America/New_York').localDate('2026-10-08T16:30:00Z')).toBe('2026-10-08');
    expect(new ZoneClock('UTC').localDate('2026-10-08T16:30:00Z')).toBe('2026-10-08');
  });

  it('reads instants written with any offset as the same moment', () => {
    expect(shanghai.zonedTime('2026-10-08T08:59:59.250Z')).toEqual({ date: '2026-10-08', msOfDay: HMS(16, 59, 59, 250) });
    expect(shanghai.zonedTime('2026-10-08T03:59:59.250-05:00')).toEqual({ date: '2026-10-08', msOfDay: HMS(16, 59, 59, 250) });
    expect(shanghai.localDate('2026-10-08T23:59:59+08:00')).toBe('2026-10-08');
    expect(shanghai.localDate('2026-10-08T16:00:00Z')).toBe('2026-10-09');
    expect(shanghai.localDate('2026-10-08T15:59:59.999Z')).toBe('2026-10-08');
  });

  it('follows daylight-saving changes, including within an hour it has already seen', () => {
    const newYork = new ZoneClock('America/New_York');
    expect(newYork.zonedTime('2026-03-08T06:59:59Z').msOfDay).toBe(HMS(1, 59, 59));
    expect(newYork.zonedTime('2026-03-08T07:00:00Z').msOfDay).toBe(HMS(3, 0, 0));
    // Nepal moved from +05:30 to +05:45 at 1985-12-31T18:30Z, half-way through a UTC hour.
    const kathmandu = new ZoneClock('Asia/Kathmandu');
    expect(kathmandu.zonedTime('1985-12-31T18:00:00Z')).toEqual({ date: '1985-12-31', msOfDay: HMS(23, 30, 0) });
    expect(kathmandu.zonedTime('1985-12-31T18:29:59Z')).toEqual({ date: '1985-12-31', msOfDay: HMS(23, 59, 59) });
    expect(kathmandu.zonedTime('1985-12-31T18:30:00Z')).toEqual({ date: '1986-01-01', msOfDay: HMS(0, 15, 0) });
  });
});

describe('instants and clock times', () => {
  it('refuses times without an offset, which would be read in the machine’s own zone', () => {
    expect(isInstant('2026-10-08T16:30:00Z')).toBe(true);
    expect(isInstant('2026-10-08T16:30+08:00')).toBe(true);
    expect(isInstant('2026-10-08T16:30:00')).toBe(false);
    expect(isInstant('2026-10-08')).toBe(false);
    expect(isInstant('2026-13-08T16:30:00Z')).toBe(false);
    expect(() => instantMs('2026-10-08 16:30')).toThrow(InvalidInstantError);
  });

  it('parses HH:mm cut-offs', () => {
    expect(parseClockTime('17:00')).toBe(17 * 60);
    expect(parseClockTime('09:30')).toBe(9 * 60 + 30);
    expect(parseClockTime('24:00')).toBeNull();
    expect(parseClockTime('9:30')).toBeNull();
  });
});
