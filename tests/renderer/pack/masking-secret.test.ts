import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SETTING_MASKING_SECRET, workspaceMaskingSecret } from '../../../renderer/features/pack/masking-secret';
import { analyst, openTestStore, type TestStore } from '../db/harness';

describe('the workspace masking secret', () => {
  let store: TestStore;
  beforeEach(async () => {
    store = await openTestStore('masking-secret');
  });
  afterEach(() => store.db.close());

  it('is made once from 32 random bytes, kept in the workspace settings through the audit chain, and reused', async () => {
    const first = await workspaceMaskingSecret(store.repos.settings, analyst);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await store.repos.settings.get(SETTING_MASKING_SECRET, null)).toBe(first);
    expect(await workspaceMaskingSecret(store.repos.settings, analyst)).toBe(first);
    const history = await store.repos.audit.forTarget(`settings:${SETTING_MASKING_SECRET}`);
    expect(history).toHaveLength(1);
    expect(history[0]?.actor).toBe(analyst.actor);
    // The log proves the secret was set without holding it: it is shown on screen and travels in backups.
    expect(JSON.stringify(history)).not.toContain(first);
    expect(history[0]?.after).toEqual({ valueSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    // Another workstation's secret differs, so its pseudonyms cannot be matched with these.
    const other = await openTestStore('masking-secret-other');
    try {
      expect(await workspaceMaskingSecret(other.repos.settings, analyst)).not.toBe(first);
    } finally {
      other.db.close();
    }
  });

  it('replaces a stored value that is not a secret of the expected form', async () => {
    await store.repos.settings.set(SETTING_MASKING_SECRET, 'short', analyst);
    expect(await workspaceMaskingSecret(store.repos.settings, analyst)).toMatch(/^[0-9a-f]{64}$/);
  });
});
