import { canonicalJson } from '../../shared/crypto/canonical-json';
import { auditedWrite, type WriteContext, type WriteScope } from './audited-write';

export function createSettingsRepository(scope: WriteScope) {
  const table = scope.db.settings;
  return {
    /** The stored value, or `fallback` when the setting was never set. */
    async get<T>(key: string, fallback: T): Promise<T> {
      const row = await table.get(key);
      return row === undefined ? fallback : (row.value as T);
    },

    /** Writes nothing (and logs nothing) when the value is already the stored one. */
    set: (key: string, value: unknown, ctx: WriteContext) =>
      auditedWrite(scope, [table], ctx, async (record) => {
        const old = await table.get(key);
        if (old !== undefined && canonicalJson(old.value) === canonicalJson(value)) return;
        await table.put({ key, value });
        record({
          action: 'settings.set',
          target: `settings:${key}`,
          before: old === undefined ? null : { value: old.value },
          after: { value },
        });
      }),
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
