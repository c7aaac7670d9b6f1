import { beforeEach, describe, expect, it } from 'vitest';
import { buildItem as buildAnyItem, buildSpreadEdge } from '../../builders';
import { resetBuilderSequence } from '../../builders/sequence';
import { ITEM_INDEX_FORMAT, createIndexRepository } from '../../../renderer/db/index-repository';
import { chunkIdAt, isPacked } from '../../../shared/search/chunk-ids';
import type { ColumnChunk } from '../../../shared/search/columns';
import type { EngineState } from '../../../renderer/features/items/engine/protocol';
import { IndexHost } from '../../../renderer/features/items/engine/index-host';
import { emptyFilter } from '../../../shared/search/filter';
import { DEFAULT_SORT } from '../../../shared/search/sort';
import { analyst, openTestStore, type TestStore } from '../db/harness';
import { downgradeToStringIds } from './persisted-format';

beforeEach(() => resetBuilderSequence());

/** The builder's title mentions 供暖: these tests search only what they write. */
const buildItem = (overrides: Parameters<typeof buildAnyItem>[0] = {}) => buildAnyItem({ title: null, ...overrides });

async function hostOn(store: TestStore, persist = true) {
  const host = new IndexHost(createIndexRepository(store.db), { persist });
  await host.open();
  return host;
}

async function idsOf(host: IndexHost, query = '', filter = emptyFilter()) {
  const reply = await host.run({ filter, query, sort: DEFAULT_SORT, timePresets: [] });
  return { total: reply.total, ids: host.window(reply.resultVersion, 0, 100).ids, facets: reply.facets };
}

describe('the persisted index', () => {
  it('is built on first open, then loaded from the derived table without reading the items', async () => {
    const store = await openTestStore('index-persist');
    const items = [buildItem({ content: '供暖不足' }), buildItem({ content: '口罩供应' }), buildItem({ content: '供暖恢复' })];
    await store.repos.items.bulkAdd(items, analyst);
    const first = await hostOn(store);
    expect((await idsOf(first, '供暖')).total).toBe(2);

    // The items are gone from the store; a loaded index still answers, so it did not read them.
    await store.db.items.clear();
    const second = await hostOn(store);
    const { total, ids } = await idsOf(second, '供暖');
    expect(total).toBe(2);
    expect(ids.sort()).toEqual([items[0]?.id, items[2]?.id].sort());
    const meta = await createIndexRepository(store.db).loadMeta();
    expect(meta?.itemCount).toBe(3);
    expect(meta?.auditSeq).toBe((await store.repos.audit.head())?.seq);
  });

  it('catches up at open with writes made while it was closed: adds, edits and removals', async () => {
    const store = await openTestStore('index-catch-up');
    const kept = buildItem({ content: '物业服务', status: 'new' });
    const edited = buildItem({ content: '供暖不足' });
    const removed = buildItem({ content: '供暖恢复' });
    await store.repos.items.bulkAdd([kept, edited, removed], analyst);
    await hostOn(store);

    const added = buildItem({ content: '供暖费用' });
    await store.repos.items.bulkAdd([added], analyst);
    await store.repos.items.update(edited.id, { content: '噪音扰民' }, analyst);
    await store.repos.items.update(kept.id, { status: 'closed' }, analyst);
    await store.repos.items.remove([removed.id], analyst);

    const host = await hostOn(store);
    expect((await idsOf(host, '供暖')).ids).toEqual([added.id]);
    expect((await idsOf(host, '噪音')).ids).toEqual([edited.id]);
    const closed = await idsOf(host, '', { ...emptyFilter(), statuses: ['closed'] });
    expect(closed.ids).toEqual([kept.id]);
    expect((await idsOf(host)).total).toBe(3);
  });

  it('applies deltas while open and persists them, so the next window starts current', async () => {
    const store = await openTestStore('index-delta');
    await store.repos.items.bulkAdd([buildItem({ content: '初始条目' })], analyst);
    const host = await hostOn(store);
    const later = buildItem({ content: '蔬菜价格上涨', platform: '抖音' });
    await store.repos.items.bulkAdd([later], analyst);
    expect(await host.sync()).toBe(1);
    expect((await idsOf(host, '蔬菜')).ids).toEqual([later.id]);

    await store.db.items.clear();
    const next = await hostOn(store);
    const { ids, facets } = await idsOf(next, '价格');
    expect(ids).toEqual([later.id]);
    expect(facets.platform.find((entry) => entry.value === '抖音')?.count).toBe(1);
  });

  it('marks items with spread edges and keeps a second window from writing the index', async () => {
    const store = await openTestStore('index-flags');
    const [root, repost] = [buildItem(), buildItem()];
    await store.repos.items.bulkAdd([root, repost, buildItem()], analyst);
    const host = await hostOn(store);
    await store.repos.spreadEdges.put(buildSpreadEdge({ from: root.id, to: repost.id }), analyst);
    const reader = await hostOn(store, false);
    await host.sync();
    const spread = await idsOf(host, '', { ...emptyFilter(), hasSpread: true });
    expect(spread.ids.sort()).toEqual([root.id, repost.id].sort());
    expect((await idsOf(reader, '', { ...emptyFilter(), hasSpread: true })).total).toBe(2);
  });

  it('rebuilds when the persisted index is of another format or has lost a chunk', async () => {
    const store = await openTestStore('index-format');
    await store.repos.items.bulkAdd([buildItem({ content: '供暖不足' })], analyst);
    await hostOn(store);
    await store.db.derived.delete('items-index:columns:0');
    const host = await hostOn(store);
    expect((await idsOf(host, '供暖')).total).toBe(1);
    expect(await store.db.derived.get('items-index:columns:0')).toBeDefined();
  });
});

