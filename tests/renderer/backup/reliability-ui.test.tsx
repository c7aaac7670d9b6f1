import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../shared/audit/chain';
import {
  DESK_DATABASE_NAME,
  DatabaseClosedForUpgradeError,
  DeskDatabase,
  LATEST_SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  StorageFullError,
  createRepositories,
  openDeskDatabase,
} from '../../../renderer/db';
import { openWorkstation } from '../../../renderer/app/boot';
import { useDesk } from '../../../renderer/workspace/desk';
import { AuditBreak } from '../../../renderer/features/audit/AuditBreak';
import { checkAuditChain, useAuditHealth, verifyInSlices } from '../../../renderer/features/audit/audit-health';
import { BackupSection } from '../../../renderer/features/backup/BackupSection';
import { previewBackup, useBackupFlow } from '../../../renderer/features/backup/backup-flow';
import { AuditWarning, ReloadPrompt, StorageFullAlert } from '../../../renderer/features/backup/ReliabilityStatus';
import { useReliability, watchUnhandledStorageErrors } from '../../../renderer/features/backup/reliability-store';
import { buildUnit, buildWorkspace, resetBuilderSequence } from '../../builders';
import { analyst, openTestStore, steppingClock, uniqueDatabaseName } from '../db/harness';
import { failWritesTo } from '../db/full-disk';
import { snapshotTables } from './store-helpers';

const opened: DeskDatabase[] = [];
beforeEach(() => {
  resetBuilderSequence();
  useAuditHealth.setState({ checking: false, result: null });
  useReliability.setState({ blockedByNewerWindow: false, storageFull: null });
  useBackupFlow.setState({ busy: null, notice: null, pending: null, restored: false });
});
afterEach(() => {
  cleanup();
  for (const db of opened.splice(0)) db.close();
});

async function storeWithLog(entries: number) {
  const store = await openTestStore('reliability-ui');
  opened.push(store.db);
  for (let n = 0; n < entries; n += 1) await store.repos.units.put(buildUnit(), analyst);
  return store;
}

/** Rewrites a stored entry behind the application's back, as someone with the disk could. */
async function tamper(db: DeskDatabase, seq: number): Promise<void> {
  const entry = await db.auditLog.get(seq);
  if (!entry) throw new Error(`no entry ${seq}`);
  await db.auditLog.put({ ...entry, actor: 'someone-else' });
}

describe('the background audit check', () => {
  it('gives the UI a turn whenever the slice budget is used up, and agrees with the full verification', async () => {
    const { db, repos } = await storeWithLog(40);
    let clock = 0;
    const sliceLengths: number[] = [];
    let sliceStart = 0;
    const result = await verifyInSlices(repos, {
      budgetMs: 25,
      readChunk: 7,
      // Each entry "costs" 10 ms of the fake clock, so the budget is used up every third entry.
      now: () => (clock += 10),
      yieldToUi: async () => {
        sliceLengths.push(clock - sliceStart);
        sliceStart = clock;
      },
    });
    expect(result).toEqual(await repos.audit.verify());
    expect(result).toMatchObject({ ok: true, count: 40 });
    expect(sliceLengths.length).toBeGreaterThanOrEqual(12);
    expect(Math.max(...sliceLengths)).toBeLessThanOrEqual(40);

    await tamper(db, 23);
    const broken = await verifyInSlices(repos, { readChunk: 7 });
    expect(broken).toEqual(await repos.audit.verify());
    expect(broken).toMatchObject({ ok: false, firstBadSeq: 23, problem: 'altered' });
  });

  it('puts a warning in the status bar and the first bad entry on the 操作日志 page', async () => {
    const { db, repos } = await storeWithLog(5);
    await tamper(db, 3);
    render(
      <>
        <AuditWarning />
        <AuditBreak repositories={repos} result={null} names={new Map()} />
      </>,
    );
    expect(screen.queryByTestId('status-audit-broken')).toBeNull();
    await act(() => checkAuditChain(repos));
    expect(screen.getByTestId('status-audit-broken').textContent).toBe('操作日志校验未通过：第 3 条起异常，请查看“操作日志”');
    const firstBad = await screen.findByTestId('audit-first-bad');
    await waitFor(() => expect(firstBad.textContent).toContain('someone-else'));
    expect(firstBad.textContent).toContain('第一条异常记录 · 序号 3');
  });
});

