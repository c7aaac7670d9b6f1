// A file that crashes or outlasts the parser is quarantined with its reason, the page is told, and it is
// never offered again — not after a restart on the same folder, not when resent, and not when the crash took the
// page or the whole app down before the page could ask for quarantine.
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  QUARANTINE_FOLDER,
  QUARANTINE_LEDGER,
  parseWindowMs,
  quarantineFile,
  quarantineReasonFileName,
} from '../../../electron/main/inbox';
import {
  inFlightPathFor,
  quarantineWhenRendererDies,
  startInbox,
  type InboxService,
  type RendererEvents,
} from '../../../electron/main/inbox-service';

let base: string;
let inbox: string;
let settingsPath: string;
const running: InboxService[] = [];

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'opinion-desk-quarantine-'));
  inbox = join(base, '收件箱');
  settingsPath = join(base, 'userData', 'inbox.json');
});
afterEach(async () => {
  vi.useRealTimers();
  for (const service of running.splice(0)) service.close();
  // A record write already under way when the service closed may land during the removal: retry as rm -rf would.
  await rm(base, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
});

async function start(onChange: () => void = () => undefined): Promise<InboxService> {
  const service = await startInbox({ settingsPath, defaultFolder: inbox, onChange });
  running.push(service);
  return service;
}

/** The app process ending without a clean quit: nothing of it runs again, its records stay on disk. */
function die(service: InboxService): void {
  running.splice(running.indexOf(service), 1);
}

interface LedgerRecord {
  name: string;
  storedAs: string;
  reason: string;
}

async function ledger(): Promise<LedgerRecord[]> {
  return JSON.parse(await readFile(join(inbox, QUARANTINE_FOLDER, QUARANTINE_LEDGER), 'utf8')) as LedgerRecord[];
}

async function reasonBeside(storedAs: string): Promise<string> {
  return readFile(join(inbox, QUARANTINE_FOLDER, quarantineReasonFileName(storedAs)), 'utf8');
}

const listed = async (service: InboxService) => (await service.list()).map((file) => file.name);

const TIMEOUT_REASON = '解析超时：文件在 130 秒内未能读完，已停止。';

describe('a file that crashed or outlasted the parser', () => {
  it('is moved to quarantine with a reason file beside it, and the page is told the list changed', async () => {
    const onChange = vi.fn();
    const service = await start(onChange);
    await writeFile(join(inbox, '超时文件.xlsx'), 'PK slow bytes');
    await writeFile(join(inbox, '正常文件.csv'), '标题\n');
    await service.read('超时文件.xlsx');
    onChange.mockClear();

    expect(await service.quarantine('超时文件.xlsx', TIMEOUT_REASON)).toBe(true);
    expect(onChange).toHaveBeenCalled();
    expect(await listed(service)).toEqual(['正常文件.csv']);
    expect(await ledger()).toEqual([expect.objectContaining({ name: '超时文件.xlsx', storedAs: '超时文件.xlsx', reason: TIMEOUT_REASON })]);
    const note = await reasonBeside('超时文件.xlsx');
    expect(note).toContain('文件：超时文件.xlsx');
    expect(note).toContain(`原因：${TIMEOUT_REASON}`);
    expect(await readFile(join(inbox, QUARANTINE_FOLDER, '超时文件.xlsx'), 'utf8')).toBe('PK slow bytes');
  });

  it('is never offered again after a restart on the same folder, nor when resent, however often the list is read', async () => {
    const first = await start();
    await writeFile(join(inbox, '坏文件.xlsx'), 'crashing bytes');
    await first.quarantine('坏文件.xlsx', '解析器崩溃：zip 目录损坏');
    first.close();
    running.splice(running.indexOf(first), 1);

    const onChange = vi.fn();
    const second = await start(onChange);
    expect(await listed(second)).toEqual([]);
    await writeFile(join(inbox, '坏文件（重发）.xlsx'), 'crashing bytes');
    // the restarted watcher notices the resent file; the list it leads to does not offer it
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled(), { timeout: 5000 });
    for (let read = 0; read < 3; read += 1) expect(await listed(second)).toEqual([]);
    const records = await ledger();
    expect(records.map((record) => record.name)).toEqual(['坏文件.xlsx', '坏文件（重发）.xlsx']);
    expect(records[1]?.reason).toBe('与已隔离的文件“坏文件.xlsx”内容相同：解析器崩溃：zip 目录损坏');
    expect(await reasonBeside('坏文件（重发）.xlsx')).toContain('与已隔离的文件“坏文件.xlsx”内容相同');
  });

  it('keeps every record when two files are quarantined at once', async () => {
    await start();
    await writeFile(join(inbox, '甲.xlsx'), 'a');
    await writeFile(join(inbox, '乙.xlsx'), 'bb');
    expect(await Promise.all([quarantineFile(inbox, '甲.xlsx', '崩溃甲'), quarantineFile(inbox, '乙.xlsx', '崩溃乙')])).toEqual([
      true,
      true,
    ]);
    expect((await ledger()).map((record) => record.reason).sort()).toEqual(['崩溃乙', '崩溃甲'].sort());
  });
});

