import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDesk } from '../../../renderer/workspace/desk';
import { buildStoredCascades } from '../../../renderer/features/spread/cascade-source';
import { RumourPanel } from '../../../renderer/features/spread/RumourPanel';
import { useSpread } from '../../../renderer/features/spread/spread-store';
import type { Item } from '../../../shared/domain/types';
import { buildRefutation, resetBuilderSequence } from '../../builders';
import { analyst, openTestStore, type TestStore } from '../db/harness';
import { buildWeiboCascade } from './weibo-cascade';

// jsdom has no canvas: the curves are checked in the e2e spec; here only that the chart is asked for.
vi.mock('../../../renderer/charts/EChart', () => ({
  EChart: ({ label, testId }: { label: string; testId?: string }) => <div data-testid={testId} aria-label={label} />,
}));

// The rumour panel on 传播 links a refutation to the cascade's original, an existing one or one typed here.

let store: TestStore;

beforeEach(async () => {
  resetBuilderSequence();
  store = await openTestStore('spread-rumour-panel');
  useDesk.setState({ phase: 'ready', repositories: store.repos, profile: null });
  useSpread.setState({ notice: null });
});

afterEach(() => {
  cleanup();
  store.db.close();
});

async function seed(): Promise<Item> {
  const { root, repost } = buildWeiboCascade({ title: '南湖水库被污染' });
  await store.repos.items.bulkAdd([root, repost], analyst);
  const set = buildStoredCascades([root, repost], [], []);
  useSpread.setState({ set, items: new Map([root, repost].map((item) => [item.id, item])), selectedNode: null });
  render(<RumourPanel stored={set.cascades[0]!} repositories={store.repos} />);
  await screen.findByTestId('rumour-none');
  return root;
}

describe('the rumour panel on 传播', () => {
  it('creates a refutation from the form, linked to the original, and lists it', async () => {
    const root = await seed();
    const form = screen.getByRole('form', { name: '新建辟谣并关联' });
    fireEvent.change(within(form).getByLabelText('辟谣标题'), { target: { value: '南湖水库水质正常' } });
    fireEvent.change(within(form).getByLabelText('发布单位'), { target: { value: '市水务局' } });
    fireEvent.change(within(form).getByLabelText('发布渠道'), { target: { value: '政务微博' } });
    fireEvent.change(within(form).getByLabelText('发布时间'), { target: { value: '2026-10-04T12:00' } });
    fireEvent.click(within(form).getByRole('button', { name: '新建并关联' }));

    expect((await screen.findByTestId('linked-refutations')).textContent).toContain('南湖水库水质正常 · 市水务局 · 政务微博');
    expect(useSpread.getState().notice).toEqual({ kind: 'ok', text: '已关联辟谣，写入操作日志。' });
    expect(await store.repos.spread.refutationsFor([root.id])).toEqual([
      expect.objectContaining({ title: '南湖水库水质正常', url: null, publishedAt: '2026-10-04T12:00:00+08:00', itemIds: [root.id] }),
    ]);
  });

  it('refuses a refutation without its publisher and channel, in Chinese, and writes nothing', async () => {
    await seed();
    const form = screen.getByRole('form', { name: '新建辟谣并关联' });
    fireEvent.change(within(form).getByLabelText('辟谣标题'), { target: { value: '南湖水库水质正常' } });
    fireEvent.click(within(form).getByRole('button', { name: '新建并关联' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('请填写标题、发布单位、发布渠道和发布时间。');
    expect(await store.repos.spread.allRefutations()).toEqual([]);
  });

  it('links an existing refutation to the original', async () => {
    await store.repos.spread.createRefutation(buildRefutation({ id: 'r-existing', title: '关于南湖水库水质的情况说明' }), analyst);
    const root = await seed();
    fireEvent.change(await screen.findByLabelText('选择已有辟谣'), { target: { value: 'r-existing' } });
    fireEvent.click(screen.getByRole('button', { name: '关联到原帖' }));
    await waitFor(async () =>
      expect((await store.repos.spread.refutationsFor([root.id])).map((found) => found.id)).toEqual(['r-existing']),
    );
    expect((await screen.findByTestId('linked-refutations')).textContent).toContain('关于南湖水库水质的情况说明');
  });
});
