import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../shared/audit/chain';
import type { AuditEntry } from '../../../shared/domain/types';
import { RecordNotFoundError, createRepositories, openDeskDatabase, type DeskDatabase, type Repositories } from '../../../renderer/db';
import {
  buildEvent,
  buildImportBatch,
  buildItem,
  buildRefutation,
  buildReporter,
  buildSpreadEdge,
  buildTag,
  buildUnit,
  buildWorkspace,
} from '../../builders';
import { analyst, useTestStore } from './harness';

let db: DeskDatabase;
let repos: Repositories;

useTestStore('repos', (store) => ({ db, repos } = store));

async function auditLog(): Promise<AuditEntry[]> {
  return db.auditLog.orderBy('seq').toArray();
}

/** Runs a write and returns the audit entries it appended. */
async function entriesAppendedBy(write: () => Promise<unknown>): Promise<AuditEntry[]> {
  const before = await db.auditLog.count();
  await write();
  const after = await auditLog();
  expect(verifyAuditChain(after)).toMatchObject({ ok: true });
  return after.slice(before);
}

describe('every repository write appends exactly one audit entry, and the chain verifies', () => {
  const writes: Array<[string, (repos: Repositories) => Promise<unknown>]> = [
    ['items.bulkAdd', (r) => r.items.bulkAdd([buildItem(), buildItem()], analyst)],
    ['profiles.create', (r) => r.profiles.create({ name: '王芳', role: 'drafter', pin: '2468' }, analyst)],
    ['settings.set', (r) => r.settings.set('timeZone', 'Asia/Shanghai', analyst)],
    ['units.put', (r) => r.units.put(buildUnit(), analyst)],
    ['units.bulkPut', (r) => r.units.bulkPut([buildUnit(), buildUnit()], analyst)],
    ['reporters.put', (r) => r.reporters.put(buildReporter(), analyst)],
    ['tags.put', (r) => r.tags.put(buildTag(), analyst)],
    ['refutations.put', (r) => r.refutations.put(buildRefutation(), analyst)],
    ['reports.put', (r) => r.reports.put({ id: 'r-1', seriesId: 'daily', year: 2026, number: 1, status: 'draft' }, analyst)],
    ['mappings.put', (r) => r.mappings.put({ id: 'm-1', name: '网信办模板', headerSignature: 'abc' }, analyst)],
    ['events.put', (r) => r.events.put(buildEvent(), analyst)],
    ['spreadEdges.put', (r) => r.spreadEdges.put(buildSpreadEdge(), analyst)],
    ['importBatches.put', (r) => r.importBatches.put(buildImportBatch(), analyst)],
    [
      'workspace.load (one table)',
      (r) =>
        r.workspace.load(
          buildWorkspace({}, { units: [], reporters: [], tags: [], events: [], items: [buildItem()], spreadEdges: [], refutations: [] }),
          analyst,
        ),
    ],
  ];

  it.each(writes)('%s', async (_name, write) => {
    const appended = await entriesAppendedBy(() => write(repos));
    expect(appended).toHaveLength(1);
    expect(appended[0]?.actor).toBe(analyst.actor);
  });

  it('items.update, items.bulkUpdate and items.remove', async () => {
    const [a, b, c] = [buildItem(), buildItem(), buildItem()];
    await repos.items.bulkAdd([a, b, c], analyst);
    expect(await entriesAppendedBy(() => repos.items.update(a.id, { status: 'assessed' }, analyst))).toHaveLength(1);
    expect(
      await entriesAppendedBy(() =>
        repos.items.bulkUpdate(
          [
            { id: b.id, changes: { tags: ['民生'] } },
            { id: c.id, changes: { tags: ['民生'] } },
          ],
          analyst,
        ),
      ),
    ).toHaveLength(1);
    expect(await entriesAppendedBy(() => repos.items.remove([a.id], analyst))).toHaveLength(1);
    expect(await db.auditLog.count()).toBe(4);
  });
});

