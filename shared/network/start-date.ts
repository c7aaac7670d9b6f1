import type { IsoDateTime, Unit } from '../domain/types';
import { cutoffMs } from './cadence';
import { addDays, isLocalDate, type LocalDate } from '../time';
import { isInstant, type ZoneClock } from '../time';

// A unit is expected to report from its 起报日期 on: the weeks before it was registered are not 漏报.
// Units stored before the field existed fall back to when they were registered (the audit log's record of
// their creation), and to no limit at all when even that is unknown — the behaviour they always had.

/**
 * The first day a unit registered at `registeredAt` can be expected to report: that day if it was registered
 * by the day's cut-off, else the next day — a unit registered at 18:00 has not missed the 17:00 deadline.
 */
export function defaultStartDate(registeredAt: IsoDateTime | number, unit: Pick<Unit, 'cutoff'>, clock: ZoneClock): LocalDate {
  const registered = clock.zonedTime(registeredAt);
  return registered.msOfDay <= cutoffMs(unit) ? registered.date : addDays(registered.date, 1);
}

/** The unit's first expected day, or null when nothing is known and every day counts. */
export function effectiveStartDate(unit: Pick<Unit, 'startDate' | 'registeredAt' | 'cutoff'>, clock: ZoneClock): LocalDate | null {
  if (unit.startDate !== undefined && isLocalDate(unit.startDate)) return unit.startDate;
  if (unit.registeredAt !== undefined && isInstant(unit.registeredAt)) return defaultStartDate(unit.registeredAt, unit, clock);
  return null;
}

/**
 * The unit with `startDate` set to its effective first day (or removed when there is none), so the per-day
 * checks can compare dates without a clock. The result is for counting, not for storing.
 */
export function withEffectiveStartDate<U extends Unit>(unit: U, clock: ZoneClock): U {
  const startDate = effectiveStartDate(unit, clock);
  if (startDate === (unit.startDate ?? null)) return unit;
  const resolved: U = { ...unit };
  if (startDate === null) delete resolved.startDate;
  else resolved.startDate = startDate;
  return resolved;
}
