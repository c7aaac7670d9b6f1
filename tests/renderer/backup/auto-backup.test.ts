// The renderer's half of the daily backup, against a fake of the preload bridge: it asks main what the
// folder holds, makes a backup only when today's is missing, and says why when main could not write it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupFolderStatus, DeskBridge } from '../../../shared/ipc';
import { BRIDGE_GLOBAL } from '../../../shared/ipc';
import { buildWorkspace, resetBuilderSequence } from '../../builders';
import { analyst, openTestStore } from '../db/harness';
import { verify } from './store-helpers';

function fakeBridge(initial: BackupFolderStatus['backups'], failWrite?: Error) {
  const status: BackupFolderStatus = { folder: 'D:\\舆情备份', keep: 14, backups: [...initial], problem: null };
  const written: { day: string; bytes: Uint8Array }[] = [];
  const bridge = {
    appInfo: async () => ({ name: 'OpinionDesk', version: '0.1.0', platform: 'win32', electron: '45.5.0', dataPath: null }),
    backupStatus: async () => structuredClone(status),
    backupWriteDaily: async ({ day, bytes }: { day: string; bytes: Uint8Array }) => {
      if (failWrite) throw failWrite;
      written.push({ day, bytes });
      status.backups.unshift({ name: `舆情工作台备份 ${day}.odbak`, day, size: bytes.byteLength, modifiedAt: '2026-03-02T09:00:00Z' });
      return { path: `D:\\舆情备份\\舆情工作台备份 ${day}.odbak`, removed: [] };
    },
  } as unknown as DeskBridge;
  return { bridge, written };
}

async function loadWith(bridge: DeskBridge) {
  // platform() picks its host once per module instance: a fresh instance sees this bridge.
  vi.resetModules();
  (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL] = bridge;
  // The fresh module instances include i18n, which has the messages once the catalog registers them again.
  await import('../../../renderer/app/catalog');
  return import('../../../renderer/features/backup/auto-backup');
}

beforeEach(() => resetBuilderSequence());
afterEach(() => {
  delete (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  vi.resetModules();
});

async function storeWithWork() {
  const store = await openTestStore('auto-backup');
  await store.repos.workspace.load(buildWorkspace({ items: 5 }), analyst);
  return store;
}

describe('the daily backup in Electron', () => {
  it('writes a verified backup of the whole store when the folder has none for today', async () => {
    const { db, repos } = await storeWithWork();
    const { bridge, written } = fakeBridge([{ name: '舆情工作台备份 2026-03-01.odbak', day: '2026-03-01', size: 10, modifiedAt: '' }]);
    const { runDailyBackup, useAutoBackup, autoBackupAvailable } = await loadWith(bridge);
    expect(autoBackupAvailable()).toBe(true);
    await runDailyBackup(repos, '2026-03-02');
    expect(written.map((write) => write.day)).toEqual(['2026-03-02']);
    const backup = await verify(written[0]?.bytes ?? new Uint8Array());
    expect(backup.manifest.tables.find((table) => table.name === 'items')?.rows).toBe(5);
    expect(useAutoBackup.getState()).toMatchObject({ running: false, problem: null });
    expect(useAutoBackup.getState().status?.backups.map((file) => file.day)).toEqual(['2026-03-02', '2026-03-01']);
    db.close();
  });

  it('makes none when today’s is already there', async () => {
    const { db, repos } = await storeWithWork();
    const { bridge, written } = fakeBridge([{ name: '舆情工作台备份 2026-03-02.odbak', day: '2026-03-02', size: 10, modifiedAt: '' }]);
    const { runDailyBackup } = await loadWith(bridge);
    await runDailyBackup(repos, '2026-03-02');
    expect(written).toEqual([]);
    db.close();
  });

  it('says in Chinese why the backup failed', async () => {
    const { db, repos } = await storeWithWork();
    const { bridge } = fakeBridge([], new Error('备份文件夹无法写入：D:\\舆情备份'));
    const { runDailyBackup, useAutoBackup } = await loadWith(bridge);
    await runDailyBackup(repos, '2026-03-02');
    expect(useAutoBackup.getState().problem).toBe('自动备份失败：备份文件夹无法写入：D:\\舆情备份');
    db.close();
  });
});

describe('the daily backup schedule', () => {
  it('checks a minute after start, then every hour, and stops when told', async () => {
    const { db, repos } = await storeWithWork();
    vi.resetModules();
    const { today } = await import('../../../renderer/features/backup/backup-flow');
    // Today's file is there, so each check is exactly one question to main and no backup.
    const { bridge, written } = fakeBridge([{ name: `舆情工作台备份 ${today()}.odbak`, day: today(), size: 10, modifiedAt: '' }]);
    let checks = 0;
    const countingBridge = {
      ...bridge,
      backupStatus: async () => {
        checks += 1;
        return bridge.backupStatus();
      },
    } as DeskBridge;
    const { scheduleDailyBackups } = await loadWith(countingBridge);
    // Only the timers: the store underneath keeps its real clock.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      const stop = scheduleDailyBackups(repos);
      await vi.advanceTimersByTimeAsync(59_999);
      expect(checks).toBe(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(checks).toBe(1);
      await vi.advanceTimersByTimeAsync(60 * 60_000 - 60_000 - 1);
      expect(checks).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(checks).toBe(2);
      await vi.advanceTimersByTimeAsync(60 * 60_000);
      expect(checks).toBe(3);
      stop();
      await vi.advanceTimersByTimeAsync(3 * 60 * 60_000);
      expect(checks).toBe(3);
      expect(written).toEqual([]);
    } finally {
      vi.useRealTimers();
      db.close();
    }
  });

  it('does not run in the browser, where there is no backup folder', async () => {
    const { scheduleDailyBackups, autoBackupAvailable } = await import('../../../renderer/features/backup/auto-backup');
    expect(autoBackupAvailable()).toBe(false);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      scheduleDailyBackups({} as never);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
