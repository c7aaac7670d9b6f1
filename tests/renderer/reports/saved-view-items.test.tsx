import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Item } from '../../../shared/domain/types';
import { emptyFilter } from '../../../shared/search/filter';
import { DEFAULT_SORT } from '../../../shared/search/sort';
import { ItemPicker } from '../../../renderer/features/reports/ItemPicker';
import { loadSavedView } from '../../../renderer/features/reports/saved-view-items';
import { useItems } from '../../../renderer/features/items/items-store';
import { BUILT_IN_VIEWS, SETTING_ITEM_VIEWS, type SavedView } from '../../../renderer/features/items/saved-views';
import { buildItem, resetBuilderSequence } from '../../builders';
import { analyst, openTestStore, type TestStore } from '../db/harness';

const ZONE = 'Asia/Shanghai';
// 2026-03-02 15:00 in Beijing
const NOW = Date.parse('2026-03-02T15:00:00+08:00');

const assessed = (risk: 1 | 2 | 3 | 4): Item['assessment'] => ({
  sentiment: 'negative',
  risk,
  veracity: null,
  category: null,
  assessedBy: 'x',
  assessedAt: '2026-03-01T09:00:00+08:00',
});

function ownView(overrides: Partial<SavedView>): SavedView {
  return {
    id: 'own-view',
    name: '供暖高风险',
    builtIn: false,
    filter: { ...emptyFilter(), risks: [3, 4] },
    timePreset: null,
    query: '供暖 -维修',
    sort: DEFAULT_SORT,
    ...overrides,
  };
}

let store: TestStore;
let items: Record<string, Item>;

beforeEach(async () => {
  resetBuilderSequence();
  store = await openTestStore('saved-view-items');
  items = {
    todayHigh: buildItem({ title: '某小区供暖不足', reportedAt: '2026-03-02T10:00:00+08:00', assessment: assessed(4), status: 'assessed' }),
    yesterdayHigh: buildItem({
      title: '供暖投诉集中',
      reportedAt: '2026-03-01T10:00:00+08:00',
      assessment: assessed(3),
      status: 'assessed',
    }),
    low: buildItem({ title: '供暖费用咨询', reportedAt: '2026-03-02T11:00:00+08:00', assessment: assessed(1), status: 'assessed' }),
    excludedWord: buildItem({
      title: '供暖管网维修',
      reportedAt: '2026-03-02T12:00:00+08:00',
      assessment: assessed(4),
      status: 'assessed',
    }),
    otherTopic: buildItem({ title: '道路积水', content: '雨后积水', reportedAt: '2026-03-02T09:00:00+08:00', assessment: assessed(4) }),
    notOpinion: buildItem({ title: '供暖广告', reportedAt: '2026-03-02T08:00:00+08:00', assessment: assessed(4), notOpinion: true }),
  };
  await store.repos.items.bulkAdd(Object.values(items), analyst);
});

afterEach(() => {
  cleanup();
  useItems.setState({ selectedIds: new Set() });
  store.db.close();
});

describe('starting a report from a saved view of 条目', () => {
  it('takes the view’s facets and search, newest first, and never a notOpinion item', async () => {
    const found = await loadSavedView(store.repos.items, ownView({}), NOW, ZONE, 300);
    expect(found.items.map((item) => item.id)).toEqual([items.todayHigh?.id, items.yesterdayHigh?.id]);
    expect(found.truncated).toBe(false);
  });

  it('resolves a time preset on the day the view is opened, not the day it was saved', async () => {
    const today = await loadSavedView(store.repos.items, ownView({ timePreset: 'today' }), NOW, ZONE, 300);
    expect(today.items.map((item) => item.id)).toEqual([items.todayHigh?.id]);
    const nextDay = await loadSavedView(store.repos.items, ownView({ timePreset: 'today' }), NOW + 86_400_000, ZONE, 300);
    expect(nextDay.items).toEqual([]);
  });

  it('says the list was cut short when more items match than are listed', async () => {
    const found = await loadSavedView(store.repos.items, ownView({ query: '' }), NOW, ZONE, 2);
    expect(found.items).toHaveLength(2);
    expect(found.truncated).toBe(true);
  });

  it('offers the built-in and the analyst’s own views in the picker and adds what was ticked', async () => {
    await store.repos.settings.set(SETTING_ITEM_VIEWS, [ownView({})], analyst);
    const added: Item[][] = [];
    render(<ItemPicker repositories={store.repos} inReport={new Set()} onAdd={(picked) => added.push(picked)} />);
    const select = screen.getByLabelText('或从条目页的已保存视图开始');
    await waitFor(() => expect(within(select).getByRole('option', { name: '供暖高风险' })).toBeTruthy());
    expect(within(select).getAllByRole('option')).toHaveLength(1 + BUILT_IN_VIEWS.length + 1);
    fireEvent.change(select, { target: { value: 'own-view' } });
    const list = await screen.findByTestId('picker-list');
    await waitFor(() => expect(within(list).getAllByRole('checkbox')).toHaveLength(2));
    expect(within(list).getByText('供暖投诉集中')).toBeTruthy();
    fireEvent.click(within(list).getByRole('checkbox', { name: '选择：供暖投诉集中' }));
    fireEvent.click(screen.getByRole('button', { name: '加入报告（1 条）' }));
    expect(added.map((batch) => batch.map((item) => item.id))).toEqual([[items.yesterdayHigh?.id]]);
  });

  it('adds the selection made on the items page, leaving out what the report already holds', async () => {
    const picked = [items.low, items.otherTopic, items.todayHigh].map((item) => item?.id ?? '');
    useItems.setState({ selectedIds: new Set(picked) });
    const added: Item[][] = [];
    render(<ItemPicker repositories={store.repos} inReport={new Set([items.todayHigh?.id ?? ''])} onAdd={(batch) => added.push(batch)} />);
    fireEvent.click(screen.getByRole('button', { name: '加入条目页当前选择的 3 条' }));
    await waitFor(() => expect(added).toHaveLength(1));
    expect(added[0]?.map((item) => item.id).sort()).toEqual([items.low?.id, items.otherTopic?.id].sort());
  });
});
