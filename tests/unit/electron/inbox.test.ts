import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  IMPORTED_FOLDER,
  QUARANTINE_FOLDER,
  QUARANTINE_LEDGER,
  defaultInboxFolder,
  ensureInboxFolder,
  listInbox,
  loadInboxSetting,
  markImported,
  quarantineFile,
  readInboxFile,
  saveInboxSetting,
  watchInbox,
} from '../../../electron/main/inbox';

let base: string;
let inbox: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'opinion-desk-inbox-'));
  inbox = defaultInboxFolder(base);
  await ensureInboxFolder(inbox);
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const names = async (): Promise<string[]> => (await listInbox(inbox)).map((file) => file.name);

describe('inbox folder', () => {
  it('is created where the analyst expects it', async () => {
    expect(inbox).toBe(join(base, 'OpinionDesk', '收件箱'));
    expect(await readdir(inbox)).toEqual([]);
  });

  it('lists a new spreadsheet with its size', async () => {
    await writeFile(join(inbox, '网信办日报.xlsx'), new Uint8Array(10));
    const files = await listInbox(inbox);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ name: '网信办日报.xlsx', size: 10 });
    expect(Number.isNaN(Date.parse(files[0]?.modifiedAt ?? ''))).toBe(false);
  });

  it('offers only importable files: no folders, lock files, hidden files or other types', async () => {
    for (const name of ['a.xlsx', 'b.XLS', 'c.csv', 'd.txt', 'e.json', 'f.docx', 'g.exe', '~$a.xlsx', '.hidden.csv']) {
      await writeFile(join(inbox, name), 'x');
    }
    await mkdir(join(inbox, 'folder.csv'));
    expect((await names()).sort()).toEqual(['a.xlsx', 'b.XLS', 'c.csv', 'd.txt', 'e.json']);
  });

  it('reads a file for import, and only files in the inbox itself', async () => {
    await writeFile(join(inbox, '公安.csv'), '标题\n');
    await writeFile(join(base, 'secret.csv'), 'no');
    expect(new TextDecoder().decode((await readInboxFile(inbox, '公安.csv')).bytes)).toBe('标题\n');
    await expect(readInboxFile(inbox, '../../secret.csv')).rejects.toThrow();
    await expect(readInboxFile(inbox, 'notes.docx')).rejects.toThrow();
  });
});

describe('after import', () => {
  it('moves the file into 已导入/ and stops offering it', async () => {
    await writeFile(join(inbox, '网信办日报.xlsx'), 'first');
    expect(await markImported(inbox, '网信办日报.xlsx')).toBe(true);
    expect(await names()).toEqual([]);
    expect(await readFile(join(inbox, IMPORTED_FOLDER, '网信办日报.xlsx'), 'utf8')).toBe('first');
  });

  it('keeps both when a file of the same name was imported before', async () => {
    await writeFile(join(inbox, '网信办日报.xlsx'), 'first');
    await markImported(inbox, '网信办日报.xlsx');
    await writeFile(join(inbox, '网信办日报.xlsx'), 'second');
    await markImported(inbox, '网信办日报.xlsx');
    expect((await readdir(join(inbox, IMPORTED_FOLDER))).sort()).toEqual(['网信办日报 (2).xlsx', '网信办日报.xlsx']);
    expect(await readFile(join(inbox, IMPORTED_FOLDER, '网信办日报 (2).xlsx'), 'utf8')).toBe('second');
  });

  it('answers false for a file that is already gone, and refuses a path', async () => {
    expect(await markImported(inbox, 'missing.csv')).toBe(false);
    await expect(markImported(inbox, '../x.csv')).rejects.toThrow();
  });
});

describe('quarantine', () => {
  it('moves a file that crashed the parser aside, records why, and never lists it again', async () => {
    await writeFile(join(inbox, '坏文件.xlsx'), 'PK\u0003\u0004 broken');
    await writeFile(join(inbox, '好文件.csv'), '标题\n');
    expect(await quarantineFile(inbox, '坏文件.xlsx', '解析器崩溃：zip 目录损坏')).toBe(true);
    expect(await names()).toEqual(['好文件.csv']);
    expect(await names()).toEqual(['好文件.csv']);
    const ledger = JSON.parse(await readFile(join(inbox, QUARANTINE_FOLDER, QUARANTINE_LEDGER), 'utf8')) as {
      name: string;
      reason: string;
    }[];
    expect(ledger).toEqual([expect.objectContaining({ name: '坏文件.xlsx', reason: '解析器崩溃：zip 目录损坏' })]);
  });

  it('quarantines the same broken file again on sight when a partner resends it under another name', async () => {
    await writeFile(join(inbox, '坏文件.xlsx'), 'same broken bytes');
    await quarantineFile(inbox, '坏文件.xlsx', '解析器崩溃');
    await writeFile(join(inbox, '重发-坏文件.xlsx'), 'same broken bytes');
    await writeFile(join(inbox, '同样大小.xlsx'), 'other broken byte'); // same size, other content: offered
    expect(await names()).toEqual(['同样大小.xlsx']);
    expect((await readdir(join(inbox, QUARANTINE_FOLDER))).sort()).toEqual(
      ['坏文件.xlsx', '坏文件.xlsx.隔离原因.txt', '重发-坏文件.xlsx', '重发-坏文件.xlsx.隔离原因.txt', QUARANTINE_LEDGER].sort(),
    );
  });
});

describe('watch', () => {
  it('tells the app when files arrive', async () => {
    const onChange = vi.fn();
    const watch = watchInbox(inbox, onChange, 50);
    try {
      for (let i = 0; i < 5; i += 1) await writeFile(join(inbox, `file-${i}.csv`), 'x');
      await vi.waitFor(() => expect(onChange).toHaveBeenCalled(), { timeout: 5000 });
    } finally {
      watch.close();
    }
  });
});

describe('inbox setting', () => {
  it('falls back to the default, then remembers the chosen folder', async () => {
    const settings = join(base, 'userData', 'inbox.json');
    expect(await loadInboxSetting(settings, inbox)).toBe(inbox);
    await saveInboxSetting(settings, join(base, '共享盘', '收件箱'));
    expect(await loadInboxSetting(settings, inbox)).toBe(join(base, '共享盘', '收件箱'));
  });
});
