// Making and editing 预警规则: a rule is saved only when sound (ruleProblems), and every edit keeps what the
// changed fields were and became, by whom and when, so the rules page can show a rule's history.
import type { WatchRule, WatchRuleFields, WatchScope } from '../domain/watch-types';
import type { IsoDateTime } from '../domain/types';
import { parseQuery, type QueryErrorCode } from '../search/query';
import { MAX_WORKING_DAYS } from '../tasks/working-days';

export const RULE_PROBLEM_CODES = ['nameEmpty', 'queryEmpty', 'querySyntax', 'tagEmpty', 'actionNone', 'workingDays'] as const;
export type RuleProblemCode = (typeof RULE_PROBLEM_CODES)[number];

export interface RuleProblem {
  code: RuleProblemCode;
  /** for querySyntax: the query's problem and its position */
  queryError?: { code: QueryErrorCode; position: number };
}

export function ruleProblems(fields: WatchRuleFields): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (fields.name.trim() === '') problems.push({ code: 'nameEmpty' });
  const query = parseQuery(fields.query);
  if (query.error) problems.push({ code: 'querySyntax', queryError: query.error });
  else if (query.root === null) problems.push({ code: 'queryEmpty' });
  const { actions } = fields;
  if (actions.addTags.some((tag) => tag.trim() === '')) problems.push({ code: 'tagEmpty' });
  if (!actions.markAlert && actions.addTags.length === 0 && actions.raiseRiskTo === null && actions.createTask === null)
    problems.push({ code: 'actionNone' });
  const days = actions.createTask?.workingDays;
  if (days !== undefined && (!Number.isInteger(days) || days < 0 || days > MAX_WORKING_DAYS)) problems.push({ code: 'workingDays' });
  return problems;
}

export class RuleInvalidError extends Error {
  constructor(readonly problems: RuleProblem[]) {
    super(`watch rule refused: ${problems.map((problem) => problem.code).join(', ')}`);
    this.name = 'RuleInvalidError';
  }
}

export function emptyScope(): WatchScope {
  return { platforms: [], regions: [], feeds: [], kinds: [], unitIds: [] };
}

/** A scope that narrows nothing is stored as none. */
function normalScope(scope: WatchScope | null): WatchScope | null {
  if (scope === null) return null;
  return Object.values(scope).every((values: unknown[]) => values.length === 0) ? null : scope;
}

function normalFields(fields: WatchRuleFields): WatchRuleFields {
  return {
    ...fields,
    name: fields.name.trim(),
    query: fields.query.trim(),
    scope: normalScope(fields.scope),
    actions: { ...fields.actions, addTags: [...new Set(fields.actions.addTags.map((tag) => tag.trim()))] },
  };
}

function assertSound(fields: WatchRuleFields): void {
  const problems = ruleProblems(fields);
  if (problems.length > 0) throw new RuleInvalidError(problems);
}

export function createRule(fields: WatchRuleFields, actor: { id: string; by: string; at: IsoDateTime }): WatchRule {
  const normal = normalFields(fields);
  assertSound(normal);
  return { ...normal, id: actor.id, createdAt: actor.at, createdBy: actor.by, updatedAt: actor.at, history: [] };
}

const FIELD_NAMES = ['name', 'query', 'scope', 'level', 'actions', 'paused'] as const satisfies ReadonlyArray<keyof WatchRuleFields>;

export function ruleFields(rule: WatchRule): WatchRuleFields {
  const { name, query, scope, level, actions, paused } = rule;
  return { name, query, scope, level, actions, paused };
}

/** The rule with the changes, and a revision of the fields that really changed (none: the rule as it was). */
export function editRule(rule: WatchRule, changes: Partial<WatchRuleFields>, actor: { by: string; at: IsoDateTime }): WatchRule {
  const next = normalFields({ ...ruleFields(rule), ...changes });
  assertSound(next);
  const before: Partial<WatchRuleFields> = {};
  const after: Partial<WatchRuleFields> = {};
  for (const field of FIELD_NAMES) {
    if (JSON.stringify(rule[field]) === JSON.stringify(next[field])) continue;
    Object.assign(before, { [field]: rule[field] });
    Object.assign(after, { [field]: next[field] });
  }
  if (Object.keys(after).length === 0) return rule;
  return { ...rule, ...next, updatedAt: actor.at, history: [...rule.history, { at: actor.at, by: actor.by, before, after }] };
}

export function pauseRule(rule: WatchRule, paused: boolean, actor: { by: string; at: IsoDateTime }): WatchRule {
  return editRule(rule, { paused }, actor);
}
