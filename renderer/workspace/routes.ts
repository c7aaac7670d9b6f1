import type { PlainMessageKey } from '../i18n';

export const ROUTE_IDS = ['home', 'items', 'import', 'spread', 'reports', 'stats', 'units', 'settings', 'audit'] as const;
/** Pages opened from within a page (条目's 事件, 标签 and 辟谣 views), not listed in the navigation. */
export const INNER_ROUTE_IDS = ['events', 'tags', 'refutations'] as const;
export type RouteId = (typeof ROUTE_IDS)[number] | (typeof INNER_ROUTE_IDS)[number];

export interface RouteDefinition {
  id: RouteId;
  /** the location hash, e.g. #/items; home is #/ */
  hash: string;
  label: PlainMessageKey;
}

// The order of the navigation is the order of the analyst's day: see what came in, work the items, bring
// in more, trace, report, look back; settings and the log last.
export const ROUTES: readonly RouteDefinition[] = ROUTE_IDS.map((id) => ({
  id,
  hash: id === 'home' ? '#/' : `#/${id}`,
  label: `nav.${id}`,
}));

export function routeFromHash(hash: string): RouteId {
  const path = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return ([...ROUTE_IDS, ...INNER_ROUTE_IDS] as readonly string[]).includes(path) ? (path as RouteId) : 'home';
}