describe('opening on the list columns alone', () => {
  const platformFilter = (platform: string) => ({ ...emptyFilter(), platforms: [platform] });

  it('answers the unfiltered list before the other columns are read; a filtered run waits for them', async () => {
    const store = await openTestStore('index-list-columns');
    const items = [buildItem({ platform: '微博' }), buildItem({ platform: '抖音' }), buildItem({ platform: '微博' })];
    await store.repos.items.bulkAdd(items, analyst);
    await hostOn(store);

    const repo = createIndexRepository(store.db);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const host = new IndexHost(
      {
        ...repo,
        loadOtherColumns: async (chunkIndex) => {
          await held;
          return repo.loadOtherColumns(chunkIndex);
        },
      },
      { persist: true },
    );
    await host.open();
    const opened = await idsOf(host);
    expect(opened.total).toBe(3);
    expect(opened.ids).toEqual([items[2]?.id, items[1]?.id, items[0]?.id]);

    let filtered: Awaited<ReturnType<typeof idsOf>> | null = null;
    const waiting = idsOf(host, '', platformFilter('微博')).then((reply) => (filtered = reply));
    // the list itself keeps answering meanwhile
    expect((await host.run({ filter: emptyFilter(), query: '', sort: DEFAULT_SORT, timePresets: [] })).total).toBe(3);
    expect(filtered).toBeNull();
    release();
    await waiting;
    expect(filtered).toMatchObject({ total: 2, ids: [items[2]?.id, items[0]?.id] });
  });

  it('rebuilds when the other columns of a chunk are lost', async () => {
    const store = await openTestStore('index-other-columns-lost');
    await store.repos.items.bulkAdd([buildItem({ platform: '微博' }), buildItem({ platform: '抖音' })], analyst);
    await hostOn(store);
    await store.db.derived.delete('items-index:otherColumns:0');
    const host = await hostOn(store);
    expect((await idsOf(host, '', platformFilter('抖音'))).total).toBe(1);
    expect(await store.db.derived.get('items-index:otherColumns:0')).toBeDefined();
  });
});

describe('an index persisted in the format before packed ids', () => {
  it('is rebuilt from the store at open and written again with packed ids', async () => {
    const store = await openTestStore('index-old-format');
    const items = [buildItem({ content: '供暖不足' }), buildItem({ content: '口罩供应' })];
    await store.repos.items.bulkAdd(items, analyst);
    await hostOn(store);
    await downgradeToStringIds(store);
    const states: EngineState[] = [];
    const host = new IndexHost(createIndexRepository(store.db), { persist: true, onStatus: (status) => states.push(status.state) });
    await host.open();

    expect(states).toContain('building');
    expect((await idsOf(host, '供暖')).ids).toEqual([items[0]?.id]);
    const repo = createIndexRepository(store.db);
    expect((await repo.loadMeta())?.format).toBe(ITEM_INDEX_FORMAT);
    const columns = (await repo.loadColumns(0)) as ColumnChunk;
    expect(isPacked(columns.ids)).toBe(true);
    expect([0, 1].map((local) => chunkIdAt(columns.ids, local))).toEqual(items.map((item) => item.id));
  });
});

