// What fired rules do to an item, as values the renderer writes in the same transaction as the item (and
// names in its audit entry): the item's changed fields, the 预警 hits to store, and task drafts, one per rule
// per batch. A rule acts on an item once: an edit that still matches a rule that already fired does nothing.
import type { RuleHit, WatchRule } from '../domain/watch-types';
import type { AlertLevel, IsoDateTime, Item, RiskLevel } from '../domain/types';
import { mergeTaskDrafts, type TaskDraft } from '../tasks/drafts';
import { compileRules, matchRules, type RuleSet } from './match';

/** The fields rules change; spread over the item to apply them. Absent fields are unchanged. */
export type ItemRulePatch = Partial<Pick<Item, 'tags' | 'assessment' | 'alert' | 'watchRuleIds'>>;

export type RuleHitDraft = Omit<RuleHit, 'id'>;

export interface RuleOutcome {
  /** the rules that acted now (not those that had already fired on the item) */
  firedRuleIds: string[];
  patch: ItemRulePatch;
  hits: RuleHitDraft[];
  tasks: TaskDraft[];
}

export interface RuleContext {
  at: IsoDateTime;
  /** the import batch; null for an edit or a field report */
  batchId: string | null;
}

function maxLevel<T extends number>(levels: readonly T[]): T | null {
  return levels.length === 0 ? null : levels.reduce((a, b) => (b > a ? b : a));
}

export function applyRuleActions(item: Item, firedRules: readonly WatchRule[], context: RuleContext): RuleOutcome {
  const known = new Set(item.watchRuleIds ?? []);
  const rules = firedRules.filter((rule) => !known.has(rule.id));
  const outcome: RuleOutcome = { firedRuleIds: rules.map((rule) => rule.id), patch: {}, hits: [], tasks: [] };
  if (rules.length === 0) return outcome;
  outcome.patch.watchRuleIds = [...known, ...outcome.firedRuleIds];

  const tags = [...item.tags];
  for (const tag of rules.flatMap((rule) => rule.actions.addTags)) if (!tags.includes(tag)) tags.push(tag);
  if (tags.length !== item.tags.length) outcome.patch.tags = tags;

  // risk only ever rises: 1 一般 < 2 较大 < 3 重大 < 4 特别重大
  const risk = maxLevel(rules.flatMap((rule) => (rule.actions.raiseRiskTo === null ? [] : [rule.actions.raiseRiskTo])));
  if (risk !== null && risk > (item.assessment.risk ?? 0)) outcome.patch.assessment = { ...item.assessment, risk: risk as RiskLevel };

  const marking = rules.filter((rule) => rule.actions.markAlert);
  if (marking.length > 0) {
    const level = maxLevel<AlertLevel>([...marking.map((rule) => rule.level), ...(item.alert ? [item.alert.level] : [])]) as AlertLevel;
    const ruleIds = [...(item.alert?.ruleIds ?? []), ...marking.map((rule) => rule.id)];
    outcome.patch.alert = { level, ruleIds, at: level === item.alert?.level ? item.alert.at : context.at };
    outcome.hits = marking.map((rule) => ({
      kind: 'ruleHit',
      ruleId: rule.id,
      itemId: item.id,
      level: rule.level,
      at: context.at,
      batchId: context.batchId,
      acknowledged: null,
    }));
  }

  for (const rule of rules) {
    const task = rule.actions.createTask;
    if (task)
      outcome.tasks.push({
        ruleId: rule.id,
        type: task.type,
        assignee: task.assignee,
        workingDays: task.workingDays,
        note: task.note,
        itemIds: [item.id],
      });
  }
  return outcome;
}

export interface BatchOutcome {
  /** only the items some rule acted on */
  updates: Array<{ itemId: string; patch: ItemRulePatch; firedRuleIds: string[] }>;
  hits: RuleHitDraft[];
  /** one per rule, listing every item of the chunk that fired it (merge chunks of a batch with mergeTaskDrafts) */
  tasks: TaskDraft[];
}

/**
 * Runs the rules over one imported chunk (or the items of one edit). `noteTexts` gives an item's notes;
 * items pulled from a department server must not be passed here: their rules ran where they arrived.
 */
export function runRules(
  rules: RuleSet | readonly WatchRule[],
  items: readonly Item[],
  context: RuleContext,
  noteTexts: (item: Item) => readonly string[] = () => [],
): BatchOutcome {
  const set = Array.isArray(rules) ? compileRules(rules as readonly WatchRule[]) : (rules as RuleSet);
  const batch: BatchOutcome = { updates: [], hits: [], tasks: [] };
  const drafts: TaskDraft[] = [];
  for (const item of items) {
    const fired = matchRules(set, item, noteTexts(item));
    if (fired.length === 0) continue;
    const outcome = applyRuleActions(item, fired, context);
    if (outcome.firedRuleIds.length === 0) continue;
    batch.updates.push({ itemId: item.id, patch: outcome.patch, firedRuleIds: outcome.firedRuleIds });
    batch.hits.push(...outcome.hits);
    drafts.push(...outcome.tasks);
  }
  batch.tasks = mergeTaskDrafts(drafts);
  return batch;
}
