import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Item } from '../../../shared/domain/types';
import { useDesk } from '../../../renderer/workspace/desk';
import { createIndexRepository } from '../../../renderer/db/index-repository';
import { createInProcessEngine } from '../../../renderer/features/items/engine/engine-client';
import { FacetSidebar } from '../../../renderer/features/items/FacetSidebar';
import {
  applyItemsLinkHash,
  applyTimePreset,
  ensureRows,
  focusRow,
  resetItemsStore,
  selectRangeTo,
  selectedItemIds,
  setFilter,
  startItemsEngine,
  useItems,
} from '../../../renderer/features/items/items-store';
import { customDatesOf } from '../../../renderer/features/items/items-link-filter';
import { itemsLinkHash } from '../../../renderer/features/items/items-link';
import { emptyFilter } from '../../../shared/search/filter';
import type { DeskDatabase } from '../../../renderer/db';
import { buildItem, resetBuilderSequence } from '../../builders';
import { analyst, openTestStore } from '../db/harness';

let db: DeskDatabase;

/** Beijing midnight of a day in March 2026, as epoch milliseconds. */
const beijingMidnight = (day: number) => Date.UTC(2026, 2, day, 0, 0, 0) - 8 * 3_600_000;
const reportedOn = (day: number, hour: number) => new Date(beijingMidnight(day) + hour * 3_600_000).toISOString();

async function openStoreWith(items: Item[]): Promise<void> {
  const store = await openTestStore('items-store');
  db = store.db;
  await store.repos.items.bulkAdd(items, analyst);
  useDesk.setState({ phase: 'ready', repositories: store.repos });
  await startItemsEngine({ create: () => createInProcessEngine(createIndexRepository(store.db)) });
}

const matching = () => useItems.getState().totals?.matching;

beforeEach(() => {
  resetBuilderSequence();
  resetItemsStore();
});

afterEach(() => {
  cleanup();
  resetItemsStore();
  db.close();
});

describe('the items store opened from an address', () => {
  // 微博 on 3 and 4 March (one at 23:30 Beijing, which is 4 March in UTC), 抖音 on 3 March, 微博 on 5 March
  const weiboThird = buildItem({ platform: '微博', reportedAt: reportedOn(3, 9) });
  const weiboLateThird = buildItem({ platform: '微博', reportedAt: reportedOn(3, 23.5) });
  const douyinThird = buildItem({ platform: '抖音', reportedAt: reportedOn(3, 10) });
  const weiboFifth = buildItem({ platform: '微博', reportedAt: reportedOn(5, 8) });

  it('filters the list to the platform and the [from, to) days a link from 统计 carries', async () => {
    await openStoreWith([weiboThird, weiboLateThird, douyinThird, weiboFifth]);
    expect(matching()).toBe(4);

    const hash = itemsLinkHash({ fromMs: beijingMidnight(3), toMs: beijingMidnight(4), values: { platform: ['微博'] } });
    await applyItemsLinkHash(hash);

    const state = useItems.getState();
    expect(state.filter.platforms).toEqual(['微博']);
    expect(state.filter.timeField).toBe('reportedAt');
    expect(state.timePreset).toBe('custom');
    expect(matching()).toBe(2);
    await ensureRows(0, 10);
    expect([...useItems.getState().rows.values()].map((item) => item.id).sort()).toEqual([weiboThird.id, weiboLateThird.id].sort());
  });

  it('ORs repeated values of one dimension, ANDs different ones, and clears an earlier query and preset', async () => {
    await openStoreWith([weiboThird, douyinThird, weiboFifth]);
    await applyTimePreset('today');
    useItems.setState({ query: '供暖' });

    await applyItemsLinkHash('#/items?platform=%E5%BE%AE%E5%8D%9A&platform=%E6%8A%96%E9%9F%B3&risk=0');

    const state = useItems.getState();
    expect(state.filter.platforms).toEqual(['微博', '抖音']);
    expect(state.filter.risks).toEqual([0]);
    expect(state.filter.time).toBeNull();
    expect(state.timePreset).toBeNull();
    expect(state.query).toBe('');
    expect(matching()).toBe(3);
  });
});

describe('the 自定义 date boxes', () => {
  const noLabels = { label: (_facet: string, value: string) => value };
  const renderSidebar = () => render(<FacetSidebar views={[]} labels={noLabels} onSaveView={() => {}} onRemoveView={() => {}} />);

  it('show the first and the last day of a range from 统计, both included, in the workspace zone', async () => {
    await openStoreWith([buildItem({ reportedAt: reportedOn(3, 9) })]);
    renderSidebar();
    await applyItemsLinkHash(itemsLinkHash({ fromMs: beijingMidnight(3), toMs: beijingMidnight(6), values: {} }));

    expect(await screen.findByLabelText('起')).toHaveProperty('value', '2026-03-03');
    expect(screen.getByLabelText('止')).toHaveProperty('value', '2026-03-05');
  });

  it('follow a custom range chosen after the sidebar was shown', async () => {
    await openStoreWith([buildItem({ reportedAt: reportedOn(3, 9) })]);
    renderSidebar();
    await applyTimePreset('custom', { from: '2026-03-01', to: '2026-03-02' });

    expect(await screen.findByLabelText('起')).toHaveProperty('value', '2026-03-01');
    expect(screen.getByLabelText('止')).toHaveProperty('value', '2026-03-02');
  });

  it('convert an open-ended range to one empty box', () => {
    expect(customDatesOf({ fromMs: beijingMidnight(3), toMs: null }, 'Asia/Shanghai')).toEqual({ from: '2026-03-03', to: '' });
    expect(customDatesOf(null, 'Asia/Shanghai')).toEqual({ from: '', to: '' });
  });
});

describe('selection and focus', () => {
  it('selects a shift-click range from the focused row, and acts on the focus when nothing is selected', async () => {
    const items = Array.from({ length: 6 }, (_, index) => buildItem({ reportedAt: reportedOn(3, index) }));
    await openStoreWith(items);
    await ensureRows(0, 6);
    focusRow(1);
    // newest first: row 1 is the item reported at 04:00
    expect(selectedItemIds()).toEqual([items[4]?.id]);

    await selectRangeTo(3);
    expect([...useItems.getState().selectedIds].sort()).toEqual([items[4]?.id, items[3]?.id, items[2]?.id].sort());
  });

  it('keeps the focus on the same item when a filter change moves it to another row', async () => {
    const items = [
      buildItem({ platform: '抖音', reportedAt: reportedOn(3, 12) }),
      buildItem({ platform: '微博', reportedAt: reportedOn(3, 11) }),
      buildItem({ platform: '微博', reportedAt: reportedOn(3, 10) }),
    ];
    await openStoreWith(items);
    await ensureRows(0, 3);
    focusRow(2);
    expect(useItems.getState().focusedId).toBe(items[2]?.id);

    await setFilter({ ...emptyFilter(), platforms: ['微博'] });
    expect(useItems.getState().focusedIndex).toBe(1);
    expect(useItems.getState().focusedId).toBe(items[2]?.id);
  });
});
