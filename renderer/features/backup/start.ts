// The reliability work that runs for the whole session once the desk is open.
import type { Repositories } from '../../db';
import { checkAuditChain } from '../audit';
import { scheduleDailyBackups } from './auto-backup';
import { blockForNewerWindow, watchUnhandledStorageErrors } from './reliability-store';

const AUDIT_CHECK_AFTER_MS = 1_500;

let stopPrevious: (() => void) | null = null;

/** Background audit check at start, the daily backup schedule, and the full-disk safety net. */
export function startReliabilityWatch(repositories: Repositories): void {
  stopPrevious?.();
  // After the first screen has painted; the check itself yields to the UI every few milliseconds.
  const auditTimer = window.setTimeout(() => void checkAuditChain(repositories), AUDIT_CHECK_AFTER_MS);
  const stopBackups = scheduleDailyBackups(repositories);
  const stopWatching = watchUnhandledStorageErrors();
  stopPrevious = () => {
    window.clearTimeout(auditTimer);
    stopBackups();
    stopWatching();
  };
}

export { blockForNewerWindow };
