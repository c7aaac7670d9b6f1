import type { Table } from 'dexie';
import type { WorkspaceSnapshot } from '../../shared/domain/workspace';
import { auditedWrite, type WriteContext, type WriteScope } from './audited-write';
import { InvalidWorkspaceError } from './errors';
import { toItemRow } from './items-repository';
import { tableNamesOf, SCHEMA_VERSIONS, type DeskTableName } from './schema';

/** The tables a workspace snapshot fills, in the order they are written. */
export const WORKSPACE_TABLES = ['units', 'reporters', 'tags', 'events', 'items', 'spreadEdges', 'refutations'] as const;
export type WorkspaceTable = (typeof WORKSPACE_TABLES)[number];

export type TableCounts = Record<DeskTableName, number>;

export function createWorkspaceRepository(scope: WriteScope) {
  const { db } = scope;

  function tableOf(name: WorkspaceTable): Table {
    return db.table(name);
  }

  return {
    /** No content yet (profiles, settings and the audit log are not content). */
    async isEmpty(): Promise<boolean> {
      for (const name of WORKSPACE_TABLES) if ((await tableOf(name).count()) > 0) return false;
      return true;
    },

    async counts(): Promise<TableCounts> {
      const names = tableNamesOf(SCHEMA_VERSIONS) as DeskTableName[];
      const counts = await Promise.all(names.map((name) => db.table(name).count()));
      return Object.fromEntries(names.map((name, index) => [name, counts[index] ?? 0])) as TableCounts;
    },

    /**
     * Writes a snapshot in one transaction: all of it, or (on any failure, such as an id already present)
     * none of it. One audit entry per non-empty table, listing the keys written.
     */
    load: (snapshot: WorkspaceSnapshot, ctx: WriteContext) => {
      if (snapshot.format !== 'opinion-desk-workspace' || snapshot.version !== 1) {
        return Promise.reject(new InvalidWorkspaceError());
      }
      return auditedWrite(scope, WORKSPACE_TABLES.map(tableOf), ctx, async (record) => {
        for (const name of WORKSPACE_TABLES) {
          const rows: readonly object[] = snapshot[name];
          if (rows.length === 0) continue;
          const keys = rows.map((row) => ('path' in row ? (row as { path: string }).path : (row as { id: string }).id));
          await tableOf(name).bulkAdd(name === 'items' ? snapshot.items.map(toItemRow) : [...rows]);
          record({ action: `${name}.load`, target: `${name}:*`, items: keys, before: null, after: null });
        }
      });
    },
  };
}

export type WorkspaceRepository = ReturnType<typeof createWorkspaceRepository>;
