// What a committed write changed, told once to whoever shows stored data. auditedWrite collects the rows its
// transaction touched (through the Dexie middleware below, so no repository has to remember to say) and
// publishes them after the commit; a rolled-back write publishes nothing.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';

/** The audited data tables; auditLog and derived (rebuildable) never count as a change of data. */
export type StoreTable =
  | 'items'
  | 'spreadEdges'
  | 'events'
  | 'tags'
  | 'refutations'
  | 'units'
  | 'reporters'
  | 'reports'
  | 'importBatches'
  | 'mappings'
  | 'settings'
  | 'profiles'
  | 'zeroReports';

export interface StoreChange {
  /** seq of the last audit entry the write appended */
  seq: number;
  tables: readonly StoreTable[];
  /** the keys written per table; a table is missing when the write cleared or deleted a range of it */
  ids: Readonly<Partial<Record<StoreTable, readonly string[]>>>;
}

export type StoreChangeListener = (change: StoreChange) => void;

const listeners = new Set<StoreChangeListener>();

/** Called once after every committed write that changed data; returns the unsubscribe function. */
export function onStoreChanged(listener: StoreChangeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const UNTRACKED = new Set(['auditLog', 'derived']);

/** The tables and keys one transaction wrote so far. */
export class ChangeCollector {
  private readonly keys = new Map<StoreTable, Set<string> | null>();

  add(table: StoreTable, keys: readonly unknown[] | null): void {
    const known = this.keys.get(table);
    if (keys === null || known === null) {
      this.keys.set(table, null);
      return;
    }
    const set = known ?? new Set<string>();
    for (const key of keys) set.add(String(key));
    this.keys.set(table, set);
  }

  changeAt(seq: number): StoreChange | null {
    if (this.keys.size === 0) return null;
    const ids: Partial<Record<StoreTable, string[]>> = {};
    for (const [table, keys] of this.keys) if (keys) ids[table] = [...keys];
    return { seq, tables: [...this.keys.keys()], ids };
  }
}

const collectors = new WeakMap<object, ChangeCollector>();

/** Starts collecting what the given IndexedDB transaction writes; null when that has already started. */
export function collectChanges(transaction: object): ChangeCollector | null {
  if (collectors.has(transaction)) return null;
  const collector = new ChangeCollector();
  collectors.set(transaction, collector);
  return collector;
}

export function publishStoreChange(change: StoreChange): void {
  for (const listener of listeners) {
    // The write has committed: a failing listener must not make it look failed to the writer.
    try {
      listener(change);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

function keysWritten(request: DBCoreMutateRequest, response: DBCoreMutateResponse): readonly unknown[] | null {
  switch (request.type) {
    case 'add':
    case 'put':
      return response.results ?? request.keys ?? null;
    case 'delete':
      return request.keys;
    case 'deleteRange':
      return null;
  }
}

export const changeTracking: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'storeChangeTracking',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (UNTRACKED.has(name)) return table;
      return {
        ...table,
        mutate: async (request) => {
          const response = await table.mutate(request);
          collectors.get(request.trans)?.add(name as StoreTable, keysWritten(request, response));
          return response;
        },
      };
    },
  }),
};
