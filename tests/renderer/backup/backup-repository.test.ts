import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../shared/audit/chain';
import {
  DeskDatabase,
  RESTORE_ACTION,
  StorageFullError,
  WorkspaceNotEmptyError,
  createRepositories,
  openDeskDatabase,
  type Repositories,
} from '../../../renderer/db';
import { buildImportBatch, buildItem, buildUnit, buildWorkspace, resetBuilderSequence } from '../../builders';
import { analyst, openTestStore, steppingClock, uniqueDatabaseName, type TestStore } from '../db/harness';
import { failWritesTo } from '../db/full-disk';
import { snapshotTables, verify } from './store-helpers';

const opened: DeskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
beforeEach(() => resetBuilderSequence());

async function store(purpose: string): Promise<TestStore> {
  const opened_ = await openTestStore(purpose);
  opened.push(opened_.db);
  return opened_;
}

/** A workspace with something in every kind of table a backup holds. */
async function fillWorkspace(repos: Repositories, items = 12): Promise<void> {
  await repos.profiles.create({ name: '王晓燕', role: 'drafter', pin: '2468' }, analyst);
  await repos.workspace.load(buildWorkspace({ items }), analyst);
  await repos.settings.set('app.locale', 'zh-CN', analyst);
  await repos.importBatches.put(buildImportBatch(), analyst);
  await repos.derived.put('search-index', { built: true });
}

describe('a backup round-trips the store', () => {
  it('into an empty workspace: every table, row and field, with the chain intact and the restore recorded', async () => {
    const source = await store('backup-source');
    await fillWorkspace(source.repos);
    const { bytes, manifest } = await source.repos.backup.export({ appVersion: '0.1.0' });
    const before = await snapshotTables(source.db, ['derived']);
    expect(manifest.tables.map((table) => table.name)).toEqual(Object.keys(before));
    expect(Object.fromEntries(manifest.tables.map((table) => [table.name, table.rows]))).toEqual(
      Object.fromEntries(Object.entries(before).map(([name, rows]) => [name, rows.length])),
    );

    const target = await store('backup-target');
    const summary = await target.repos.backup.restore(await verify(bytes), analyst, { mode: 'intoEmpty', fileName: 'a.odbak' });
    const after = await snapshotTables(target.db, ['derived']);
    const restoreEntry = after['auditLog']?.pop();
    expect(after).toEqual(before);
    expect(restoreEntry).toMatchObject({ seq: summary.auditSeq, action: RESTORE_ACTION, target: 'workspace:*', actor: analyst.actor });
    expect(verifyAuditChain(await target.db.auditLog.toArray())).toMatchObject({ ok: true, count: (before['auditLog']?.length ?? 0) + 1 });
    // Items come back as the repository hands them out, sort keys and all.
    const item = (before['items'] as { id: string }[])[0];
    expect(await target.repos.items.get(item?.id ?? '')).toEqual(await source.repos.items.get(item?.id ?? ''));
    expect(await target.repos.items.countReportedBetween('2000-01-01T00:00:00+08:00', '2100-01-01T00:00:00+08:00')).toBe(
      await source.repos.items.countReportedBetween('2000-01-01T00:00:00+08:00', '2100-01-01T00:00:00+08:00'),
    );
  });

  it('of 100,000 items, table by table and field by field', async () => {
    const source = await store('backup-100k');
    await fillWorkspace(source.repos, 6);
    const chunk = 10_000;
    for (let start = 0; start < 100_000; start += chunk) {
      await source.repos.items.bulkAdd(
        Array.from({ length: chunk }, (_, n) =>
          buildItem({
            kind: n % 3 === 0 ? 'social' : 'online',
            tags: n % 5 === 0 ? ['民生/供暖'] : [],
            publishedAt: n % 7 === 0 ? null : undefined,
            metrics: { reposts: n, comments: null, likes: n % 11, views: n % 13 === 0 ? null : n * 3 },
          } as never),
        ),
        analyst,
      );
    }
    const before = await snapshotTables(source.db, ['derived']);
    expect(before['items']).toHaveLength(100_006);
    const { bytes } = await source.repos.backup.export({ appVersion: '0.1.0' });
    source.db.close();

    const target = await store('backup-100k-target');
    await target.repos.backup.restore(await verify(bytes), analyst, { mode: 'intoEmpty', fileName: 'big.odbak' });
    const after = await snapshotTables(target.db, ['derived']);
    after['auditLog']?.pop();
    for (const name of Object.keys(before)) {
      expect(after[name]?.length, name).toBe(before[name]?.length);
      expect(after[name], name).toEqual(before[name]);
    }
    expect(Object.keys(after)).toEqual(Object.keys(before));
  }, 1_800_000); // about a minute of CPU; the shared test machine can stretch that tenfold

  it('over the current workspace: replaces every table, empties the rebuildable ones, and records what was there', async () => {
    const source = await store('backup-replace-source');
    await fillWorkspace(source.repos);
    const { bytes, manifest } = await source.repos.backup.export({ appVersion: '0.1.0' });
    const backupRows = await snapshotTables(source.db, ['derived']);

    const current = await store('backup-replace-current');
    await fillWorkspace(current.repos, 3);
    await current.repos.items.bulkAdd([buildItem({ title: '只在当前工作区的条目' })], analyst);
    const headBefore = await current.repos.audit.head();
    const countsBefore = { items: await current.db.items.count(), auditLog: await current.db.auditLog.count() };

    await expect(
      current.repos.backup.restore(await verify(bytes), analyst, { mode: 'intoEmpty', fileName: 'b.odbak' }),
    ).rejects.toBeInstanceOf(WorkspaceNotEmptyError);
    expect(await current.db.items.count()).toBe(countsBefore.items);
    expect(await current.repos.audit.head()).toEqual(headBefore);

    await current.repos.backup.restore(await verify(bytes), analyst, { mode: 'replace', fileName: '备份 2026-03-02.odbak' });
    const after = await snapshotTables(current.db, ['derived']);
    const entry = after['auditLog']?.pop();
    expect(after).toEqual(backupRows);
    expect(await current.db.derived.count()).toBe(0);
    expect(entry).toMatchObject({
      action: RESTORE_ACTION,
      prevHash: manifest.auditHead?.hash,
      before: { counts: expect.objectContaining(countsBefore) as unknown, auditHead: headBefore },
      after: { file: '备份 2026-03-02.odbak', mode: 'replace', auditHead: manifest.auditHead },
    });
  });
});

