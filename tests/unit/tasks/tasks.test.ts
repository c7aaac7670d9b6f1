import { beforeEach, describe, expect, it } from 'vitest';
import { ZoneClock } from '../../../shared/time';
import { china2026Calendar } from '../../../shared/network/china-2026';
import {
  TaskError,
  canMoveTask,
  changeDeadline,
  isOverdue,
  moveTask,
  reassignTask,
  remindTask,
  taskDisplayState,
  tasksForOwner,
} from '../../../shared/tasks/tasks';
import { mergeTaskDrafts, taskFromDraft } from '../../../shared/tasks/drafts';
import { unitTaskCounts } from '../../../shared/tasks/unit-counts';
import { resetBuilderSequence } from '../../builders/sequence';
import { PERSON, UNIT_A, UNIT_B, buildTask } from './builders';

const clock = new ZoneClock('Asia/Shanghai');
const by = 'officer';

beforeEach(() => resetBuilderSequence());

function refusal(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof TaskError) return error.code;
    throw error;
  }
  return undefined;
}

describe('the task lifecycle', () => {
  it('goes 待办 → 办理中 → 已办结, recording who and when at each step', () => {
    const task = buildTask();
    expect(task.status).toBe('pending');
    const started = moveTask(task, 'inProgress', { by, at: '2026-10-08T09:00:00+08:00' });
    const closed = moveTask(started, 'closed', { by, at: '2026-10-09T16:00:00+08:00', result: '  已核实，系误传  ' });
    expect(closed).toMatchObject({ status: 'closed', result: '已核实，系误传', closedAt: '2026-10-09T16:00:00+08:00' });
    expect(closed.history.map((change) => [change.kind, change.by, change.at])).toEqual([
      ['created', 'analyst', '2026-09-30T10:00:00+08:00'],
      ['started', by, '2026-10-08T09:00:00+08:00'],
      ['closed', by, '2026-10-09T16:00:00+08:00'],
    ]);
    expect(task.status).toBe('pending'); // values, not mutations
  });

  it('refuses invalid moves', () => {
    const task = buildTask();
    expect(refusal(() => moveTask(task, 'closed', { by, at: task.createdAt, result: '办结' }))).toBe('invalidMove');
    expect(refusal(() => moveTask(task, 'pending', { by, at: task.createdAt }))).toBe('invalidMove');
    const closed = moveTask(moveTask(task, 'inProgress', { by, at: task.createdAt }), 'closed', { by, at: task.createdAt, result: '办结' });
    expect(refusal(() => moveTask(closed, 'inProgress', { by, at: task.createdAt }))).toBe('invalidMove');
    expect(canMoveTask('inProgress', 'pending')).toBe(false);
  });

  it('needs a 办理结果 to close', () => {
    const started = moveTask(buildTask(), 'inProgress', { by, at: '2026-10-08T09:00:00+08:00' });
    expect(refusal(() => moveTask(started, 'closed', { by, at: '2026-10-08T10:00:00+08:00' }))).toBe('resultRequired');
    expect(refusal(() => moveTask(started, 'closed', { by, at: '2026-10-08T10:00:00+08:00', result: ' 　' }))).toBe('resultRequired');
  });

  it('reassigns and moves the deadline with history, but not once closed', () => {
    const task = reassignTask(changeDeadline(buildTask(), '2026-10-12', { by, at: '2026-10-01T08:00:00+08:00' }), UNIT_B, {
      by,
      at: '2026-10-02T08:00:00+08:00',
    });
    expect(task).toMatchObject({ deadline: '2026-10-12', assignee: UNIT_B });
    expect(task.history.slice(1).map((change) => [change.kind, change.before, change.after])).toEqual([
      ['deadline', '2026-10-09', '2026-10-12'],
      ['reassigned', UNIT_A, UNIT_B],
    ]);
    const closed = moveTask(moveTask(task, 'inProgress', { by, at: task.createdAt }), 'closed', { by, at: task.createdAt, result: '办结' });
    expect(refusal(() => reassignTask(closed, UNIT_A, { by, at: task.createdAt }))).toBe('taskClosed');
  });

  it('refuses a task with an empty selection and lists a selection once', () => {
    expect(refusal(() => buildTask({ target: { kind: 'selection', itemIds: [] } }))).toBe('emptyTarget');
    expect(buildTask({ target: { kind: 'selection', itemIds: ['a', 'b', 'a'] } }).target).toEqual({
      kind: 'selection',
      itemIds: ['a', 'b'],
    });
  });
});