describe('entity repositories', () => {
  it('record a replacement as the changed fields and a removal as the whole rows', async () => {
    const unit = buildUnit({ cutoff: '17:00' });
    await repos.units.put(unit, analyst);
    const [update] = await entriesAppendedBy(() => repos.units.put({ ...unit, cutoff: '16:00' }, analyst));
    expect(update).toMatchObject({
      action: 'units.update',
      target: `units:${unit.id}`,
      before: { cutoff: '17:00' },
      after: { cutoff: '16:00' },
    });
    expect(await entriesAppendedBy(() => repos.units.put({ ...unit, cutoff: '16:00' }, analyst))).toHaveLength(0);
    const [removal] = await entriesAppendedBy(() => repos.units.remove([unit.id], analyst));
    expect(removal).toMatchObject({ target: 'units:*', items: [unit.id], before: { [unit.id]: { ...unit, cutoff: '16:00' } } });
    expect(await repos.units.count()).toBe(0);
  });

  it('find reports of one series and year, in number order', async () => {
    const report = (id: string, series: string, year: number, number: number) => ({ id, seriesId: series, year, number, status: 'draft' });
    await repos.reports.bulkPut(
      [report('a', 'daily', 2026, 2), report('b', 'daily', 2025, 9), report('c', 'daily', 2026, 1), report('d', 'special', 2026, 1)],
      analyst,
    );
    expect((await repos.reports.bySeriesYear('daily', 2026)).map((row) => row.id)).toEqual(['c', 'a']);
  });

  it('find the spread edges touching an item', async () => {
    const [a, b, c] = ['item-a', 'item-b', 'item-c'];
    await repos.spreadEdges.bulkPut(
      [buildSpreadEdge({ from: a, to: b }), buildSpreadEdge({ from: c, to: a }), buildSpreadEdge({ from: b, to: c })],
      analyst,
    );
    expect((await repos.spreadEdges.touching(a)).map((edge) => `${edge.from}>${edge.to}`).sort()).toEqual([
      'item-a>item-b',
      'item-c>item-a',
    ]);
  });
});

describe('concurrent writes', () => {
  it('never give two entries the same seq, within one connection or across two windows', async () => {
    const secondWindow = await openDeskDatabase(db.name);
    const secondRepos = createRepositories(secondWindow);
    try {
      await Promise.all(Array.from({ length: 30 }, (_, n) => (n % 2 === 0 ? repos : secondRepos).units.put(buildUnit(), analyst)));
      expect(verifyAuditChain(await auditLog())).toMatchObject({ ok: true, count: 30 });
    } finally {
      secondWindow.close();
    }
  });
});

describe('derived blobs', () => {
  it('are stored without audit entries, since they are rebuilt from audited data', async () => {
    await repos.derived.put('search-index', { terms: 3 });
    expect(await repos.derived.get('search-index')).toMatchObject({ key: 'search-index', value: { terms: 3 } });
    expect(await db.auditLog.count()).toBe(0);
  });
});

