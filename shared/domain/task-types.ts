// 任务 and 督办 (shared/tasks), and 批注: the data the renderer stores in its `tasks` and `notes` tables.
import type { LocalDate } from './report-types';
import type { IsoDateTime } from './types';

/** 核实 · 处置 · 交办 · 跟踪 */
export const TASK_TYPES = ['verify', 'handle', 'assign', 'follow'] as const;
export type TaskType = (typeof TASK_TYPES)[number];

/** 待办 → 办理中 → 已办结 */
export const TASK_STATUSES = ['pending', 'inProgress', 'closed'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export type TaskTarget = { kind: 'item'; itemId: string } | { kind: 'event'; eventId: string } | { kind: 'selection'; itemIds: string[] };

/** A person (a profile) or a reporting unit. */
export type TaskAssignee = { kind: 'person'; profileId: string } | { kind: 'unit'; unitId: string };

export const TASK_CHANGE_KINDS = ['created', 'started', 'closed', 'reassigned', 'deadline', 'note', 'reminder'] as const;
export type TaskChangeKind = (typeof TASK_CHANGE_KINDS)[number];

/** One entry of a task's history: who changed what, when, from what to what. */
export interface TaskChange {
  at: IsoDateTime;
  by: string;
  kind: TaskChangeKind;
  before: unknown;
  after: unknown;
}

/** 督办: a chase of an open task, which puts it at the top of its owner's list. */
export interface TaskReminder {
  at: IsoDateTime;
  by: string;
  note: string;
}

export interface Task {
  id: string;
  target: TaskTarget;
  assignee: TaskAssignee;
  type: TaskType;
  /** 办结时限: the last day (workspace time zone) on which closing is on time */
  deadline: LocalDate;
  note: string;
  status: TaskStatus;
  /** 办理结果, required to close */
  result: string | null;
  createdAt: IsoDateTime;
  createdBy: string;
  closedAt: IsoDateTime | null;
  /** the watch rule that created it, if any */
  ruleId: string | null;
  history: TaskChange[];
  reminders: TaskReminder[];
}

export type NoteTarget = { kind: 'item'; itemId: string } | { kind: 'event'; eventId: string };

/** 批注: a dated remark by a person on an item or an event. */
export interface Note {
  id: string;
  target: NoteTarget;
  /** profile id of the current person */
  author: string;
  at: IsoDateTime;
  text: string;
}
