// The list's filter as data: what the sidebar selects, what a saved view stores, what the worker applies.
// Within one facet the selected values are ORed; facets are ANDed. An empty selection means "any".
import type { Feed, ItemKind, ItemStatus, Sentiment, Veracity } from '../domain/types';

export type TimeField = 'reportedAt' | 'publishedAt';

/** [fromMs, toMs); null leaves that side open */
export interface TimeRange {
  fromMs: number | null;
  toMs: number | null;
}

export interface ItemFilter {
  timeField: TimeField;
  time: TimeRange | null;
  feeds: Feed[];
  kinds: ItemKind[];
  /** platform names; '' selects items without one */
  platforms: string[];
  regions: string[];
  /** unit ids */
  units: string[];
  statuses: ItemStatus[];
  /** 0 selects items not yet assessed */
  risks: number[];
  sentiments: Array<Sentiment | 'none'>;
  veracities: Array<Veracity | 'none'>;
  /** tag paths; a tag selects its children too */
  tags: string[];
  /** event ids; '' selects items in no event */
  events: string[];
  /** 类别 (assessment.category); '' selects items without one */
  categories: string[];
  hasSpread: boolean | null;
  suspected: boolean | null;
}

export const FACET_NAMES = [
  'time',
  'feed',
  'kind',
  'platform',
  'region',
  'unit',
  'status',
  'risk',
  'sentiment',
  'veracity',
  'tag',
  'event',
  'category',
  'spread',
  'duplicate',
] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export function emptyFilter(): ItemFilter {
  return {
    timeField: 'reportedAt',
    time: null,
    feeds: [],
    kinds: [],
    platforms: [],
    regions: [],
    units: [],
    statuses: [],
    risks: [],
    sentiments: [],
    veracities: [],
    tags: [],
    events: [],
    categories: [],
    hasSpread: null,
    suspected: null,
  };
}

/** How many facets narrow the list (for the "清除筛选" affordance). */
export function activeFacetCount(filter: ItemFilter): number {
  const lists = [
    filter.feeds,
    filter.kinds,
    filter.platforms,
    filter.regions,
    filter.units,
    filter.statuses,
    filter.risks,
    filter.sentiments,
    filter.veracities,
    filter.tags,
    filter.events,
    filter.categories,
  ];
  return (
    lists.filter((list) => list.length > 0).length +
    (filter.time ? 1 : 0) +
    (filter.hasSpread === null ? 0 : 1) +
    (filter.suspected === null ? 0 : 1)
  );
}
