// 预警规则, 预警 and 异动 (shared/watch): the data the renderer stores in its `watchRules` and `alerts` tables.
import type { TaskAssignee, TaskType } from './task-types';
import type { AlertLevel, Feed, IsoDateTime, ItemKind, RiskLevel } from './types';

/** Where a rule looks: within a field the values are ORed, fields are ANDed, an empty list means any. */
export interface WatchScope {
  platforms: string[];
  regions: string[];
  feeds: Feed[];
  kinds: ItemKind[];
  unitIds: string[];
}

/** The task a rule creates: one per rule per import batch (or per edit), listing the items that fired it. */
export interface WatchTaskAction {
  type: TaskType;
  assignee: TaskAssignee;
  /** deadline in working days after the day the task is created */
  workingDays: number;
  note: string;
}

export interface WatchActions {
  /** mark the item 预警 with the rule's level */
  markAlert: boolean;
  addTags: string[];
  /** raise the item's risk to at least this level (never lower it) */
  raiseRiskTo: RiskLevel | null;
  createTask: WatchTaskAction | null;
}

/** What an analyst edits of a rule; a revision records these as they were and became. */
export interface WatchRuleFields {
  name: string;
  /** the items page's query language (shared/search/query.ts) */
  query: string;
  scope: WatchScope | null;
  level: AlertLevel;
  actions: WatchActions;
  paused: boolean;
}

export interface WatchRuleRevision {
  at: IsoDateTime;
  by: string;
  before: Partial<WatchRuleFields>;
  after: Partial<WatchRuleFields>;
}

export interface WatchRule extends WatchRuleFields {
  id: string;
  createdAt: IsoDateTime;
  createdBy: string;
  updatedAt: IsoDateTime;
  history: WatchRuleRevision[];
}

export interface Acknowledgement {
  by: string;
  at: IsoDateTime;
  note: string;
}

/** A rule hit: one item that fired one rule. */
export interface RuleHit {
  id: string;
  kind: 'ruleHit';
  ruleId: string;
  itemId: string;
  level: AlertLevel;
  at: IsoDateTime;
  /** the import batch it arrived in; null for an edit or a field report */
  batchId: string | null;
  acknowledged: Acknowledgement | null;
}

/** What a surge is counted over: the items a rule matched, or the items of an event. */
export type SurgeSeries = { kind: 'rule'; ruleId: string } | { kind: 'event'; eventId: string };

/** 异动: an hour whose count is improbable under its baseline. */
export interface Surge {
  id: string;
  kind: 'surge';
  series: SurgeSeries;
  /** the hour, as a wall-clock hour number of the workspace time zone (shared/watch/surge.ts) */
  hour: number;
  count: number;
  /** expected items per hour: the mean of the same hour over the previous 14 days, at least 0.5 */
  baseline: number;
  /** P(X ≥ count) for X ~ Poisson(baseline) */
  tail: number;
  at: IsoDateTime;
  acknowledged: Acknowledgement | null;
}

export type Alert = RuleHit | Surge;
