// How an item's 处置状态 follows the work recorded on it: 待研判 new → 已研判 assessed →
// 处置中 handling → 已办结 closed. Recording work only ever moves an item forward, so an analyst who logs a late
// 研判 note on an item already being handled does not silently push it back into the 待研判 queue; moving
// backwards (reopening) is a deliberate manual change that the UI confirms.
import { ITEM_STATUSES, type ActionType, type Assessment, type ItemStatus } from '../domain/types';

const RANK: Readonly<Record<ItemStatus, number>> = { new: 0, assessed: 1, handling: 2, closed: 3 };

/** The status a recorded action of this type implies at least: 研判 assesses, 管控/辟谣/引导 are handling. */
const STATUS_IMPLIED_BY_ACTION: Readonly<Record<ActionType, ItemStatus>> = {
  assess: 'assessed',
  contain: 'handling',
  refute: 'handling',
  guide: 'handling',
};

export function statusRank(status: ItemStatus): number {
  return RANK[status];
}

function furthest(a: ItemStatus, b: ItemStatus): ItemStatus {
  return RANK[a] >= RANK[b] ? a : b;
}

export interface RecordedActionEffect {
  type: ActionType;
  /** the analyst ticked 办结 with this action: the matter is finished */
  closes?: boolean;
}

export function statusAfterAction(current: ItemStatus, action: RecordedActionEffect): ItemStatus {
  if (action.closes) return 'closed';
  return furthest(current, STATUS_IMPLIED_BY_ACTION[action.type]);
}

/** An assessment that says anything at all (sentiment, risk, veracity or category) makes a new item assessed. */
export function statusAfterAssessment(
  current: ItemStatus,
  assessment: Pick<Assessment, 'sentiment' | 'risk' | 'veracity' | 'category'>,
): ItemStatus {
  const saysSomething =
    assessment.sentiment !== null || assessment.risk !== null || assessment.veracity !== null || (assessment.category ?? '') !== '';
  return saysSomething ? furthest(current, 'assessed') : current;
}

/** A manual move the UI asks to confirm: every move backwards, and closing an item with no recorded action. */
export function manualStatusChangeNeedsConfirmation(from: ItemStatus, to: ItemStatus, actionCount: number): boolean {
  if (from === to) return false;
  if (RANK[to] < RANK[from]) return true;
  return to === 'closed' && actionCount === 0;
}

export function isItemStatus(value: unknown): value is ItemStatus {
  return typeof value === 'string' && (ITEM_STATUSES as readonly string[]).includes(value);
}