describe('items', () => {
  it('a bulk add is one entry targeting items:* and listing every id', async () => {
    const items = Array.from({ length: 25 }, () => buildItem());
    const [entry] = await entriesAppendedBy(() => repos.items.bulkAdd(items, analyst));
    expect(entry).toMatchObject({ action: 'items.add', target: 'items:*', items: items.map((item) => item.id) });
    expect(await repos.items.count()).toBe(25);
  });

  it('returns items exactly as given, without the derived sort keys', async () => {
    const item = buildItem({ publishedAt: null, account: '某网民', tags: ['a', 'b'] });
    await repos.items.bulkAdd([item], analyst);
    expect(await repos.items.get(item.id)).toEqual(item);
    expect(await repos.items.getMany([item.id, 'missing'])).toEqual([item, undefined]);
  });

  it('a bulk edit records only the changed fields, before and after, per item', async () => {
    const [a, b] = [buildItem({ status: 'new' }), buildItem({ status: 'assessed' })];
    await repos.items.bulkAdd([a, b], analyst);
    const [entry] = await entriesAppendedBy(() =>
      repos.items.bulkUpdate(
        [
          { id: a.id, changes: { status: 'assessed', region: '某区' } },
          { id: b.id, changes: { status: 'assessed' } },
        ],
        analyst,
      ),
    );
    expect(entry).toMatchObject({
      target: 'items:*',
      items: [a.id],
      before: { [a.id]: { status: 'new', region: a.region } },
      after: { [a.id]: { status: 'assessed', region: '某区' } },
    });
    const stored = await repos.items.get(a.id);
    expect(stored).toMatchObject({ status: 'assessed', region: '某区', rev: a.rev + 1, createdAt: a.createdAt });
    expect(stored?.updatedAt).not.toBe(a.updatedAt);
    expect(await repos.items.get(b.id)).toEqual(b);
  });

  it('a single update targets the item and an update that changes nothing writes nothing', async () => {
    const item = buildItem();
    await repos.items.bulkAdd([item], analyst);
    const [entry] = await entriesAppendedBy(() => repos.items.update(item.id, { notOpinion: true }, analyst));
    expect(entry).toMatchObject({ target: `items:${item.id}`, before: { notOpinion: false }, after: { notOpinion: true } });
    expect(await entriesAppendedBy(() => repos.items.update(item.id, { notOpinion: true }, analyst))).toHaveLength(0);
  });

  it('a removal keeps the removed items whole in the entry, so it can be undone', async () => {
    const item = buildItem();
    await repos.items.bulkAdd([item], analyst);
    const [entry] = await entriesAppendedBy(() => repos.items.remove([item.id, 'unknown'], analyst));
    expect(entry).toMatchObject({ target: 'items:*', items: [item.id], before: { [item.id]: item }, after: null });
    expect(await repos.items.count()).toBe(0);
  });

  it('finds items by fingerprint, by platform id and by event', async () => {
    const item = buildItem({ fingerprint: 'url:weibo.example.cn/1', platform: '抖音', externalId: '7300000000000000001', eventId: 'e-1' });
    await repos.items.bulkAdd([item, buildItem()], analyst);
    expect((await repos.items.byFingerprint('url:weibo.example.cn/1'))?.id).toBe(item.id);
    expect([...(await repos.items.byFingerprints(['url:weibo.example.cn/1', 'none'])).keys()]).toEqual(['url:weibo.example.cn/1']);
    expect((await repos.items.byExternalId('抖音', '7300000000000000001'))?.id).toBe(item.id);
    expect(await repos.items.byExternalId('微博', '7300000000000000001')).toBeUndefined();
    expect((await repos.items.byEvent('e-1')).map((found) => found.id)).toEqual([item.id]);
  });

  it('counts by status and by reporting time across offsets', async () => {
    await repos.items.bulkAdd(
      [
        buildItem({ status: 'new', reportedAt: '2026-03-02T23:59:59+08:00' }),
        buildItem({ status: 'new', reportedAt: '2026-03-02T00:00:00Z' }),
        buildItem({ status: 'closed', reportedAt: '2026-03-03T00:00:00+08:00' }),
      ],
      analyst,
    );
    expect(await repos.items.countByStatus('new')).toBe(2);
    expect(await repos.items.countReportedBetween('2026-03-02T00:00:00+08:00', '2026-03-03T00:00:00+08:00')).toBe(2);
  });

  it('refuses a patch for a missing item and writes nothing of the batch', async () => {
    const item = buildItem();
    await repos.items.bulkAdd([item], analyst);
    await expect(
      repos.items.bulkUpdate(
        [
          { id: item.id, changes: { status: 'closed' } },
          { id: 'missing', changes: { status: 'closed' } },
        ],
        analyst,
      ),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
    expect((await repos.items.get(item.id))?.status).toBe('new');
    expect(await db.auditLog.count()).toBe(1);
  });
});

describe('a failed transaction leaves neither data nor audit entry', () => {
  it('when a bulk add hits an existing id', async () => {
    const existing = buildItem();
    await repos.items.bulkAdd([existing], analyst);
    const fresh = buildItem();
    await expect(repos.items.bulkAdd([fresh, { ...existing, title: '重复' }], analyst)).rejects.toThrow();
    expect(await repos.items.get(fresh.id)).toBeUndefined();
    expect(await repos.items.get(existing.id)).toEqual(existing);
    expect(await db.auditLog.count()).toBe(1);
  });

  it('when a workspace load fails at its last table, after earlier tables were written', async () => {
    const loaded = buildWorkspace();
    await repos.workspace.load(loaded, analyst);
    const countsBefore = await repos.workspace.counts();
    const clash = buildWorkspace({}, { refutations: loaded.refutations });
    await expect(repos.workspace.load(clash, analyst)).rejects.toThrow();
    expect(await repos.workspace.counts()).toEqual(countsBefore);
    expect(await repos.items.get(clash.items[0]?.id ?? '')).toBeUndefined();
  });
});

describe('keyset paging', () => {
  const times = [
    '2026-03-02T10:00:00+08:00',
    '2026-03-02T02:00:00Z', // the same instant as 10:00 Beijing: ties are broken by id
    '2026-03-01T23:30:00+08:00',
    null,
    '2026-03-02T09:59:59+08:00',
  ];

  it.each(['publishedAt', 'reportedAt'] as const)('visits every item exactly once by %s, both directions, any page size', async (index) => {
    const items = Array.from({ length: 23 }, (_, n) => {
      const time = times[n % times.length] ?? null;
      return buildItem(index === 'publishedAt' ? { publishedAt: time } : { reportedAt: time ?? '2026-03-02T08:00:00+08:00' });
    });
    await repos.items.bulkAdd(items, analyst);
    for (const direction of ['asc', 'desc'] as const) {
      for (const limit of [1, 4, 23, 50]) {
        const seen: string[] = [];
        let after = null;
        let pages = 0;
        do {
          const page = await repos.items.page({ index, direction, after, limit });
          seen.push(...page.items.map((item) => item.id));
          after = page.next;
          pages += 1;
        } while (after && pages < 100);
        expect(seen).toHaveLength(items.length);
        expect(new Set(seen).size).toBe(items.length);
        expect(pages).toBe(Math.max(1, Math.ceil(items.length / limit)));
      }
    }
  });

  it('orders by the instant, not by the text of the time', async () => {
    const late = buildItem({ publishedAt: '2026-03-02T03:00:00Z' }); // 11:00 Beijing
    const early = buildItem({ publishedAt: '2026-03-02T10:30:00+08:00' });
    const unknown = buildItem({ publishedAt: null });
    await repos.items.bulkAdd([late, early, unknown], analyst);
    const page = await repos.items.page({ index: 'publishedAt', direction: 'desc', limit: 10 });
    expect(page.items.map((item) => item.id)).toEqual([late.id, early.id, unknown.id]);
    expect(page.next).toBeNull();
  });
});

describe('profiles', () => {
  it('stores the PIN only as a salted hash and verifies it', async () => {
    const profile = await repos.profiles.create({ name: '李明', role: 'signer', pin: '1357' }, analyst);
    const other = await repos.profiles.create({ name: '赵强', role: 'reviewer', pin: '1357' }, analyst);
    // Hex digests may contain any digits by chance; no field of the stored record may be the PIN itself.
    expect(profile.pinHash?.split('$')).not.toContain('1357');
    expect(profile.pinHash).not.toBe(other.pinHash);
    expect(await repos.profiles.verifyPin(profile.id, '1357')).toBe(true);
    expect(await repos.profiles.verifyPin(profile.id, '1358')).toBe(false);
    expect(await repos.profiles.verifyPin('nobody', '1357')).toBe(false);
    const log = JSON.stringify(await auditLog());
    expect(log).not.toContain(profile.pinHash);
    expect((await repos.profiles.list()).map((p) => p.name)).toEqual(['李明', '赵强']);
  });

  it('a profile without a PIN needs none', async () => {
    const profile = await repos.profiles.create({ name: '王芳', role: 'drafter' }, analyst);
    expect(profile.pinHash).toBeNull();
    expect(await repos.profiles.verifyPin(profile.id, '')).toBe(true);
  });
});

describe('settings', () => {
  it('returns the fallback until set, and logs the old and new value', async () => {
    expect(await repos.settings.get('locale', 'zh-CN')).toBe('zh-CN');
    await repos.settings.set('locale', 'en', analyst);
    const [entry] = await entriesAppendedBy(() => repos.settings.set('locale', 'zh-CN', analyst));
    expect(entry).toMatchObject({ target: 'settings:locale', before: { value: 'en' }, after: { value: 'zh-CN' } });
    expect(await repos.settings.get('locale', 'x')).toBe('zh-CN');
    expect(await entriesAppendedBy(() => repos.settings.set('locale', 'zh-CN', analyst))).toHaveLength(0);
  });
});

describe('audit', () => {
  it('finds the history of one record, including bulk writes that listed it', async () => {
    const [a, b] = [buildItem(), buildItem()];
    await repos.items.bulkAdd([a, b], analyst);
    await repos.items.update(a.id, { status: 'assessed' }, analyst);
    await repos.items.update(b.id, { status: 'assessed' }, analyst);
    await repos.items.bulkUpdate([{ id: a.id, changes: { status: 'closed' } }], analyst);
    await repos.units.put(buildUnit({ id: a.id }), analyst); // same key in another table: not a's history
    const history = await repos.audit.forTarget(`items:${a.id}`);
    expect(history.map((entry) => entry.seq)).toEqual([1, 2, 4]);
  });

  it('reports count, head, ranges and newest-first pages', async () => {
    for (let n = 0; n < 5; n += 1) await repos.settings.set('n', n, analyst);
    const log = await auditLog();
    expect(await repos.audit.count()).toBe(5);
    expect(await repos.audit.head()).toEqual({ seq: 5, hash: log[4]?.hash });
    expect((await repos.audit.range(2, 2)).map((entry) => entry.seq)).toEqual([2, 3]);
    expect((await repos.audit.latest(2)).map((entry) => entry.seq)).toEqual([5, 4]);
    expect((await repos.audit.latest(2, 4)).map((entry) => entry.seq)).toEqual([3, 2]);
  });

  it('verifies the stored log chunk by chunk and finds tampering in the database', async () => {
    for (let n = 0; n < 12; n += 1) await repos.settings.set('n', n, analyst);
    const progress: number[] = [];
    expect(await repos.audit.verify({ chunkSize: 5, onProgress: (done) => progress.push(done) })).toEqual({
      ok: true,
      count: 12,
      head: await repos.audit.head(),
    });
    expect(progress).toEqual([5, 10, 12]);
    const head = await repos.audit.head();
    await db.auditLog.update(7, { actor: 'intruder' });
    expect(await repos.audit.verify({ chunkSize: 5 })).toMatchObject({ ok: false, problem: 'altered', firstBadSeq: 7 });
    await db.auditLog.update(7, { actor: analyst.actor });
    await db.auditLog.delete(12);
    expect((await repos.audit.verify()).ok).toBe(true);
    expect(await repos.audit.verify({ knownHead: head ?? undefined })).toMatchObject({ ok: false, problem: 'removed', firstBadSeq: 12 });
  });
});

describe('workspace', () => {
  it('is empty at first, then loads every table with one entry per table', async () => {
    expect(await repos.workspace.isEmpty()).toBe(true);
    const unit = buildUnit();
    const reporter = buildReporter({ unitId: unit.id });
    const item = buildItem({ unitId: unit.id, reporterId: reporter.id });
    const refutation = buildRefutation({ itemIds: [item.id] });
    const appended = await entriesAppendedBy(() =>
      repos.workspace.load(
        {
          format: 'opinion-desk-workspace',
          version: 1,
          units: [unit],
          reporters: [reporter],
          tags: [buildTag()],
          events: [],
          items: [item],
          spreadEdges: [],
          refutations: [refutation],
        },
        analyst,
      ),
    );
    expect(appended.map((entry) => entry.target)).toEqual(['units:*', 'reporters:*', 'tags:*', 'items:*', 'refutations:*']);
    expect(appended[3]?.items).toEqual([item.id]);
    expect(await repos.workspace.isEmpty()).toBe(false);
    expect(await repos.workspace.counts()).toMatchObject({
      units: 1,
      reporters: 1,
      tags: 1,
      items: 1,
      refutations: 1,
      events: 0,
      auditLog: 5,
    });
    expect(await repos.items.get(item.id)).toEqual(item);
    expect(await repos.reporters.byUnit(unit.id)).toEqual([reporter]);
    expect(await repos.refutations.forItem(item.id)).toEqual([refutation]);
  });
});
