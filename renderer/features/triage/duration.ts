import { durationParts } from '../../../shared/triage';
import type { useT } from '../../i18n';

/** A span such as 1 天 2 小时 30 分, or 早 1 小时 when it runs backwards. */
export function formatDuration(t: ReturnType<typeof useT>, milliseconds: number): string {
  const parts = durationParts(milliseconds);
  const text = t('triage.duration', { days: parts.days, hours: parts.hours, minutes: parts.minutes });
  return parts.negative ? t('triage.durationBefore', { duration: text }) : text;
}