describe('deadlines, 逾期 and 督办', () => {
  it('is overdue from the day after the deadline until it is closed', () => {
    const task = buildTask({ deadline: '2026-10-09' });
    expect(isOverdue(task, '2026-10-09')).toBe(false);
    expect(isOverdue(task, '2026-10-10')).toBe(true);
    expect(taskDisplayState(task, '2026-10-10')).toBe('overdue');
    const closed = moveTask(moveTask(task, 'inProgress', { by, at: task.createdAt }), 'closed', {
      by,
      at: '2026-10-12T09:00:00+08:00',
      result: '办结',
    });
    expect(isOverdue(closed, '2026-10-12')).toBe(false);
    expect(taskDisplayState(closed, '2026-10-12')).toBe('closed');
  });

  it('records a reminder and puts the chased task at the top of its owner’s list', () => {
    const early = buildTask({ deadline: '2026-10-08', assignee: PERSON });
    const late = buildTask({ deadline: '2026-10-20', assignee: PERSON });
    const overdue = buildTask({ deadline: '2026-10-05', assignee: PERSON });
    const someoneElse = buildTask({ deadline: '2026-10-01' });
    const chased = remindTask(late, { by: 'leader', at: '2026-10-10T09:00:00+08:00', note: '请尽快办理' });
    expect(chased.reminders).toEqual([{ by: 'leader', at: '2026-10-10T09:00:00+08:00', note: '请尽快办理' }]);
    expect(chased.history.at(-1)?.kind).toBe('reminder');
    const list = tasksForOwner([early, chased, overdue, someoneElse], PERSON, '2026-10-10');
    expect(list.map((task) => task.id)).toEqual([chased.id, overdue.id, early.id]);
    const closed = moveTask(moveTask(early, 'inProgress', { by, at: early.createdAt }), 'closed', {
      by,
      at: early.createdAt,
      result: '办结',
    });
    expect(refusal(() => remindTask(closed, { by, at: early.createdAt, note: '' }))).toBe('taskClosed');
  });
});

describe('tasks from watch rules', () => {
  it('merges the drafts of one rule across chunks and makes one task due in working days', () => {
    const drafts = mergeTaskDrafts([
      { ruleId: 'r1', type: 'verify', assignee: UNIT_A, workingDays: 1, note: '核实', itemIds: ['a', 'b'] },
      { ruleId: 'r2', type: 'handle', assignee: UNIT_B, workingDays: 2, note: '处置', itemIds: ['a'] },
      { ruleId: 'r1', type: 'verify', assignee: UNIT_A, workingDays: 1, note: '核实', itemIds: ['b', 'c'] },
    ]);
    expect(drafts.map((draft) => [draft.ruleId, draft.itemIds])).toEqual([
      ['r1', ['a', 'b', 'c']],
      ['r2', ['a']],
    ]);
    const [many, one] = drafts.map((draft, n) =>
      taskFromDraft(draft, { id: `t${n}`, by, at: '2026-09-30T16:00:00+08:00' }, china2026Calendar(), clock),
    );
    expect(many).toMatchObject({
      target: { kind: 'selection', itemIds: ['a', 'b', 'c'] },
      deadline: '2026-10-08',
      ruleId: 'r1',
      status: 'pending',
    });
    expect(one).toMatchObject({ target: { kind: 'item', itemId: 'a' }, deadline: '2026-10-09', type: 'handle' });
  });
});

describe('量化考核 counts per unit', () => {
  it('counts on time, late and open (overdue among them) per unit, by the workspace day', () => {
    const close = (task: ReturnType<typeof buildTask>, at: string) =>
      moveTask(moveTask(task, 'inProgress', { by, at: task.createdAt }), 'closed', { by, at, result: '办结' });
    const tasks = [
      close(buildTask({ deadline: '2026-10-09' }), '2026-10-09T23:30:00+08:00'), // on time: still the 9th in Beijing
      close(buildTask({ deadline: '2026-10-09' }), '2026-10-09T16:30:00Z'), // late: 00:30 on the 10th in Beijing
      buildTask({ deadline: '2026-10-09' }), // open and overdue on the 12th
      buildTask({ deadline: '2026-10-20' }), // open
      close(buildTask({ deadline: '2026-10-09', assignee: UNIT_B }), '2026-10-08T10:00:00+08:00'),
      buildTask({ deadline: '2026-10-09', assignee: PERSON }), // a person's task is not a unit's
    ];
    const counts = unitTaskCounts(tasks, '2026-10-12', clock);
    expect(Object.fromEntries(counts)).toEqual({
      'unit-a': { onTime: 1, late: 1, open: 2, overdue: 1 },
      'unit-b': { onTime: 1, late: 0, open: 0, overdue: 0 },
    });
    const inPeriod = unitTaskCounts(tasks, '2026-10-12', clock, { from: '2026-10-15', to: '2026-10-31' });
    expect(Object.fromEntries(inPeriod)).toEqual({ 'unit-a': { onTime: 0, late: 0, open: 1, overdue: 0 } });
  });
});
