import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_KEEP, startBackupService } from '../../../electron/main/backup';
import { createHandlers } from '../../../electron/main/handlers';
import type { InboxService } from '../../../electron/main/inbox-service';
import { ipcContract } from '../../../shared/ipc';
import { fakeHandlerDeps } from '../electron/handler-deps';

const bytes = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);
const nameOf = (day: string) => `舆情工作台备份 ${day}.odbak`;

let base: string;
let settingsPath: string;
let folder: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'opinion-desk-backup-'));
  settingsPath = join(base, 'userData', 'backup.json');
  folder = join(base, '自动备份');
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const start = () => startBackupService({ settingsPath, defaultFolder: folder });

describe('automatic daily backups', () => {
  it('write the day’s file whole into the folder, created on first use, and replace it on a second run that day', async () => {
    const service = await start();
    expect(await service.status()).toEqual({ folder, keep: DEFAULT_KEEP, backups: [], problem: null });
    const first = await service.writeDaily('2026-03-02', bytes('first'));
    expect(first).toEqual({ path: join(folder, nameOf('2026-03-02')), removed: [] });
    await service.writeDaily('2026-03-02', bytes('second, longer'));
    expect(await readdir(folder)).toEqual([nameOf('2026-03-02')]);
    expect(await readFile(first.path, 'utf8')).toBe('second, longer');
    const status = await service.status();
    expect(status.backups).toMatchObject([{ name: nameOf('2026-03-02'), day: '2026-03-02', size: 14 }]);
  });

  it('keep the newest N and never touch other files in the folder', async () => {
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, '说明.txt'), '手工放入的文件');
    await writeFile(join(folder, '舆情工作台备份 手工.odbak'), 'x');
    const service = await start();
    await service.setKeep(3);
    const removed: string[] = [];
    for (const day of ['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02', '2026-03-03']) {
      removed.push(...(await service.writeDaily(day, bytes(day))).removed);
    }
    expect(removed).toEqual([nameOf('2026-02-27'), nameOf('2026-02-28')]);
    expect((await readdir(folder)).sort()).toEqual(
      ['说明.txt', '舆情工作台备份 手工.odbak', nameOf('2026-03-01'), nameOf('2026-03-02'), nameOf('2026-03-03')].sort(),
    );
    expect((await service.status()).backups.map((backup) => backup.day)).toEqual(['2026-03-03', '2026-03-02', '2026-03-01']);
  });

  it('apply a lower N at once, and remember folder and N across restarts', async () => {
    const service = await start();
    for (const day of ['2026-03-01', '2026-03-02', '2026-03-03']) await service.writeDaily(day, bytes(day));
    const other = join(base, '另一个文件夹');
    await service.moveTo(other);
    await service.writeDaily('2026-03-04', bytes('x'));
    await service.moveTo(folder);
    expect((await service.setKeep(1)).backups.map((backup) => backup.day)).toEqual(['2026-03-03']);
    const restarted = await start();
    expect(await restarted.status()).toMatchObject({ folder, keep: 1 });
    await restarted.moveTo(other);
    expect(await (await start()).status()).toMatchObject({ folder: other, keep: 1 });
  });

  it('fall back to the defaults when the setting file is broken, and refuse an N out of range', async () => {
    await mkdir(join(base, 'userData'), { recursive: true });
    await writeFile(settingsPath, '{"folder": 7, "keep": 0');
    const service = await start();
    expect(await service.status()).toMatchObject({ folder, keep: DEFAULT_KEEP });
    await expect(service.setKeep(0)).rejects.toMatchObject({ code: 'host.backup.keepOutOfRange', params: { min: 1, max: 365 } });
  });

  it('say which folder cannot be read instead of failing the settings page', async () => {
    await writeFile(join(base, 'a-file'), 'not a folder');
    const service = await startBackupService({ settingsPath, defaultFolder: join(base, 'a-file') });
    const status = await service.status();
    expect(status.backups).toEqual([]);
    expect(status.problem).toMatchObject({ code: 'host.backup.folderUnreadable', params: { folder: expect.stringMatching(/a-file$/) } });
    await expect(service.writeDaily('2026-03-02', bytes('x'))).rejects.toThrow();
  });
});

describe('backup handlers', () => {
  function handlersWith(open: { canceled: boolean; filePaths: string[] }) {
    const dialog = {
      showOpenDialog: vi.fn(async () => open),
      showSaveDialog: vi.fn(),
      showMessageBox: vi.fn(),
    };
    return async () => {
      const deps = fakeHandlerDeps(base, dialog, { inbox: {} as InboxService, backups: await start() });
      return { handlers: createHandlers(deps), dialog };
    };
  }

  it('choose a folder through the dialog, or change nothing when cancelled', async () => {
    const chosen = join(base, '选定的文件夹');
    const { handlers } = await handlersWith({ canceled: false, filePaths: [chosen] })();
    expect(await handlers.backupChooseFolder()).toMatchObject({ folder: chosen });
    expect((await handlers.backupWriteDaily({ day: '2026-03-02', bytes: bytes('x') })).path).toBe(join(chosen, nameOf('2026-03-02')));
    const cancelled = await handlersWith({ canceled: true, filePaths: [] })();
    expect(await cancelled.handlers.backupChooseFolder()).toBeNull();
    expect(await cancelled.handlers.backupStatus()).toMatchObject({ folder: chosen });
  });

  it.each(['../2026-03-02', '2026-03-02/../../x', '/etc/passwd', '2026-03-02\0', '2026-3-2', ''])(
    'the contract refuses the day %j, so no name reaches the disk but the day’s own',
    (day) => {
      expect(v.safeParse(ipcContract.backupWriteDaily.args, [{ day, bytes: bytes('x') }]).success).toBe(false);
    },
  );
});
