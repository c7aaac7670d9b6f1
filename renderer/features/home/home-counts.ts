import type { ItemKind } from '../../../shared/domain/types';
import type { Repositories } from '../../db';
import { dayRangeInZone } from '../../../shared/time';

export interface HomeCounts {
  /** the zone day the counts are for */
  dayStart: number;
  todayTotal: number;
  todayByKind: Record<ItemKind, number>;
  toAssess: number;
  toReview: number;
  toSign: number;
  reportsTotal: number;
  itemsTotal: number;
}

export type HomeRepositories = {
  items: Pick<Repositories['items'], 'count' | 'countByStatus' | 'countReportedBetween' | 'page'>;
  reports: Pick<Repositories['reports'], 'count' | 'where'>;
};

const PAGE_SIZE = 500;

/**
 * Splits the day's items by kind. The store has no kind index (low-cardinality facets come from derived
 * counts), so this walks only the day's items, newest first, and stops at the first one before the day.
 */
async function countByKindBetween(items: HomeRepositories['items'], start: number, end: number): Promise<Record<ItemKind, number>> {
  const counts: Record<ItemKind, number> = { social: 0, online: 0 };
  let after: Parameters<HomeRepositories['items']['page']>[0]['after'] = null;
  for (;;) {
    const page = await items.page({ index: 'reportedAt', direction: 'desc', after, limit: PAGE_SIZE });
    for (const item of page.items) {
      const reported = Date.parse(item.reportedAt);
      if (reported >= end) continue;
      if (reported < start) return counts;
      counts[item.kind] += 1;
    }
    if (!page.next) return counts;
    after = page.next;
  }
}

export async function loadHomeCounts(repositories: HomeRepositories, now: number, timeZone: string): Promise<HomeCounts> {
  const today = dayRangeInZone(now, timeZone);
  const [todayTotal, todayByKind, toAssess, inReview, approved, reportsTotal, itemsTotal] = await Promise.all([
    repositories.items.countReportedBetween(today.from, today.to),
    countByKindBetween(repositories.items, today.start, today.end),
    repositories.items.countByStatus('new'),
    repositories.reports.where('status', 'inReview'),
    repositories.reports.where('status', 'approved'),
    repositories.reports.count(),
    repositories.items.count(),
  ]);
  return {
    dayStart: today.start,
    todayTotal,
    todayByKind,
    toAssess,
    toReview: inReview.length,
    toSign: approved.length,
    reportsTotal,
    itemsTotal,
  };
}
