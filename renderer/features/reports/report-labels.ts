import type { ReportActionType, ReportStats, ReportStatus } from '../../../shared/domain/report-types';
import { statKeysInOrder, UNSPECIFIED_KEY } from '../../../shared/report/stats';
import { FEEDS, RISK_LEVELS, SENTIMENTS } from '../../../shared/domain/types';
import { isOneOf, type PlainMessageKey, type Translate } from '../../i18n';

export const STAT_DIMENSIONS = ['byKind', 'byFeed', 'byPlatform', 'bySentiment', 'byRisk', 'byRegion'] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];

export function statusLabel(t: Translate, status: ReportStatus): string {
  return t(`reports.status.${status}`);
}

export function actionName(t: Translate, action: ReportActionType): string {
  return t(`reports.action.${action}`);
}

const VALUE_KEYS: Readonly<Record<StatDimension, ((value: string) => PlainMessageKey | null) | null>> = {
  byKind: (value) => (value === 'social' || value === 'online' ? `kind.${value}` : null),
  byFeed: (value) => (isOneOf(FEEDS, value) ? `reports.feed.${value}` : null),
  byPlatform: null,
  bySentiment: (value) => (isOneOf(SENTIMENTS, value) ? `reports.sentiment.${value}` : null),
  byRisk: (value) => {
    const level = Number(value);
    return isOneOf(RISK_LEVELS, level) ? `reports.risk.${level}` : null;
  },
  byRegion: null,
};

/** The analyst's word for one counted value; platforms and regions are already words. */
export function statValueLabel(t: Translate, dimension: StatDimension, value: string): string {
  if (value === UNSPECIFIED_KEY) return t('reports.stats.unspecified');
  const key = VALUE_KEYS[dimension]?.(value) ?? null;
  return key ? t(key) : value;
}

export function signedNumber(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

/** 社会舆情 3（+1）， 网络舆情 2 — in the order statKeysInOrder gives, as the print lists them. */
export function statLine(t: Translate, stats: ReportStats, dimension: StatDimension): string {
  const counts = stats[dimension];
  const change = stats.change?.[dimension];
  return statKeysInOrder(dimension, counts)
    .map((key) => {
      const delta = change?.[key];
      return `${statValueLabel(t, dimension, key)} ${counts[key] ?? 0}${delta ? `（${signedNumber(delta)}）` : ''}`;
    })
    .join('，');
}
