import type { ReportActionType, ReportStatus } from '../../../shared/domain/report-types';
import type { Role } from '../../../shared/domain/types';
import { allowedActions } from '../../../shared/report/state-machine';

// Moves that may always be made but never mean the report waits for someone: editing a draft is the
// drafter's own pace, withdrawing is an exception, and feedback can arrive at any later time.
const NOT_WAITING: readonly ReportActionType[] = ['edit', 'withdraw', 'recordFeedback'];

/** The moves through which the report waits for a person in this role (empty when it waits for no one of it). */
export function waitingActions(status: ReportStatus, role: Role): ReportActionType[] {
  return allowedActions(status, role).filter((action) => !NOT_WAITING.includes(action));
}

/** Actions shown as buttons: everything the role may do except editing, which is the form itself. */
export function actionButtons(status: ReportStatus, role: Role): ReportActionType[] {
  return allowedActions(status, role).filter((action) => action !== 'edit');
}

/** The role whose move the report waits for now, or null once it has gone upward (or was withdrawn). */
export function waitingForRole(status: ReportStatus): Role | null {
  const roles: Role[] = ['drafter', 'reviewer', 'signer'];
  return roles.find((role) => waitingActions(status, role).length > 0) ?? null;
}