describe('a restore that fails leaves the workspace as it was', () => {
  it.each(['items', 'auditLog'])('when the disk fills while writing %s', async (tableName) => {
    const source = await store('backup-quota-source');
    await fillWorkspace(source.repos);
    const { bytes } = await source.repos.backup.export({ appVersion: '0.1.0' });

    const name = uniqueDatabaseName('backup-quota-target');
    const setup = await openDeskDatabase(name);
    await fillWorkspace(createRepositories(setup, { clock: steppingClock() }), 3);
    const before = await snapshotTables(setup);
    setup.close();

    const db = new DeskDatabase(name);
    opened.push(db);
    failWritesTo(db, tableName);
    await db.open();
    const repos = createRepositories(db, { clock: steppingClock() });
    const error: unknown = await repos.backup
      .restore(await verify(bytes), analyst, { mode: 'replace', fileName: 'c.odbak', chunkSize: 5 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StorageFullError);
    expect(error).toMatchObject({ code: 'db.storageFull' });
    expect(await snapshotTables(db)).toEqual(before);
  });
});

describe('several windows', () => {
  it('a restore in one window and writes in another keep one valid chain', async () => {
    const source = await store('backup-windows-source');
    await fillWorkspace(source.repos);
    const { bytes } = await source.repos.backup.export({ appVersion: '0.1.0' });

    const first = await store('backup-windows');
    const second = await openDeskDatabase(first.db.name);
    opened.push(second);
    const secondRepos = createRepositories(second, { clock: steppingClock() });
    const backup = await verify(bytes);
    await Promise.all([
      first.repos.backup.restore(backup, analyst, { mode: 'replace', fileName: 'd.odbak' }),
      ...Array.from({ length: 10 }, () => secondRepos.profiles.create({ name: '其其格', role: 'reviewer' }, analyst)),
    ]);
    const log = await first.db.auditLog.toArray();
    expect(verifyAuditChain(log)).toMatchObject({ ok: true });
    expect(log.filter((entry) => entry.action === RESTORE_ACTION)).toHaveLength(1);
  });

  it('a backup taken while another window writes is one consistent moment', async () => {
    const first = await store('backup-consistent');
    await fillWorkspace(first.repos);
    const second = await openDeskDatabase(first.db.name);
    opened.push(second);
    const secondRepos = createRepositories(second, { clock: steppingClock() });
    const [{ bytes }] = await Promise.all([
      first.repos.backup.export({ appVersion: '0.1.0', chunkSize: 2 }),
      ...Array.from({ length: 10 }, () => secondRepos.units.put(buildUnit(), analyst)),
    ]);
    // verify() checks the audit log in the file against the head in the manifest, and the chain itself.
    const backup = await verify(bytes);
    expect(backup.manifest.auditHead?.seq).toBe(backup.manifest.tables.find((table) => table.name === 'auditLog')?.rows);
  });
});
