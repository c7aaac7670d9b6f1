// 试运行: how many stored items a draft rule would match, with the newest 20, answered from the search index
// (its postings and columns) and never by reading the store: at a million items it costs what a search and
// a filtered run cost on the items page.
import type { WatchRule, WatchScope } from '../domain/watch-types';
import type { ChunkLoaders, ItemIndex } from '../search/engine';
import { filterAndCount } from '../search/facets';
import { emptyFilter, type ItemFilter } from '../search/filter';
import { parseQuery, type QueryProblem } from '../search/query';
import { orderedMatches } from '../search/sort';

export const DRY_RUN_SAMPLE = 20;

/** The rule's scope as the items page's filter: the same facets, ORed within and ANDed across. */
export function scopeFilter(scope: WatchScope | null): ItemFilter {
  const filter = emptyFilter();
  if (scope === null) return filter;
  return {
    ...filter,
    platforms: [...scope.platforms],
    regions: [...scope.regions],
    feeds: [...scope.feeds],
    kinds: [...scope.kinds],
    units: [...scope.unitIds],
  };
}

export type DryRunResult = { ok: true; total: number; itemIds: string[] } | { ok: false; error: QueryProblem | null };

/** The count and the newest `limit` ids by reported time; not ok for a malformed or empty query. */
export async function dryRunRule(
  index: ItemIndex,
  rule: Pick<WatchRule, 'query' | 'scope'>,
  loaders: ChunkLoaders,
  limit: number = DRY_RUN_SAMPLE,
): Promise<DryRunResult> {
  const query = parseQuery(rule.query);
  if (query.error || query.root === null) return { ok: false, error: query.error };
  const match = await index.match(query, loaders);
  const outcome = filterAndCount(
    index.chunks.map((chunk) => chunk.columns),
    index.dictionaries,
    scopeFilter(rule.scope),
    { match, timePresets: [] },
  );
  const ordinals = orderedMatches(index.permutation('reportedAt'), outcome.result, 'desc', Math.min(limit, outcome.total));
  return { ok: true, total: outcome.total, itemIds: [...ordinals].map((ordinal) => index.idAt(ordinal) as string) };
}
