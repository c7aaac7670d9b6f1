import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freeName, readFilesCapped, resolveInside, writeFileAtomic, writeFolderAtomic } from '../../../electron/main/files';

const bytes = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'opinion-desk-files-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('resolveInside', () => {
  it.each(['../x', '/etc/x', 'a\0b', 'a/../../x', 'a/./b', '', 'C:/x', 'a\\..\\x', 'a//b'])('refuses %j', (path) => {
    expect(() => resolveInside(root, path)).toThrow(/host\.file\.(unsafePath|outsideFolder)/);
  });

  it('resolves a nested relative path inside the root', () => {
    expect(resolveInside(root, '图表/传播.png')).toBe(join(root, '图表', '传播.png'));
  });
});

describe('writeFolderAtomic', () => {
  it('writes every file under the final name and leaves no temporary folder', async () => {
    const written = await writeFolderAtomic(root, '简报包 2020-02-03', [
      { path: '日报告.html', bytes: bytes('<h1>第1期</h1>') },
      { path: '图表/传播.png', bytes: new Uint8Array([137, 80, 78, 71]) },
      { path: 'manifest.json', bytes: bytes('{}') },
    ]);
    expect(written).toBe(join(root, '简报包 2020-02-03'));
    expect(await readdir(root)).toEqual(['简报包 2020-02-03']);
    expect(await readFile(join(written, '日报告.html'), 'utf8')).toBe('<h1>第1期</h1>');
    expect([...(await readFile(join(written, '图表', '传播.png')))]).toEqual([137, 80, 78, 71]);
  });

  it('never shows the final folder before the last file is written', async () => {
    // A file that cannot be created (a folder already holds its name) fails the write half-way.
    const files = [
      { path: 'a.txt', bytes: bytes('a') },
      { path: 'sub', bytes: bytes('file where a folder is needed next') },
      { path: 'sub/b.txt', bytes: bytes('b') },
    ];
    await expect(writeFolderAtomic(root, '简报包', files)).rejects.toThrow();
    expect(await readdir(root)).toEqual([]);
  });

  it.each(['../x', '/etc/x', 'a\0b'])('refuses %j before writing anything', async (path) => {
    const files = [
      { path: 'ok.txt', bytes: bytes('ok') },
      { path, bytes: bytes('escape') },
    ];
    await expect(writeFolderAtomic(root, '简报包', files)).rejects.toThrow(/host\.file\.(unsafePath|outsideFolder)/);
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses a folder name that is a path', async () => {
    await expect(writeFolderAtomic(join(root, 'inner'), '../escaped', [{ path: 'a.txt', bytes: bytes('a') }])).rejects.toThrow(
      /host\.file\.(unsafePath|outsideFolder)/,
    );
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses the same path twice', async () => {
    const files = [
      { path: 'a.txt', bytes: bytes('1') },
      { path: 'a.txt', bytes: bytes('2') },
    ];
    await expect(writeFolderAtomic(root, '简报包', files)).rejects.toThrow(/host\.file\.duplicatePath/);
    expect(await readdir(root)).toEqual([]);
  });

  it('keeps an existing pack of the same name and numbers the new one', async () => {
    await mkdir(join(root, '简报包 2020.02.03'));
    await writeFile(join(root, '简报包 2020.02.03', 'old.txt'), 'old');
    const written = await writeFolderAtomic(root, '简报包 2020.02.03', [{ path: 'new.txt', bytes: bytes('new') }]);
    expect(written).toBe(join(root, '简报包 2020.02.03 (2)'));
    expect(await readFile(join(root, '简报包 2020.02.03', 'old.txt'), 'utf8')).toBe('old');
  });
});

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary file', async () => {
    const target = join(root, '日报.xlsx');
    await writeFile(target, 'old');
    await writeFileAtomic(target, bytes('new contents'));
    expect(await readFile(target, 'utf8')).toBe('new contents');
    expect(await readdir(root)).toEqual(['日报.xlsx']);
  });

  it('leaves the old file untouched and no temporary file when the write fails', async () => {
    await expect(writeFileAtomic(join(root, 'missing-folder', 'x.xlsx'), bytes('x'))).rejects.toThrow();
    expect(await readdir(root)).toEqual([]);
  });
});

describe('freeName', () => {
  it('numbers a file before its extension', async () => {
    await writeFile(join(root, '日报.xlsx'), '');
    await writeFile(join(root, '日报 (2).xlsx'), '');
    expect(await freeName(join(root, '日报.xlsx'))).toBe(join(root, '日报 (3).xlsx'));
    expect(await freeName(join(root, '新.xlsx'))).toBe(join(root, '新.xlsx'));
  });
});

describe('readFilesCapped', () => {
  it('reads the files with their names', async () => {
    await writeFile(join(root, 'a.csv'), '标题,链接\n');
    const [file] = await readFilesCapped([join(root, 'a.csv')]);
    expect(file?.name).toBe('a.csv');
    expect(new TextDecoder().decode(file?.bytes)).toBe('标题,链接\n');
  });

  it('refuses a file over the cap with a message naming it', async () => {
    await writeFile(join(root, 'big.xlsx'), new Uint8Array(2048));
    await expect(readFilesCapped([join(root, 'big.xlsx')], 1024)).rejects.toMatchObject({
      code: 'host.file.tooLarge',
      params: { name: 'big.xlsx', limitMb: 0 },
    });
  });
});
