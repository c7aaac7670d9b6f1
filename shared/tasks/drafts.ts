// A task a watch rule asks for, before it has an id and a deadline: the rules of one import batch give one
// draft per rule, listing every item of the batch that fired it.
import type { CalendarIndex, WorkCalendar } from '../network/calendar';
import type { ZoneClock } from '../time';
import type { Task, TaskAssignee, TaskType } from '../domain/task-types';
import { createTask, deadlineAfter, type TaskActor } from './tasks';

export interface TaskDraft {
  ruleId: string;
  type: TaskType;
  assignee: TaskAssignee;
  workingDays: number;
  note: string;
  itemIds: string[];
}

/** The task of a draft, due `workingDays` working days after the day it is created. */
export function taskFromDraft(
  draft: TaskDraft,
  actor: TaskActor & { id: string },
  calendar: WorkCalendar | CalendarIndex,
  clock: ZoneClock,
): Task {
  const [only] = draft.itemIds;
  return createTask({
    id: actor.id,
    by: actor.by,
    at: actor.at,
    target:
      draft.itemIds.length === 1 && only !== undefined ? { kind: 'item', itemId: only } : { kind: 'selection', itemIds: draft.itemIds },
    assignee: draft.assignee,
    type: draft.type,
    deadline: deadlineAfter(actor.at, draft.workingDays, calendar, clock),
    note: draft.note,
    ruleId: draft.ruleId,
  });
}

/** One draft per rule: drafts of the same rule (chunks of one batch) are merged, their items listed once. */
export function mergeTaskDrafts(drafts: readonly TaskDraft[]): TaskDraft[] {
  const byRule = new Map<string, { draft: TaskDraft; itemIds: Set<string> }>();
  for (const draft of drafts) {
    const known = byRule.get(draft.ruleId);
    if (!known) byRule.set(draft.ruleId, { draft, itemIds: new Set(draft.itemIds) });
    else for (const id of draft.itemIds) known.itemIds.add(id);
  }
  return [...byRule.values()].map(({ draft, itemIds }) => ({ ...draft, itemIds: [...itemIds] }));
}
