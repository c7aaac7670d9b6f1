// Opening the items list filtered to a clicked bar or slice: the filter goes to the items page's store
// (its public setQuery/setFilter/applyTimePreset), and the location hash records the same filter
// (items-link.ts), so back/forward and a copied link say what the list shows.
import type { Feed, ItemKind, Sentiment } from '../../../shared/domain/types';
import { emptyFilter, type ItemFilter } from '../../../shared/search/filter';
import { applyTimePreset, setFilter, setQuery } from '../items';
import { itemsLinkHash } from '../items';
import type { StatsDimension } from './stats-count';

/** Dimensions the items list can filter by: every one the page counts. */
export const LIST_FILTERABLE: ReadonlySet<StatsDimension> = new Set([
  'feed',
  'platform',
  'kind',
  'sentiment',
  'risk',
  'region',
  'tag',
  'event',
  'category',
]);

export function listFilterFor(dimension: StatsDimension | null, value: string | null): ItemFilter {
  const filter: ItemFilter = { ...emptyFilter(), timeField: 'reportedAt' };
  if (dimension === null || value === null) return filter;
  switch (dimension) {
    case 'feed':
      return { ...filter, feeds: [value as Feed] };
    case 'kind':
      return { ...filter, kinds: [value as ItemKind] };
    case 'platform':
      return { ...filter, platforms: [value] };
    case 'region':
      return { ...filter, regions: [value] };
    case 'sentiment':
      return { ...filter, sentiments: [value as Sentiment | 'none'] };
    case 'risk':
      return { ...filter, risks: [Number(value)] };
    case 'tag':
      return { ...filter, tags: [value] };
    case 'event':
      return { ...filter, events: [value] };
    case 'category':
      return { ...filter, categories: [value] };
  }
}

/** Days are the workspace zone's calendar dates, both included. */
export async function openItemsFiltered(target: {
  from: string;
  to: string;
  fromMs: number;
  toMs: number;
  dimension: StatsDimension | null;
  value: string | null;
}): Promise<void> {
  const { dimension, value } = target;
  window.location.hash = itemsLinkHash({
    fromMs: target.fromMs,
    toMs: target.toMs,
    values: dimension !== null && value !== null ? { [dimension]: [value] } : {},
  });
  await setQuery('');
  await setFilter(listFilterFor(dimension, value));
  await applyTimePreset('custom', { from: target.from, to: target.to });
}
