// Durations, platforms and short times for the spread views, in the active locale and workspace zone.
import { SPREAD_EDGE_TYPES } from '../../../shared/domain/types';
import { isOneOf, t, useLocaleStore, type useT } from '../../i18n';
import { externalIdOfNode, type StoredCascade } from './cascade-source';

export function durationText(seconds: number | null): string {
  if (seconds === null) return t('spread.metrics.unknown');
  if (seconds < 60) return t('spread.duration.seconds', { n: seconds });
  if (seconds < 3600) return t('spread.duration.minutes', { n: Math.round(seconds / 60) });
  if (seconds < 86_400 * 2) return t('spread.duration.hours', { n: Math.round((seconds / 3600) * 10) / 10 });
  return t('spread.duration.days', { n: Math.round((seconds / 86_400) * 10) / 10 });
}

export function platformName(platform: string | null): string {
  return platform ?? t('spread.unnamedPlatform');
}

export function edgeTypeName(type: string): string {
  return isOneOf(SPREAD_EDGE_TYPES, type) ? t(`spread.edgeType.${type}`) : type;
}

const shortFormats = new Map<string, Intl.DateTimeFormat>();

/** 2013/3/27 17:55: axis labels need the year (real cascades run across New Year) but not the seconds. */
export function shortDateTime(epochMs: number, context: { locale: string; timeZone: string } = useLocaleStore.getState()): string {
  const { locale, timeZone } = context;
  const cacheKey = `${locale}|${timeZone}`;
  let format = shortFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    });
    shortFormats.set(cacheKey, format);
  }
  return format.format(new Date(epochMs));
}

/** 微博、微信群 in Chinese, "Weibo, WeChat group" in English. */
export function listText(parts: readonly string[]): string {
  return parts.join(t('spread.list.separator'));
}

export function cascadeTitle(stored: StoredCascade, t: ReturnType<typeof useT>): string {
  const root = stored.rootItem;
  if (root) return root.title ?? root.content?.slice(0, 60) ?? t('spread.noTitle');
  const external = externalIdOfNode(stored.key);
  const text = stored.cascade.nodes[0]?.text;
  if (text) return text.slice(0, 60);
  if (external) return t('spread.rootMissing', { id: external });
  return stored.files?.length ? t('spread.implied.untitled', { file: stored.files.join('、') }) : t('spread.rootUnknown');
}
