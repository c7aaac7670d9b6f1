import { afterEach, describe, expect, it, vi } from 'vitest';
import { translate, type Translate } from '../../../renderer/i18n';
import { storageAvailableText } from '../../../renderer/features/backup/ReliabilityStatus';

const zh: Translate = (key, ...params) => translate('zh-CN', key, ...params);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('storage in the status bar', () => {
  it('shows what is used and what is left of the quota', () => {
    expect(storageAvailableText(zh, { usage: 3 * 1024 ** 3, quota: 10 * 1024 ** 3 })).toBe('已用存储 3 GB · 剩余可用 7 GB');
    expect(storageAvailableText(zh, { usage: 512, quota: 2048 })).toBe('已用存储 512 B · 剩余可用 1.5 KB');
    // Over the quota (the estimate lags behind writes) is shown as nothing left, not a negative size.
    expect(storageAvailableText(zh, { usage: 5000, quota: 4096 })).toBe('已用存储 4.9 KB · 剩余可用 0 B');
    expect(storageAvailableText(zh, { usage: 100, quota: null })).toBeNull();
    expect(storageAvailableText(zh, null)).toBeNull();
  });

  it('asks once per start for persistent storage, and says whether it was granted', async () => {
    const persist = vi.fn(async () => true);
    const persisted = vi.fn(async () => false);
    vi.stubGlobal('navigator', { ...navigator, storage: { persist, persisted, estimate: async () => ({ usage: 1, quota: 2 }) } });
    const { requestPersistenceOnce, useStatus } = await import('../../../renderer/workspace/status-store');
    await requestPersistenceOnce();
    await requestPersistenceOnce();
    expect(persist).toHaveBeenCalledTimes(1);
    expect(useStatus.getState().persistence).toBe('granted');
  });

  it('reports a refusal, so the status bar can tell the analyst to back up', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: { persist: async () => false, persisted: async () => false } });
    const { requestPersistenceOnce, useStatus } = await import('../../../renderer/workspace/status-store');
    await requestPersistenceOnce();
    expect(useStatus.getState().persistence).toBe('denied');
    expect(zh('status.persistDenied')).toContain('请定期备份');
  });
});