describe('storage', () => {
  it('a full disk during a repository write writes nothing, and the Chinese message is shown even if the caller did not catch it', async () => {
    const name = uniqueDatabaseName('ui-quota');
    const setup = await openDeskDatabase(name);
    await createRepositories(setup).settings.set('app.locale', 'zh-CN', analyst);
    const before = await snapshotTables(setup);
    setup.close();
    const db = new DeskDatabase(name);
    opened.push(db);
    failWritesTo(db, 'settings');
    await db.open();
    const repos = createRepositories(db, { clock: steppingClock() });

    const stop = watchUnhandledStorageErrors();
    render(<StorageFullAlert />);
    const error: unknown = await repos.settings.set('app.locale', 'en', analyst).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StorageFullError);
    expect(await snapshotTables(db)).toEqual(before);

    // As the browser reports a rejection nobody handled.
    const event = new Event('unhandledrejection', { cancelable: true });
    Object.defineProperty(event, 'reason', { value: error });
    act(() => void window.dispatchEvent(event));
    stop();
    const alert = screen.getByRole('alertdialog', { name: '磁盘空间不足' });
    expect(alert.textContent).toContain('磁盘空间不足，本次修改没有保存（没有写入任何内容）');
    fireEvent.click(screen.getByRole('button', { name: '知道了' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('restoring from the settings page', () => {
  async function backupOfWorkspace() {
    const source = await openTestStore('ui-backup-source');
    opened.push(source.db);
    await source.repos.workspace.load(buildWorkspace({ items: 4 }), analyst);
    return (await source.repos.backup.export({ appVersion: '0.1.0' })).bytes;
  }

  it('refuses a truncated file with the reason and writes nothing', async () => {
    const bytes = await backupOfWorkspace();
    const target = await openTestStore('ui-backup-truncated');
    opened.push(target.db);
    await target.repos.units.put(buildUnit(), analyst);
    const before = await snapshotTables(target.db);
    useDesk.setState({ repositories: target.repos, phase: 'ready' });
    render(<BackupSection />);
    await act(() => previewBackup(target.repos, '备份.odbak', bytes.subarray(0, bytes.length - 100)));
    expect(screen.getByRole('alert').textContent).toBe(
      '无法恢复“备份.odbak”：备份文件不完整（可能复制或下载时被截断），已拒绝恢复，未写入任何数据。',
    );
    expect(screen.queryByTestId('restore-preview')).toBeNull();
    expect(await snapshotTables(target.db)).toEqual(before);
  });

  it('previews counts per table, asks before replacing a workspace with data, then restores', async () => {
    const bytes = await backupOfWorkspace();
    const target = await openTestStore('ui-backup-replace');
    opened.push(target.db);
    await target.repos.units.put(buildUnit(), analyst);
    useDesk.setState({ repositories: target.repos, phase: 'ready', profile: null });
    render(<BackupSection />);
    await act(() => previewBackup(target.repos, '备份.odbak', bytes));
    const preview = screen.getByTestId('restore-preview');
    const rows = Array.from(preview.querySelectorAll('tbody tr')).map((row) => row.textContent);
    expect(rows).toContain('条目40');
    expect(rows).toContain('报送单位21');
    expect(preview.textContent).toContain('当前工作区已有数据');
    const confirm = screen.getByRole('button', { name: '确认恢复' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('我已了解，用此备份覆盖当前工作区'));
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.getByTestId('backup-notice').textContent).toMatch(/^恢复完成：共写入 \d+ 条记录/), {
      timeout: 30_000,
    });
    expect(await target.db.items.count()).toBe(4);
    expect(await target.db.units.count()).toBe(2);
    expect(verifyAuditChain(await target.db.auditLog.toArray())).toMatchObject({ ok: true });
    expect(screen.getByRole('button', { name: '重新载入工作台' })).toBeTruthy();
  });
});

describe('another window upgrading the database', () => {
  it('stops this window writing and shows a blocking 请重新加载 prompt', async () => {
    const setup = await openDeskDatabase(DESK_DATABASE_NAME);
    await createRepositories(setup).profiles.create({ name: '王晓燕', role: 'drafter' }, analyst);
    setup.close();
    await openWorkstation();
    expect(useDesk.getState().phase).toBe('ready');
    render(<ReloadPrompt />);
    expect(screen.queryByRole('alertdialog')).toBeNull();

    const newer = new DeskDatabase(DESK_DATABASE_NAME, {
      versions: [...SCHEMA_VERSIONS, { version: LATEST_SCHEMA_VERSION + 1, stores: { notes: 'id' } }],
    });
    opened.push(newer);
    await act(() => newer.open());

    const prompt = screen.getByRole('alertdialog', { name: '请重新加载' });
    expect(prompt.textContent).toContain('本窗口已停止写入');
    expect(screen.getByRole('button', { name: '重新加载' })).toBe(document.activeElement);
    const repositories = useDesk.getState().repositories;
    await expect(repositories?.settings.set('app.locale', 'en', analyst)).rejects.toBeInstanceOf(DatabaseClosedForUpgradeError);
    expect(await newer.table('settings').get('app.locale')).toBeUndefined();
  });
});