describe('a parse that takes the page or the app down with it', () => {
  it('quarantines the files the page was still parsing when it died, not those it was done with, and tells the page', async () => {
    const onChange = vi.fn();
    const service = await start(onChange);
    for (const name of ['炸弹.xlsx', '已导入.csv', '未动.csv']) await writeFile(join(inbox, name), name);
    await service.read('已导入.csv');
    await service.markImported('已导入.csv');
    await service.read('炸弹.xlsx');
    onChange.mockClear();

    expect(await service.rendererGone('内存耗尽')).toEqual(['炸弹.xlsx']);
    expect(onChange).toHaveBeenCalled();
    expect(await listed(service)).toEqual(['未动.csv']);
    expect(await ledger()).toEqual([
      expect.objectContaining({ name: '炸弹.xlsx', reason: '解析此文件时工作台意外退出（内存耗尽），文件可能使解析器崩溃或失去响应。' }),
    ]);
    // once quarantined it is no longer in flight: a second crash quarantines nothing more
    expect(await service.rendererGone('页面崩溃')).toEqual([]);
  });

  it('quarantines at the next start a file that was being parsed when the app died, once', async () => {
    const crashed = await start();
    await writeFile(join(inbox, '卡死文件.xlsx'), 'hangs the page');
    await writeFile(join(inbox, '正常文件.csv'), '标题\n');
    await crashed.read('卡死文件.xlsx');
    die(crashed);

    const onChange = vi.fn();
    const restarted = await start(onChange);
    expect(onChange).toHaveBeenCalled();
    expect(await listed(restarted)).toEqual(['正常文件.csv']);
    expect(await ledger()).toEqual([
      expect.objectContaining({ name: '卡死文件.xlsx', reason: expect.stringContaining('上次运行在解析期间中断') as unknown }),
    ]);
    restarted.close();
    running.splice(running.indexOf(restarted), 1);

    const again = await start();
    expect(await listed(again)).toEqual(['正常文件.csv']);
    expect(await ledger()).toHaveLength(1);
  });

  it('frees a file after a clean quit, and once its parse window has passed with the page alive', async () => {
    const quitting = await start();
    await writeFile(join(inbox, '正常文件.csv'), '标题\n');
    await quitting.read('正常文件.csv');
    quitting.close();
    running.splice(running.indexOf(quitting), 1);
    expect(existsSync(inFlightPathFor(settingsPath))).toBe(false);

    const service = await start();
    expect(await listed(service)).toEqual(['正常文件.csv']);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await service.read('正常文件.csv');
    vi.advanceTimersByTime(parseWindowMs('标题\n'.length) - 1);
    await service.read('正常文件.csv'); // read again: the window starts over
    vi.advanceTimersByTime(parseWindowMs('标题\n'.length) + 1);
    expect(await service.rendererGone('页面崩溃')).toEqual([]);
    expect(await listed(service)).toEqual(['正常文件.csv']);
    expect(await readdir(inbox)).not.toContain(QUARANTINE_FOLDER);
  });

  it('gives the parse as long as the page does: its time limit grows with the file', () => {
    expect(parseWindowMs(0)).toBeGreaterThan(120_000);
    expect(parseWindowMs(50 * 1024 * 1024)).toBeGreaterThan(120_000 + 50 * 10_000);
  });

  it('listens for the page dying, and ignores a window closed the ordinary way', () => {
    const contents = new EventEmitter();
    const rendererGone = vi.fn(() => Promise.resolve([]));
    quarantineWhenRendererDies(contents as unknown as RendererEvents, { rendererGone } as unknown as InboxService);
    contents.emit('render-process-gone', {}, { reason: 'clean-exit' });
    expect(rendererGone).not.toHaveBeenCalled();
    contents.emit('render-process-gone', {}, { reason: 'oom' });
    contents.emit('render-process-gone', {}, { reason: 'memory-eviction' });
    expect(rendererGone.mock.calls).toEqual([['内存耗尽'], ['页面异常退出：memory-eviction']]);
  });
});
