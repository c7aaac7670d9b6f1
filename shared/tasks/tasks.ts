// 任务: an item, an event or a selection given to a person or a unit, with a deadline in working days. Every
// change is a new task value with an entry in its history (by whom, when, from what to what), so the renderer
// stores what these return and writes the same change to the audit log.
import type { CalendarIndex, WorkCalendar } from '../network/calendar';
import type { LocalDate } from '../time';
import type { ZoneClock } from '../time';
import type { Task, TaskAssignee, TaskChangeKind, TaskStatus, TaskTarget } from '../domain/task-types';
import type { IsoDateTime } from '../domain/types';
import { addWorkingDays } from './working-days';

export const TASK_ERROR_CODES = ['invalidMove', 'resultRequired', 'taskClosed', 'emptyTarget'] as const;
export type TaskErrorCode = (typeof TASK_ERROR_CODES)[number];

/** A refused change; the renderer translates the code. */
export class TaskError extends Error {
  constructor(
    readonly code: TaskErrorCode,
    readonly detail: string = '',
  ) {
    super(`task change refused: ${code}${detail ? ` (${detail})` : ''}`);
    this.name = 'TaskError';
  }
}

/** 待办 → 办理中 → 已办结, one step at a time; a closed task stays closed. */
export const TASK_MOVES: Readonly<Record<TaskStatus, readonly TaskStatus[]>> = {
  pending: ['inProgress'],
  inProgress: ['closed'],
  closed: [],
};

export function canMoveTask(from: TaskStatus, to: TaskStatus): boolean {
  return TASK_MOVES[from].includes(to);
}

/** Who makes a change and when. */
export interface TaskActor {
  by: string;
  at: IsoDateTime;
}

export interface NewTask extends TaskActor, Pick<Task, 'id' | 'target' | 'assignee' | 'type' | 'deadline' | 'note'> {
  ruleId?: string | null;
}

function targetItemCount(target: TaskTarget): number {
  return target.kind === 'selection' ? new Set(target.itemIds).size : 1;
}

export function createTask(input: NewTask): Task {
  if (targetItemCount(input.target) === 0) throw new TaskError('emptyTarget');
  const target: TaskTarget =
    input.target.kind === 'selection' ? { kind: 'selection', itemIds: [...new Set(input.target.itemIds)] } : input.target;
  return {
    id: input.id,
    target,
    assignee: input.assignee,
    type: input.type,
    deadline: input.deadline,
    note: input.note,
    status: 'pending',
    result: null,
    createdAt: input.at,
    createdBy: input.by,
    closedAt: null,
    ruleId: input.ruleId ?? null,
    history: [{ at: input.at, by: input.by, kind: 'created', before: null, after: { assignee: input.assignee, deadline: input.deadline } }],
    reminders: [],
  };
}

/** The deadline `workingDays` working days after the day (in the workspace zone) of `at`. */
export function deadlineAfter(at: IsoDateTime, workingDays: number, calendar: WorkCalendar | CalendarIndex, clock: ZoneClock): LocalDate {
  return addWorkingDays(clock.localDate(at), workingDays, calendar);
}

function changed(task: Task, actor: TaskActor, kind: TaskChangeKind, before: unknown, after: unknown, next: Partial<Task>): Task {
  return { ...task, ...next, history: [...task.history, { at: actor.at, by: actor.by, kind, before, after }] };
}

function refuseClosed(task: Task): void {
  if (task.status === 'closed') throw new TaskError('taskClosed', task.id);
}

/** Moves the status; closing needs a 办理结果 (a result that is not blank). */
export function moveTask(task: Task, to: TaskStatus, actor: TaskActor & { result?: string }): Task {
  if (!canMoveTask(task.status, to)) throw new TaskError('invalidMove', `${task.status} → ${to}`);
  if (to === 'closed') {
    const result = actor.result?.trim() ?? '';
    if (result === '') throw new TaskError('resultRequired');
    return changed(task, actor, 'closed', { status: task.status }, { status: to, result }, { status: to, result, closedAt: actor.at });
  }
  return changed(task, actor, 'started', { status: task.status }, { status: to }, { status: to });
}

export function reassignTask(task: Task, assignee: TaskAssignee, actor: TaskActor): Task {
  refuseClosed(task);
  return changed(task, actor, 'reassigned', task.assignee, assignee, { assignee });
}

export function changeDeadline(task: Task, deadline: LocalDate, actor: TaskActor): Task {
  refuseClosed(task);
  return changed(task, actor, 'deadline', task.deadline, deadline, { deadline });
}

export function changeTaskNote(task: Task, note: string, actor: TaskActor): Task {
  return changed(task, actor, 'note', task.note, note, { note });
}

/** 督办: records a chase of an open task (it then heads its owner's list). */
export function remindTask(task: Task, actor: TaskActor & { note: string }): Task {
  refuseClosed(task);
  const reminder = { at: actor.at, by: actor.by, note: actor.note.trim() };
  return changed(task, actor, 'reminder', null, reminder, { reminders: [...task.reminders, reminder] });
}

/** 逾期: open after its deadline day. `today` is the workspace zone's date now. */
export function isOverdue(task: Task, today: LocalDate): boolean {
  return task.status !== 'closed' && today > task.deadline;
}

/** What the lists show: the status, or 逾期 for an open task past its deadline. */
export type TaskDisplayState = TaskStatus | 'overdue';

export function taskDisplayState(task: Task, today: LocalDate): TaskDisplayState {
  return isOverdue(task, today) ? 'overdue' : task.status;
}

/** Whether a closed task was closed by the end of its deadline day; null while it is open. */
export function closedOnTime(task: Task, clock: ZoneClock): boolean | null {
  if (task.status !== 'closed' || task.closedAt === null) return null;
  return clock.localDate(task.closedAt) <= task.deadline;
}

export function sameAssignee(a: TaskAssignee, b: TaskAssignee): boolean {
  return a.kind === 'person' && b.kind === 'person'
    ? a.profileId === b.profileId
    : a.kind === 'unit' && b.kind === 'unit' && a.unitId === b.unitId;
}

function lastReminderAt(task: Task): string {
  return task.reminders.at(-1)?.at ?? '';
}

/**
 * An owner's list (我的任务): open tasks chased by 督办 first (the latest chase first), then the other
 * overdue ones, then the rest of the open ones by deadline, then closed ones, newest closed first.
 */
export function tasksForOwner(tasks: readonly Task[], owner: TaskAssignee, today: LocalDate): Task[] {
  const rank = (task: Task) => (task.status === 'closed' ? 3 : task.reminders.length > 0 ? 0 : isOverdue(task, today) ? 1 : 2);
  return tasks
    .filter((task) => sameAssignee(task.assignee, owner))
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (rank(a) === 0 ? Date.parse(lastReminderAt(b)) - Date.parse(lastReminderAt(a)) : 0) ||
        (rank(a) === 3 ? Date.parse(b.closedAt ?? '') - Date.parse(a.closedAt ?? '') : a.deadline.localeCompare(b.deadline)) ||
        a.createdAt.localeCompare(b.createdAt),
    );
}
