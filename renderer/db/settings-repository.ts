import { canonicalJson } from '../../shared/crypto/canonical-json';
import { sha256Hex } from '../../shared/crypto/sha256';
import { auditedWrite, type WriteContext, type WriteScope } from './audited-write';

export function createSettingsRepository(scope: WriteScope) {
  const table = scope.db.settings;
  return {
    /** The stored value, or `fallback` when the setting was never set. */
    async get<T>(key: string, fallback: T): Promise<T> {
      const row = await table.get(key);
      return row === undefined ? fallback : (row.value as T);
    },

    /**
     * Writes nothing (and logs nothing) when the value is already the stored one. A secret (such as the
     * masking key) is logged by its SHA-256 only: the operation log is shown on screen and travels in
     * backups, and the secret must not, while the chain must still prove that it changed and when.
     */
    set: (key: string, value: unknown, ctx: WriteContext, options: { secret?: boolean } = {}) =>
      auditedWrite(scope, [table], ctx, async (record) => {
        const old = await table.get(key);
        if (old !== undefined && canonicalJson(old.value) === canonicalJson(value)) return;
        await table.put({ key, value });
        record({
          action: 'settings.set',
          target: `settings:${key}`,
          before: old === undefined ? null : loggedValue(old.value, options.secret),
          after: loggedValue(value, options.secret),
        });
      }),
  };
}

function loggedValue(value: unknown, secret: boolean | undefined): { value: unknown } | { valueSha256: string } {
  return secret ? { valueSha256: sha256Hex(canonicalJson(value)) } : { value };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
