// How the statistics page opens the items list filtered to one bar or slice: a location hash
// `#/items?from=<ms>&to=<ms>&<dimension>=<value>`. The parameter names are the statistics dimensions;
// each may repeat (values ORed), different ones are ANDed, as in the list's own filter. Times are epoch
// milliseconds of reportedAt, [from, to). Empty values mean "none": `platform=` is items without a
// platform, `sentiment=none` not yet judged, `risk=0` not yet assessed.

/** The dimensions statistics count by, each a parameter of the link. */
export const STATS_DIMENSIONS = ['feed', 'platform', 'kind', 'sentiment', 'risk', 'region', 'category', 'tag', 'event'] as const;
export type StatsDimension = (typeof STATS_DIMENSIONS)[number];

export const ITEMS_LINK_TIME_FIELD = 'reportedAt';

export interface ItemsLinkFilter {
  fromMs: number | null;
  toMs: number | null;
  values: Partial<Record<StatsDimension, string[]>>;
}

export function itemsLinkHash(filter: ItemsLinkFilter): string {
  const params = new URLSearchParams();
  if (filter.fromMs !== null) params.append('from', String(filter.fromMs));
  if (filter.toMs !== null) params.append('to', String(filter.toMs));
  for (const dimension of STATS_DIMENSIONS) for (const value of filter.values[dimension] ?? []) params.append(dimension, value);
  const query = params.toString();
  return query === '' ? '#/items' : `#/items?${query}`;
}

/** The filter a `#/items?…` hash carries; unknown parameters are ignored. */
export function parseItemsLinkHash(hash: string): ItemsLinkFilter {
  const question = hash.indexOf('?');
  const params = new URLSearchParams(question < 0 ? '' : hash.slice(question + 1));
  const time = (name: string) => {
    const raw = params.get(name);
    const value = raw === null || raw === '' ? NaN : Number(raw);
    return Number.isSafeInteger(value) ? value : null;
  };
  const values: ItemsLinkFilter['values'] = {};
  for (const dimension of STATS_DIMENSIONS) {
    const all = params.getAll(dimension);
    if (all.length > 0) values[dimension] = all;
  }
  return { fromMs: time('from'), toMs: time('to'), values };
}
