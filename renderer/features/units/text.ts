import type { UnitCadence } from '../../../shared/domain/types';
import type { LocalDate } from '../../../shared/time';
import type { Locale, PlainMessageKey } from '../../i18n';
import { formatDate } from '../../i18n/format';

export const CADENCE_LABELS: Readonly<Record<UnitCadence, PlainMessageKey>> = {
  daily: 'units.cadence.daily',
  workingDays: 'units.cadence.workingDays',
  onEvents: 'units.cadence.onEvents',
};

/**
 * A calendar date as the locale writes it. Noon UTC formatted in UTC is that very day, whatever the
 * workspace zone, so a date never moves to a neighbouring day on the way to the screen.
 */
export function formatLocalDate(date: LocalDate, locale: Locale): string {
  return formatDate(`${date}T12:00:00Z`, { locale, timeZone: 'UTC' });
}

/** 12.5% (one decimal), or a dash when there is nothing to divide. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}
