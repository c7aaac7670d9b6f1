// Starting a report from a saved view of 条目 (built-in or the analyst's own): the same filter, search and
// time preset, applied to the stored items directly. The items page's index worker keeps the list's state of
// its own, so the picker must not borrow it; a report holds a few dozen items, and reading the newest items
// page by page finds them at once.
import type { Item } from '../../../shared/domain/types';
import type { ItemFilter, TimeRange } from '../../../shared/search/filter';
import { parseQuery, type ParsedQuery } from '../../../shared/search/query';
import { foldText, searchableText } from '../../../shared/search/text';
import type { Repositories } from '../../db';
import { sortKeyOf } from '../../db';
import type { SavedView } from '../items';
import { timePresets } from '../items';

/** How many stored items one view may read before it says the list was cut short. */
export const SAVED_VIEW_SCAN_LIMIT = 5_000;
const PAGE_SIZE = 500;

/** The view's time range as of `now`: a preset (今天 …) is the day the view is opened, not the day it was saved. */
export function savedViewTime(view: SavedView, now: number, timeZone: string): TimeRange | null {
  if (!view.timePreset) return view.filter.time;
  const preset = timePresets(now, timeZone).find((candidate) => candidate.id === view.timePreset);
  return preset ? { fromMs: preset.fromMs, toMs: preset.toMs } : null;
}

function anyOf<T>(selected: readonly T[], value: T): boolean {
  return selected.length === 0 || selected.includes(value);
}

function textMatches(item: Item, query: ParsedQuery): boolean {
  if (query.include.length === 0 && query.exclude.length === 0) return true;
  const text = foldText(searchableText(item));
  return query.include.every((term) => text.includes(term.text)) && !query.exclude.some((term) => text.includes(term.text));
}

function inRange(value: string | null, range: TimeRange | null): boolean {
  if (range === null) return true;
  if (value === null) return false;
  const ms = sortKeyOf(value);
  return (range.fromMs === null || ms >= range.fromMs) && (range.toMs === null || ms < range.toMs);
}

/**
 * Whether an item belongs to the view, facet by facet as the items page reads a filter: values within a facet
 * ORed, facets ANDed, an empty selection meaning any. The 疑似重复 facet needs the duplicate index the items
 * page builds, so a view that narrows by it is not offered here (see `canStartFromView`).
 */
export function itemMatchesFilter(item: Item, filter: ItemFilter, time: TimeRange | null, query: ParsedQuery): boolean {
  const { assessment } = item;
  return (
    inRange(filter.timeField === 'publishedAt' ? item.publishedAt : item.reportedAt, time) &&
    (filter.feeds.length === 0 || item.feeds.some((feed) => filter.feeds.includes(feed))) &&
    anyOf(filter.kinds, item.kind) &&
    anyOf(filter.platforms, item.platform ?? '') &&
    anyOf(filter.regions, item.region ?? '') &&
    anyOf(filter.units, item.unitId ?? '') &&
    anyOf(filter.statuses, item.status) &&
    anyOf(filter.risks, assessment.risk ?? 0) &&
    anyOf(filter.sentiments, assessment.sentiment ?? 'none') &&
    anyOf(filter.veracities, assessment.veracity ?? 'none') &&
    (filter.tags.length === 0 || item.tags.some((path) => filter.tags.some((tag) => path === tag || path.startsWith(`${tag}/`)))) &&
    anyOf(filter.events, item.eventId ?? '') &&
    (filter.hasSpread === null || (item.parentExternalId !== null) === filter.hasSpread) &&
    textMatches(item, query)
  );
}

export function canStartFromView(view: SavedView): boolean {
  return view.filter.suspected === null;
}

/**
 * The items of a saved view, newest report first, at most `limit`; notOpinion items never go into a report.
 * A range on the report time bounds the read; otherwise at most SAVED_VIEW_SCAN_LIMIT items are read.
 */
export async function loadSavedView(
  items: Pick<Repositories['items'], 'page'>,
  view: SavedView,
  now: number,
  timeZone: string,
  limit: number,
): Promise<{ items: Item[]; truncated: boolean }> {
  const time = savedViewTime(view, now, timeZone);
  const query = parseQuery(view.query);
  const byReported = view.filter.timeField === 'reportedAt' && time !== null;
  const from = byReported ? (time.fromMs ?? -Infinity) : -Infinity;
  const found: Item[] = [];
  let after = byReported && time.toMs !== null ? { key: time.toMs, id: '' } : undefined;
  let scanned = 0;
  for (;;) {
    const page = await items.page({ index: 'reportedAt', direction: 'desc', after, limit: PAGE_SIZE });
    for (const item of page.items) {
      if (sortKeyOf(item.reportedAt) < from) return { items: found, truncated: false };
      scanned += 1;
      if (item.notOpinion || !itemMatchesFilter(item, view.filter, time, query)) continue;
      found.push(item);
      if (found.length >= limit) return { items: found, truncated: true };
    }
    if (page.next === null) return { items: found, truncated: false };
    if (scanned >= SAVED_VIEW_SCAN_LIMIT) return { items: found, truncated: true };
    after = page.next;
  }
}
