import type { Task, TaskAssignee } from '../../../shared/domain/task-types';
import { createTask, type NewTask } from '../../../shared/tasks/tasks';
import { nextSequence, sequentialUuid } from '../../builders/sequence';

export const UNIT_A: TaskAssignee = { kind: 'unit', unitId: 'unit-a' };
export const UNIT_B: TaskAssignee = { kind: 'unit', unitId: 'unit-b' };
export const PERSON: TaskAssignee = { kind: 'person', profileId: 'person-1' };

export function buildTask(overrides: Partial<NewTask> = {}): Task {
  const n = nextSequence();
  return createTask({
    id: sequentialUuid(n, '7a5c0000'),
    target: { kind: 'item', itemId: sequentialUuid(n, '17e50000') },
    assignee: UNIT_A,
    type: 'verify',
    deadline: '2026-10-09',
    note: '请核实并反馈',
    by: 'analyst',
    at: '2026-09-30T10:00:00+08:00',
    ...overrides,
  });
}
