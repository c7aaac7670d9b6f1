import { datesBetween } from '../time';
import type { WorkCalendar } from './calendar';

// 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电, 2025-11-04). Shipped as the editable default:
// the analyst adds local holidays or corrections in the calendar editor; nothing here is fixed in code.
// Each range is the full 放假调休 stretch as the notice gives it, weekend days included.
const HOLIDAY_RANGES: ReadonlyArray<readonly [string, string, string]> = [
  ['元旦', '2026-01-01', '2026-01-03'],
  ['春节', '2026-02-15', '2026-02-23'],
  ['清明节', '2026-04-04', '2026-04-06'],
  ['劳动节', '2026-05-01', '2026-05-05'],
  ['端午节', '2026-06-19', '2026-06-21'],
  ['中秋节', '2026-09-25', '2026-09-27'],
  ['国庆节', '2026-10-01', '2026-10-07'],
];

/** Weekend days worked in exchange (调休上班). */
const ADJUSTED_WORKDAYS_2026: readonly string[] = [
  '2026-01-04', // 元旦
  '2026-02-14', // 春节
  '2026-02-28', // 春节
  '2026-05-09', // 劳动节
  '2026-09-20', // 国庆节
  '2026-10-10', // 国庆节
];

export const CHINA_2026_HOLIDAY_NAMES: ReadonlyArray<{ name: string; from: string; to: string }> = HOLIDAY_RANGES.map(
  ([name, from, to]) => ({ name, from, to }),
);

export function china2026Calendar(): WorkCalendar {
  return {
    holidays: HOLIDAY_RANGES.flatMap(([, from, to]) => datesBetween(from, to)),
    adjustedWorkdays: [...ADJUSTED_WORKDAYS_2026],
  };
}
