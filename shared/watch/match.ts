// 预警规则 on arrival: which rules an item fires. Rules are compiled once (their queries parsed) and then run
// per item of an imported chunk, a field report, a bundle or an edit of title or content, over the same text
// the search index holds (title, content, account, URL and the item's notes) and the rule's scope.
import type { WatchRule, WatchScope } from '../domain/watch-types';
import type { Item } from '../domain/types';
import { parseQuery, queryMatchesText, type ParsedQuery } from '../search/query';
import { searchableText } from '../search/text';

export interface CompiledRule {
  rule: WatchRule;
  query: ParsedQuery;
}

/** The rules that can fire: not paused, with a query that is neither empty nor malformed. */
export interface RuleSet {
  active: CompiledRule[];
  /** ids of rules skipped for their query (the rules page shows them as needing a fix) */
  invalid: string[];
}

export function compileRules(rules: readonly WatchRule[]): RuleSet {
  const active: CompiledRule[] = [];
  const invalid: string[] = [];
  for (const rule of rules) {
    if (rule.paused) continue;
    const query = parseQuery(rule.query);
    if (query.error || query.root === null) invalid.push(rule.id);
    else active.push({ rule, query });
  }
  return { active, invalid };
}

function anyOf<T>(allowed: readonly T[], value: T): boolean {
  return allowed.length === 0 || allowed.includes(value);
}

/** Within a field the values are ORed, fields are ANDed, an empty list (or no scope) means any. */
export function inScope(scope: WatchScope | null, item: Item): boolean {
  if (scope === null) return true;
  return (
    anyOf(scope.platforms, item.platform ?? '') &&
    anyOf(scope.regions, item.region ?? '') &&
    (scope.feeds.length === 0 || item.feeds.some((feed) => scope.feeds.includes(feed))) &&
    anyOf(scope.kinds, item.kind) &&
    anyOf(scope.unitIds, item.unitId ?? '')
  );
}

/** The rules the item fires, in the order given. `noteTexts` are the item's notes, searched as its fields. */
export function matchRules(rules: RuleSet | readonly WatchRule[], item: Item, noteTexts: readonly string[] = []): WatchRule[] {
  const set = Array.isArray(rules) ? compileRules(rules as readonly WatchRule[]) : (rules as RuleSet);
  let text: string | null = null;
  const fired: WatchRule[] = [];
  for (const { rule, query } of set.active) {
    if (!inScope(rule.scope, item)) continue;
    text ??= searchableText(item, noteTexts);
    if (queryMatchesText(query, text)) fired.push(rule);
  }
  return fired;
}
