import { create } from 'zustand';
import type { Repositories } from '../db';

export type Persistence = 'granted' | 'denied' | 'unsupported';

interface StatusState {
  itemCount: number | null;
  storage: { usage: number; quota: number | null } | null;
  persistence: Persistence | null;
}

export const useStatus = create<StatusState>(() => ({ itemCount: null, storage: null, persistence: null }));

export async function refreshStatus(repositories: Repositories): Promise<void> {
  const [itemCount, estimate] = await Promise.all([
    repositories.items.count(),
    navigator.storage?.estimate ? navigator.storage.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  useStatus.setState({
    itemCount,
    storage: estimate && typeof estimate.usage === 'number' ? { usage: estimate.usage, quota: estimate.quota ?? null } : null,
  });
}

let persistenceRequested = false;

/**
 * Asks once per start for persistent storage, so the browser does not evict months of work when the disk
 * fills. Chromium decides by itself (an installed app or a bookmarked site is usually granted).
 */
export async function requestPersistenceOnce(): Promise<void> {
  if (persistenceRequested) return;
  persistenceRequested = true;
  const storage = navigator.storage;
  if (!storage?.persist || !storage.persisted) {
    useStatus.setState({ persistence: 'unsupported' });
    return;
  }
  try {
    const granted = (await storage.persisted()) || (await storage.persist());
    useStatus.setState({ persistence: granted ? 'granted' : 'denied' });
  } catch {
    useStatus.setState({ persistence: 'unsupported' });
  }
}
