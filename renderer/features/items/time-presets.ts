// The time facet's ranges (今天, 昨天, 近7天, 近30天), as days in the workspace time zone, not the PC's.
import type { TimePreset } from '../../../shared/search/facets';
import { startOfDayInZone } from '../../../shared/time';

export const TIME_PRESET_IDS = ['today', 'yesterday', 'last7', 'last30'] as const;
export type TimePresetId = (typeof TIME_PRESET_IDS)[number];

const DAY = 86_400_000;

export function timePresets(now: number, timeZone: string): TimePreset[] {
  const today = startOfDayInZone(now, timeZone);
  // noon of a day is in that day whatever the daylight-saving rules: the day's start is read from there
  const daysAgo = (days: number) => startOfDayInZone(today - days * DAY + DAY / 2, timeZone);
  const tomorrow = startOfDayInZone(today + DAY + DAY / 2, timeZone);
  return [
    { id: 'today', fromMs: today, toMs: tomorrow },
    { id: 'yesterday', fromMs: daysAgo(1), toMs: today },
    { id: 'last7', fromMs: daysAgo(6), toMs: tomorrow },
    { id: 'last30', fromMs: daysAgo(29), toMs: tomorrow },
  ];
}
