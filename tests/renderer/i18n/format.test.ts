import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatDateTime, formatNumber } from '../../../renderer/i18n/format';
import { useLocaleStore } from '../../../renderer/i18n';
import { dayRangeInZone, startOfDayInZone, toZonedIso } from '../../../shared/time';

const shanghai = { locale: 'zh-CN', timeZone: 'Asia/Shanghai' } as const;
// 16:30 UTC is already past midnight in Shanghai: the date must move to the next day.
const lateEveningUtc = '2026-10-08T16:30:00Z';

describe('formatters', () => {
  it('show an instant in Asia/Shanghai by default, whatever the computer zone', () => {
    expect(useLocaleStore.getState().timeZone).toBe('Asia/Shanghai');
    expect(formatDateTime(lateEveningUtc)).toBe('2026年10月9日 00:30');
    expect(formatDate(lateEveningUtc)).toBe('2026年10月9日');
  });

  it('follow the zone and locale they are given', () => {
    expect(formatDateTime(lateEveningUtc, { locale: 'zh-CN', timeZone: 'UTC' })).toBe('2026年10月8日 16:30');
    expect(formatDateTime(lateEveningUtc, { locale: 'en', timeZone: 'Asia/Shanghai' })).toBe('Oct 9, 2026, 00:30');
  });

  it('accept ISO strings with an offset as the store keeps them', () => {
    expect(formatDateTime('2026-10-09T00:30:00+08:00', shanghai)).toBe('2026年10月9日 00:30');
  });

  it('group digits and scale bytes in binary units', () => {
    expect(formatNumber(1234567, shanghai)).toBe('1,234,567');
    expect(formatBytes(0, shanghai)).toBe('0 B');
    expect(formatBytes(1536, shanghai)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024 * 1024, shanghai)).toBe('5 GB');
  });
});

describe('zone day boundaries', () => {
  it('start the Shanghai day at 16:00 UTC the day before', () => {
    expect(new Date(startOfDayInZone(Date.parse(lateEveningUtc), 'Asia/Shanghai')).toISOString()).toBe('2026-10-08T16:00:00.000Z');
  });

  it('give the day as zoned ISO strings, the form items are stored in', () => {
    const range = dayRangeInZone(Date.parse(lateEveningUtc), 'Asia/Shanghai');
    expect(range.from).toBe('2026-10-09T00:00:00+08:00');
    expect(range.to).toBe('2026-10-10T00:00:00+08:00');
  });

  it('write offsets west of UTC and across DST correctly', () => {
    expect(toZonedIso(Date.parse('2026-07-01T12:00:00Z'), 'America/New_York')).toBe('2026-07-01T08:00:00-04:00');
    // 2026-03-08 is 23 hours long in New York.
    const range = dayRangeInZone(Date.parse('2026-03-08T12:00:00Z'), 'America/New_York');
    expect(range.end - range.start).toBe(23 * 3600 * 1000);
  });
});
