// Screens refresh from the one store-changed event the store publishes after each committed write: a hook
// that bumps only for the tables a screen shows, and the plain subscription for stores outside React.
import { create } from 'zustand';
import { onStoreChanged, type StoreTable } from '../db';

export { onStoreChanged, type StoreChange, type StoreTable } from '../db';

const useChangeCounts = create<Partial<Record<StoreTable, number>>>(() => ({}));

onStoreChanged((change) =>
  useChangeCounts.setState((counts) => Object.fromEntries(change.tables.map((table) => [table, (counts[table] ?? 0) + 1]))),
);

/**
 * A number that grows whenever a write changed one of `tables`: put it among an effect's dependencies to read
 * again. Writes to other tables do not re-render the caller.
 */
export function useStoreChanged(tables: readonly StoreTable[]): number {
  return useChangeCounts((counts) => tables.reduce((sum, table) => sum + (counts[table] ?? 0), 0));
}
