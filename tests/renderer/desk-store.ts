import { afterEach, beforeEach } from 'vitest';
import { useDesk } from '../../renderer/workspace/desk';
import { onStoreChanged, type StoreChange } from '../../renderer/workspace/store-changes';
import { useTestStore, type TestStore } from './db/harness';

/**
 * A fresh store for each test, opened as the desk's with nobody signed in, so pages and commands reach
 * it as in the running app. It closes after hooks the file registers later have run.
 */
export function useDeskStore(purpose: string, take: (store: TestStore) => void): void {
  useTestStore(purpose, (store) => {
    useDesk.setState({ phase: 'ready', repositories: store.repos, profile: null });
    take(store);
  });
}

/** The store changes announced during each test, in order; emptied before the next. */
export function recordStoreChanges(): StoreChange[] {
  const changes: StoreChange[] = [];
  let stopListening: () => void = () => undefined;
  beforeEach(() => {
    changes.length = 0;
    stopListening = onStoreChanged((change) => changes.push(change));
  });
  afterEach(() => stopListening());
  return changes;
}
