// The statistics of one event (事件): how many items, where they appeared, how they lean and how risky they are,
// and when they appeared — the timeline the event page draws.
import type { Item, RiskLevel, Sentiment } from '../domain/types';
import { firstAppearance } from './refutations';

export interface EventStatistics {
  total: number;
  byPlatform: Array<{ platform: string | null; count: number }>;
  bySentiment: Record<Sentiment | 'unassessed', number>;
  byRisk: Record<`${RiskLevel}` | 'unassessed', number>;
  firstSeen: string | null;
  lastSeen: string | null;
}

export function eventStatistics(items: readonly Item[]): EventStatistics {
  const platforms = new Map<string | null, number>();
  const bySentiment: EventStatistics['bySentiment'] = { positive: 0, neutral: 0, negative: 0, unassessed: 0 };
  const byRisk: EventStatistics['byRisk'] = { '1': 0, '2': 0, '3': 0, '4': 0, unassessed: 0 };
  let firstSeen: string | null = null;
  let lastSeen: string | null = null;
  for (const item of items) {
    platforms.set(item.platform, (platforms.get(item.platform) ?? 0) + 1);
    bySentiment[item.assessment.sentiment ?? 'unassessed'] += 1;
    byRisk[item.assessment.risk === null ? 'unassessed' : (`${item.assessment.risk}` as `${RiskLevel}`)] += 1;
    const seen = firstAppearance(item);
    if (seen === null) continue;
    if (firstSeen === null || Date.parse(seen) < Date.parse(firstSeen)) firstSeen = seen;
    if (lastSeen === null || Date.parse(seen) > Date.parse(lastSeen)) lastSeen = seen;
  }
  const byPlatform = [...platforms]
    .map(([platform, count]) => ({ platform, count }))
    .sort((a, b) => b.count - a.count || (a.platform ?? '').localeCompare(b.platform ?? '', 'zh-CN'));
  return { total: items.length, byPlatform, bySentiment, byRisk, firstSeen, lastSeen };
}

/** The event's items in the order they appeared, each with the time it is placed at on the timeline. */
export function eventTimeline(items: readonly Item[]): Array<{ item: Item; at: string | null }> {
  return items
    .map((item) => ({ item, at: firstAppearance(item) }))
    .sort((a, b) => (a.at === null ? 1 : b.at === null ? -1 : Date.parse(a.at) - Date.parse(b.at)));
}
