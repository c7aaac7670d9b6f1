import type { Item } from '../../../shared/domain/types';
import { buildItem } from '../../builders';

/** The smallest Weibo cascade: original W1 at 08:00 on 4 October 2026 and one repost of it half an hour later. */
export function buildWeiboCascade(original: Partial<Item> = {}): { root: Item; repost: Item } {
  const root = buildItem({
    platform: '微博',
    externalId: 'W1',
    rootExternalId: 'W1',
    parentExternalId: null,
    publishedAt: '2026-10-04T08:00:00+08:00',
    ...original,
  });
  const repost = buildItem({
    platform: '微博',
    externalId: 'W2',
    rootExternalId: 'W1',
    parentExternalId: 'W1',
    publishedAt: '2026-10-04T08:30:00+08:00',
  });
  return { root, repost };
}
