// Wrong passwords slow the next try: after five failures in a row the person waits 30 s, and each further
// failure doubles the wait up to 15 min. The state is plain data so it can be stored and survive a reload.

export interface LockoutState {
  failures: number;
  /** epoch ms until which sign-in is refused; 0 when not waiting */
  lockedUntil: number;
}

export const FREE_FAILURES = 5;
export const FIRST_WAIT_MS = 30_000;
export const LONGEST_WAIT_MS = 15 * 60_000;

export const NO_LOCKOUT: LockoutState = { failures: 0, lockedUntil: 0 };

export function waitAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_FAILURES));
}

export function afterFailure(state: LockoutState, nowMs: number): LockoutState {
  const failures = state.failures + 1;
  const wait = waitAfter(failures);
  return { failures, lockedUntil: wait === 0 ? 0 : nowMs + wait };
}

/** How long the person must still wait before a try is accepted, in ms; 0 when a try may be made now. */
export function remainingWait(state: LockoutState, nowMs: number): number {
  return Math.max(0, state.lockedUntil - nowMs);
}