describe('what opening the list does not work out again', () => {
  const reportedOn = (day: number) => new Date(Date.UTC(2026, 2, day, 2)).toISOString();
  const dayStart = (day: number) => Date.UTC(2026, 2, day) - 8 * 3_600_000;
  const presets = [
    { id: 'day3', fromMs: dayStart(3), toMs: dayStart(4) },
    { id: 'from3', fromMs: dayStart(3), toMs: dayStart(30) },
  ];
  const unfilteredRun = (host: IndexHost) => host.run({ filter: emptyFilter(), query: '', sort: DEFAULT_SORT, timePresets: presets });
  const platformCount = (facets: Awaited<ReturnType<typeof unfilteredRun>>['facets'], platform: string) =>
    facets.platform.find((entry) => entry.value === platform)?.count ?? 0;

  it('a reopened index takes the saved list order and unfiltered counts, and they equal a fresh count', async () => {
    const store = await openTestStore('index-open-extras');
    const items = [
      buildItem({ platform: '微博', reportedAt: reportedOn(3) }),
      buildItem({ platform: '抖音', reportedAt: reportedOn(5) }),
      buildItem({ platform: '微博', reportedAt: reportedOn(2) }),
    ];
    await store.repos.items.bulkAdd(items, analyst);
    const built = await hostOn(store);
    const fresh = await unfilteredRun(built);
    const repo = createIndexRepository(store.db);
    expect((await repo.loadOrder())?.order.length).toBe(3);
    expect((await repo.loadUnfiltered())?.auditSeq).toBe((await store.repos.audit.head())?.seq);

    const reopened = await hostOn(store);
    // nothing sorted or counted yet: the order came from the store
    expect(reopened.itemIndex?.cachedPermutation('reportedAt')).toBeDefined();
    const reply = await unfilteredRun(reopened);
    expect(reply.total).toBe(3);
    expect(reply.facets).toEqual(fresh.facets);
    expect(reply.facets.time).toEqual([
      { value: 'day3', count: 1 },
      { value: 'from3', count: 2 },
    ]);
    expect(reopened.window(reply.resultVersion, 0, 10).ids).toEqual([items[1]?.id, items[0]?.id, items[2]?.id]);
  });

  it('keeps the saved order through writes that move no item in time, without writing it again', async () => {
    const store = await openTestStore('index-open-order');
    const items = [buildItem({ reportedAt: reportedOn(3) }), buildItem({ reportedAt: reportedOn(5) })];
    await store.repos.items.bulkAdd(items, analyst);
    const host = await hostOn(store);
    await unfilteredRun(host);
    const repo = createIndexRepository(store.db);
    const sortedAt = (await repo.loadOrder())?.auditSeq;

    await store.repos.items.update(items[0]?.id as string, { tags: ['民生/供暖'] }, analyst);
    await host.sync();
    await unfilteredRun(host);
    const meta = await repo.loadMeta();
    expect(meta?.auditSeq).toBeGreaterThan(sortedAt as number);
    expect((await repo.loadOrder())?.auditSeq).toBe(sortedAt);
    expect(meta?.orderSeq).toBe(sortedAt);
    expect((await hostOn(store)).itemIndex?.cachedPermutation('reportedAt')).toBeDefined();

    // a write that moves an item in time: the old order no longer holds, and is not taken at the next open
    await store.repos.items.update(items[0]?.id as string, { reportedAt: reportedOn(9) }, analyst);
    await host.sync();
    expect((await repo.loadMeta())?.orderSeq).toBeNull();
    const reopened = await hostOn(store);
    expect(reopened.itemIndex?.cachedPermutation('reportedAt')).toBeUndefined();
    const reply = await unfilteredRun(reopened);
    expect(reopened.window(reply.resultVersion, 0, 2).ids).toEqual([items[0]?.id, items[1]?.id]);
  });

  it('counts again once items change, and keeps the counts through writes that change none', async () => {
    const store = await openTestStore('index-open-stale');
    await store.repos.items.bulkAdd([buildItem({ platform: '微博' }), buildItem({ platform: '微博' })], analyst);
    const host = await hostOn(store);
    expect(platformCount((await unfilteredRun(host)).facets, '微博')).toBe(2);

    await store.repos.settings.set('items.columns', { visible: ['kind', 'title'], widths: {} }, analyst);
    await host.sync();
    expect((await createIndexRepository(store.db).loadUnfiltered())?.auditSeq).toBe((await store.repos.audit.head())?.seq);

    const newest = buildItem({ platform: '抖音', reportedAt: reportedOn(28) });
    await store.repos.items.bulkAdd([newest], analyst);
    await host.sync();
    const after = await unfilteredRun(host);
    expect(after.total).toBe(3);
    expect(platformCount(after.facets, '抖音')).toBe(1);
    // the list order was sorted again with the new item, not the saved one reused
    expect(host.window(after.resultVersion, 0, 1).ids).toEqual([newest.id]);
    const reopened = await hostOn(store);
    const again = await unfilteredRun(reopened);
    expect(platformCount(again.facets, '抖音')).toBe(1);
    expect(reopened.window(again.resultVersion, 0, 1).ids).toEqual([newest.id]);
  });
});
