import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDesk } from '../../../renderer/workspace/desk';
import { DISMISSED_SUGGESTIONS_KEY } from '../../../renderer/db';
import { buildStoredCascades } from '../../../renderer/features/spread/cascade-source';
import { ItemPanel } from '../../../renderer/features/spread/ItemPanel';
import { useSpread } from '../../../renderer/features/spread/spread-store';
import type { Item } from '../../../shared/domain/types';
import { simhash64 } from '../../../shared/import/dedup/simhash';
import { buildItem, resetBuilderSequence } from '../../builders';
import { analyst, openTestStore, type TestStore } from '../db/harness';
import { buildWeiboCascade } from './weibo-cascade';

// The analyst draws a link by hand (source, type, time, note) and confirms or dismisses
// near-duplicates from other platforms, all from the item's side panel on 传播.

const RUMOUR = '网传南湖水库被污染，自来水不能喝，大家赶紧囤水，消息来自水务局内部人员，请互相转告';
const NEAR = `${RUMOUR}！！`;

let store: TestStore;

beforeEach(async () => {
  resetBuilderSequence();
  store = await openTestStore('spread-item-panel');
  useDesk.setState({ phase: 'ready', repositories: store.repos, profile: null });
});

afterEach(() => {
  cleanup();
  store.db.close();
});

async function seed(): Promise<{ weibo: Item; douyin: Item; wechat: Item }> {
  const { root: weibo, repost } = buildWeiboCascade({ title: '南湖水库被污染', content: RUMOUR, simhash: simhash64(RUMOUR) });
  const douyin = buildItem({
    platform: '抖音',
    title: '抖音视频',
    content: NEAR,
    simhash: simhash64(NEAR),
    publishedAt: '2026-10-04T09:00:00+08:00',
  });
  const wechat = buildItem({
    platform: '微信群',
    title: '微信群消息',
    content: '南湖水库的事',
    simhash: null,
    publishedAt: '2026-10-04T10:00:00+08:00',
  });
  await store.repos.items.bulkAdd([weibo, repost, douyin, wechat], analyst);
  const set = buildStoredCascades([weibo, repost], [], []);
  useSpread.setState({ set, items: new Map([weibo, repost, douyin, wechat].map((item) => [item.id, item])), selectedNode: null });
  return { weibo, douyin, wechat };
}

function panelFor(item: Item) {
  const stored = useSpread.getState().set!.cascades[0]!;
  return render(<ItemPanel nodeId={item.id} stored={stored} repositories={store.repos} />);
}

describe('the item panel on 传播', () => {
  it('adds a manual link with its source, type, time and note as one audited write', async () => {
    const { weibo, wechat } = await seed();
    panelFor(wechat);
    fireEvent.click(screen.getByRole('button', { name: '添加关联：本条复制/引用/转发了另一条' }));
    const source = screen.getByLabelText('来源条目');
    await waitFor(() => expect(within(source).getAllByRole('option').length).toBeGreaterThan(0));
    fireEvent.change(screen.getByLabelText('查找来源条目（本条前后 7 天内发布的，按标题、内容或账号筛选）'), { target: { value: '南湖' } });
    fireEvent.change(source, { target: { value: weibo.id } });
    fireEvent.change(screen.getByLabelText('关系类型'), { target: { value: 'cross-platform' } });
    fireEvent.change(screen.getByLabelText('时间'), { target: { value: '2026-10-04T10:05' } });
    fireEvent.change(screen.getByLabelText('备注'), { target: { value: '群内转发截图' } });
    fireEvent.click(screen.getByRole('button', { name: '保存关联' }));

    await waitFor(async () => expect(await store.repos.spread.links()).toHaveLength(1));
    const [link] = await store.repos.spread.links();
    expect(link).toMatchObject({
      from: weibo.id,
      to: wechat.id,
      type: 'cross-platform',
      at: '2026-10-04T10:05:00+08:00',
      note: '群内转发截图',
    });
    const entries = await store.db.auditLog.where('target').equals(`spreadEdges:${link!.id}`).toArray();
    expect(entries).toHaveLength(1);
    expect(await screen.findByText(/南湖水库被污染 → 本条（跨平台）/)).toBeTruthy();
  });

  it('refuses to save a link without a source, in Chinese', async () => {
    const { wechat } = await seed();
    panelFor(wechat);
    fireEvent.click(screen.getByRole('button', { name: '添加关联：本条复制/引用/转发了另一条' }));
    fireEvent.click(screen.getByRole('button', { name: '保存关联' }));
    expect((await screen.findByRole('alert')).textContent).toBe('请先选择来源条目。');
    expect(await store.repos.spread.links()).toEqual([]);
  });

  it('confirms a near-duplicate on another platform as a cross-platform link', async () => {
    const { weibo, douyin } = await seed();
    panelFor(weibo);
    const list = await screen.findByTestId('near-duplicates');
    expect(list.textContent).toContain('[抖音] 抖音视频 可能转载自 [微博] 南湖水库被污染');
    fireEvent.click(within(list).getByRole('button', { name: '确认为传播关系' }));
    await waitFor(async () => expect(await store.repos.spread.links()).toHaveLength(1));
    expect((await store.repos.spread.links())[0]).toMatchObject({ from: weibo.id, to: douyin.id, type: 'cross-platform' });
    expect(await screen.findByText('没有找到其他平台上内容近似的条目。')).toBeTruthy();
  });

  it('dismisses a near-duplicate: remembered, not linked, not suggested again', async () => {
    const { weibo, douyin } = await seed();
    panelFor(weibo);
    const list = await screen.findByTestId('near-duplicates');
    fireEvent.click(within(list).getByRole('button', { name: '不是' }));
    await waitFor(async () => expect(await store.repos.settings.get(DISMISSED_SUGGESTIONS_KEY, [])).toEqual([`${weibo.id}>${douyin.id}`]));
    expect(await store.repos.spread.links()).toEqual([]);
    expect(await screen.findByText('没有找到其他平台上内容近似的条目。')).toBeTruthy();
  });
});
