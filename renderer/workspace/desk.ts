// The open workstation: the store's repositories and the person working. Set once at start (and after
// first run); pages read it through useDesk().
import { create } from 'zustand';
import type { Profile } from '../../shared/domain/types';
import type { Repositories } from '../db';

export type DeskPhase = 'opening' | 'failed' | 'firstRun' | 'ready';

interface DeskState {
  phase: DeskPhase;
  repositories: Repositories | null;
  profile: Profile | null;
  error: string | null;
}

export const useDesk = create<DeskState>(() => ({ phase: 'opening', repositories: null, profile: null, error: null }));

/** The repositories of the open workstation; only called by pages shown once it is open. */
export function repositoriesOrThrow(): Repositories {
  const { repositories } = useDesk.getState();
  if (!repositories) throw new Error('工作台尚未打开');
  return repositories;
}

/** The audit actor for writes made by the person working now. */
export function writeContext(): { actor: string } {
  return { actor: useDesk.getState().profile?.id ?? 'system' };
}
