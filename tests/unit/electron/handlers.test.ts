import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenDialogReturnValue, SaveDialogReturnValue } from 'electron';
import { createHandlers } from '../../../electron/main/handlers';
import { startInbox, type InboxService } from '../../../electron/main/inbox-service';
import { startBackupService, type BackupService } from '../../../electron/main/backup';
import { fakeHandlerDeps } from './handler-deps';

const bytes = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

let base: string;
let inbox: InboxService;
let backups: BackupService;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'opinion-desk-handlers-'));
  backups = await startBackupService({ settingsPath: join(base, 'userData', 'backup.json'), defaultFolder: join(base, '自动备份') });
  inbox = await startInbox({
    settingsPath: join(base, 'userData', 'inbox.json'),
    defaultFolder: join(base, '收件箱'),
    onChange: () => undefined,
  });
});
afterEach(async () => {
  inbox.close();
  await rm(base, { recursive: true, force: true });
});

function handlersWith(answers: { open?: OpenDialogReturnValue; save?: SaveDialogReturnValue; confirm?: number }) {
  const dialog = {
    showOpenDialog: vi.fn(async () => answers.open ?? { canceled: true, filePaths: [] }),
    showSaveDialog: vi.fn(async () => answers.save ?? { canceled: true, filePath: '' }),
    showMessageBox: vi.fn(async () => ({ response: answers.confirm ?? 1, checkboxChecked: false })),
  };
  const deps = fakeHandlerDeps(base, dialog, { inbox, backups });
  return { handlers: createHandlers(deps), deps, dialog };
}

describe('file handlers', () => {
  it('saveFolder writes the pack into the chosen folder', async () => {
    const { handlers } = handlersWith({ open: { canceled: false, filePaths: [base] } });
    const result = await handlers.saveFolder({ suggestedName: '简报包', files: [{ path: '报告/日报.html', bytes: bytes('<p>x</p>') }] });
    expect(result).toEqual({ saved: true, path: join(base, '简报包') });
    expect(await readFile(join(base, '简报包', '报告', '日报.html'), 'utf8')).toBe('<p>x</p>');
  });

  it('saveFolder and saveFile write nothing when the analyst cancels', async () => {
    const { handlers } = handlersWith({});
    const before = await readdir(base);
    expect(await handlers.saveFolder({ suggestedName: '简报包', files: [{ path: 'a.txt', bytes: bytes('a') }] })).toEqual({
      saved: false,
      path: null,
    });
    expect(await handlers.saveFile({ suggestedName: '日报.xlsx', bytes: bytes('a') })).toEqual({ saved: false, path: null });
    expect(await readdir(base)).toEqual(before);
  });

  it('saveFile writes where the dialog says and offers the file type', async () => {
    const target = join(base, '日报.xlsx');
    const { handlers, dialog } = handlersWith({ save: { canceled: false, filePath: target } });
    expect(await handlers.saveFile({ suggestedName: '日报.xlsx', bytes: bytes('PK') })).toEqual({ saved: true, path: target });
    expect(await readFile(target, 'utf8')).toBe('PK');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ filters: [{ name: 'XLSX', extensions: ['xlsx'] }] }));
  });

  it('openFiles returns the chosen files with their bytes, or nothing when cancelled', async () => {
    await writeFile(join(base, '网信办.csv'), '标题\n');
    const chosen = handlersWith({ open: { canceled: false, filePaths: [join(base, '网信办.csv')] } });
    const files = await chosen.handlers.openFiles({ multiple: true, filters: [{ name: '表格', extensions: ['csv'] }] });
    expect(files.map((file) => [file.name, new TextDecoder().decode(file.bytes)])).toEqual([['网信办.csv', '标题\n']]);
    expect(chosen.dialog.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ properties: ['openFile', 'multiSelections'] }));
    expect(await handlersWith({}).handlers.openFiles({ multiple: false, filters: [] })).toEqual([]);
  });

  it('openExternal opens only a web link the analyst confirmed', async () => {
    const agreed = handlersWith({ confirm: 0 });
    expect(await agreed.handlers.openExternal('https://www.gov.cn/')).toBe(true);
    expect(agreed.deps.shell.openExternal).toHaveBeenCalledWith('https://www.gov.cn/');
    expect(await agreed.handlers.openExternal('file:///etc/passwd')).toBe(false);
    const declined = handlersWith({ confirm: 1 });
    expect(await declined.handlers.openExternal('https://www.gov.cn/')).toBe(false);
    expect(declined.deps.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('inbox handlers', () => {
  it('list, read and mark imported work on the watched folder', async () => {
    const { handlers } = handlersWith({});
    expect(await handlers.inboxFolder()).toBe(join(base, '收件箱'));
    await writeFile(join(base, '收件箱', '公安.csv'), '标题\n');
    expect((await handlers.inboxList()).map((file) => file.name)).toEqual(['公安.csv']);
    expect(new TextDecoder().decode((await handlers.inboxRead('公安.csv')).bytes)).toBe('标题\n');
    expect(await handlers.inboxMarkImported('公安.csv')).toBe(true);
    expect(await handlers.inboxList()).toEqual([]);
  });

  it('a chosen folder is created, watched and remembered', async () => {
    const chosen = join(base, '共享盘', '收件箱');
    const { handlers } = handlersWith({ open: { canceled: false, filePaths: [chosen] } });
    expect(await handlers.inboxChooseFolder()).toBe(chosen);
    expect(await handlers.inboxFolder()).toBe(chosen);
    expect(await readdir(chosen)).toEqual([]);
    expect(JSON.parse(await readFile(join(base, 'userData', 'inbox.json'), 'utf8'))).toEqual({ inboxFolder: chosen });
  });
});

describe('an unusable inbox folder', () => {
  it('does not stop the app from starting, and the list says what is wrong', async () => {
    const blocker = join(base, 'not-a-folder');
    await writeFile(blocker, 'a file where the inbox folder should be');
    const broken = await startInbox({
      settingsPath: join(base, 'none.json'),
      defaultFolder: join(blocker, '收件箱'),
      onChange: () => undefined,
    });
    try {
      await expect(broken.list()).rejects.toMatchObject({ code: 'host.inbox.folderUnreadable' });
    } finally {
      broken.close();
    }
  });
});
