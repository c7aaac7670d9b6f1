// Opening the list from an address (#/items?from=…&platform=…): a link copied from 统计, a reload, or
// back/forward must show the same filtered list the click-through showed, with the 自定义 dates filled in.
import type { Feed, ItemKind, Sentiment } from '../../../shared/domain/types';
import { emptyFilter, type ItemFilter, type TimeRange } from '../../../shared/search/filter';
import { ITEMS_LINK_TIME_FIELD, parseItemsLinkHash } from './items-link';
import { toZonedIso } from '../../../shared/time';

/** Whether the hash is the list's address with a filter in it (not an item's #/items/<id>). */
export function isItemsLinkHash(hash: string): boolean {
  return hash.startsWith('#/items?');
}

/** The list filter a `#/items?…` address carries. */
export function filterFromItemsLinkHash(hash: string): ItemFilter {
  const link = parseItemsLinkHash(hash);
  const values = link.values;
  const time: TimeRange | null = link.fromMs === null && link.toMs === null ? null : { fromMs: link.fromMs, toMs: link.toMs };
  return {
    ...emptyFilter(),
    timeField: ITEMS_LINK_TIME_FIELD,
    time,
    feeds: (values.feed ?? []) as Feed[],
    kinds: (values.kind ?? []) as ItemKind[],
    platforms: values.platform ?? [],
    regions: values.region ?? [],
    risks: (values.risk ?? []).map(Number).filter((risk) => Number.isInteger(risk)),
    sentiments: (values.sentiment ?? []) as Array<Sentiment | 'none'>,
    tags: values.tag ?? [],
    events: values.event ?? [],
    categories: values.category ?? [],
  };
}

/**
 * The calendar days a range covers in the workspace zone, for the 自定义 date boxes: [from, to) in
 * milliseconds becomes the first and the last day, both included, as the boxes show them (YYYY-MM-DD).
 */
export function customDatesOf(time: TimeRange | null, timeZone: string): { from: string; to: string } {
  const day = (instant: number | null) => (instant === null ? '' : toZonedIso(instant, timeZone).slice(0, 10));
  return { from: day(time?.fromMs ?? null), to: day(time?.toMs === null || time?.toMs === undefined ? null : time.toMs - 1) };
}
