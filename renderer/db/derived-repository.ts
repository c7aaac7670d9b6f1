import type { DeskDatabase } from './database';
import type { DerivedRow } from './schema';

/**
 * Rebuildable blobs (search index, facet counts, list order). Written without audit entries on purpose: they
 * hold no one's work, are rebuilt from the audited tables at any time, and logging every rebuild would bury
 * the analysts' changes in the 操作日志.
 */
export function createDerivedRepository(db: DeskDatabase, clock: () => Date) {
  const table = db.derived;
  return {
    get: (key: string): Promise<DerivedRow | undefined> => table.get(key),

    put: async (key: string, value: unknown): Promise<void> => {
      db.assertWritable();
      await table.put({ key, builtAt: clock().toISOString(), value });
    },

    remove: async (key: string): Promise<void> => {
      db.assertWritable();
      await table.delete(key);
    },
  };
}

export type DerivedRepository = ReturnType<typeof createDerivedRepository>;
