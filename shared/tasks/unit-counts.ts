// Tasks of units in 量化考核: per unit, how many tasks were closed on time, closed late, and are still open
// (and of those, overdue). A task counts for the unit it is assigned to now.
import type { Period } from '../network/types';
import type { LocalDate } from '../time';
import type { ZoneClock } from '../time';
import type { Task } from '../domain/task-types';
import { closedOnTime, isOverdue } from './tasks';

export interface UnitTaskCounts {
  onTime: number;
  late: number;
  open: number;
  /** the open ones past their deadline */
  overdue: number;
}

/**
 * Counts per unit id. With a period, only tasks whose deadline falls in it count (a period's tasks are the
 * ones due in it, so a task is judged in exactly one period).
 */
export function unitTaskCounts(
  tasks: readonly Task[],
  today: LocalDate,
  clock: ZoneClock,
  period: Period | null = null,
): Map<string, UnitTaskCounts> {
  const counts = new Map<string, UnitTaskCounts>();
  for (const task of tasks) {
    if (task.assignee.kind !== 'unit') continue;
    if (period && (task.deadline < period.from || task.deadline > period.to)) continue;
    let unit = counts.get(task.assignee.unitId);
    if (!unit) {
      unit = { onTime: 0, late: 0, open: 0, overdue: 0 };
      counts.set(task.assignee.unitId, unit);
    }
    const onTime = closedOnTime(task, clock);
    if (onTime === null) {
      unit.open += 1;
      if (isOverdue(task, today)) unit.overdue += 1;
    } else if (onTime) unit.onTime += 1;
    else unit.late += 1;
  }
  return counts;
}
