import type { DeskDatabase } from '../../../renderer/db';

/** Lets IndexedDB write the rows, then fails as a full disk does when the transaction needs more space (adds and puts, not deletes). */
export function failWritesTo(db: DeskDatabase, tableName: string, afterCalls = 0): void {
  let calls = 0;
  db.use({
    stack: 'dbcore',
    name: `quota-exceeded-${tableName}`,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== tableName) return table;
        return {
          ...table,
          mutate: async (request) => {
            const result = await table.mutate(request);
            calls += 1;
            if ((request.type === 'add' || request.type === 'put') && calls > afterCalls)
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            return result;
          },
        };
      },
    }),
  });
}
