import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { simhash64 } from '../../../shared/import';
import type { Item } from '../../../shared/domain/types';
import { useDesk } from '../../../renderer/workspace/desk';
import { ItemDetail } from '../../../renderer/features/items/detail/ItemDetail';
import { undoLast } from '../../../renderer/features/triage/undo/triage-writes';
import { resetUndoHistory, useUndoStore } from '../../../renderer/features/triage/undo/undo-store';
import type { DeskDatabase, Repositories } from '../../../renderer/db';
import { buildItem, buildProfile, resetBuilderSequence } from '../../builders';
import { analyst, openTestStore } from '../db/harness';

const STORY = '网传某旗明日起全面停止集中供暖，供热公司称系管网检修，正常供暖不受影响';
// fake-indexeddb on a loaded machine can take seconds to re-read after a write
const SLOW_STORE = { timeout: 10_000 };

let db: DeskDatabase;
let repos: Repositories;
let shown: Item;
let copy: Item;
let unrelated: Item;

beforeEach(async () => {
  resetBuilderSequence();
  resetUndoHistory();
  ({ db, repos } = await openTestStore('detail-duplicates'));
  // the same story reported by two feeds a few hours apart, and an unrelated item in between
  shown = buildItem({ title: '网传停止供暖', content: STORY, simhash: simhash64(STORY), feeds: ['cac'] });
  unrelated = buildItem({
    title: '某路段施工',
    content: '某路段夜间施工噪音扰民，多名居民投诉。',
    simhash: simhash64('某路段夜间施工噪音扰民'),
  });
  const reported = buildItem({ title: '转：网传停止供暖', content: `${STORY}。`, simhash: simhash64(`${STORY}。`), feeds: ['police'] });
  copy = {
    ...reported,
    provenance: [{ batchId: null, feed: 'police', file: '网安通报.xlsx', sheet: '转发', row: 7, reportedAt: reported.reportedAt }],
  };
  await repos.items.bulkAdd([shown, unrelated, copy], analyst);
  const profile = buildProfile({ id: analyst.actor, name: '王晓燕' });
  await db.profiles.add(profile);
  useDesk.setState({ phase: 'ready', repositories: repos, profile });
});

afterEach(() => {
  cleanup();
  db.close();
});

async function duplicatesSection() {
  await screen.findByTestId('item-detail', {}, SLOW_STORE);
  return within(screen.getByTestId('detail-duplicates'));
}

describe('suspected duplicates in the item detail', () => {
  it('lists the near copy, not the unrelated item, with its difference', async () => {
    render(<ItemDetail itemId={shown.id} highlight={[]} />);
    const section = await duplicatesSection();
    const entries = section.getAllByRole('listitem');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.textContent).toContain('转：网传停止供暖');
    expect(entries[0]?.textContent).toMatch(/差异 \d+\/64/);
  });

  it('合并到本条 folds the copy into the shown item: its feed and report stay, the copy is gone, and undo brings it back', async () => {
    render(<ItemDetail itemId={shown.id} highlight={[]} />);
    const section = await duplicatesSection();

    fireEvent.click(section.getByRole('button', { name: '合并到本条' }));

    await waitFor(
      () => expect(screen.getByTestId('detail-duplicates').textContent).toContain('前后三天内没有内容相近的条目。'),
      SLOW_STORE,
    );
    expect(await repos.items.get(copy.id)).toBeUndefined();
    const kept = await repos.items.get(shown.id);
    expect(kept?.feeds).toEqual(['cac', 'police']);
    expect(kept?.provenance.map((row) => row.file)).toEqual(['网信办日报.xlsx', '网安通报.xlsx']);
    expect(useUndoStore.getState().toast?.text).toBe('已合并：来源渠道和报送记录都保留在本条');
    expect(within(screen.getByTestId('detail-provenance')).getByText('网安通报.xlsx')).toBeTruthy();
    expect(await repos.items.get(unrelated.id)).toBeDefined();

    await undoLast();
    expect((await repos.items.get(copy.id))?.title).toBe('转：网传停止供暖');
    expect((await repos.items.get(shown.id))?.feeds).toEqual(['cac']);
  });

  it('不是重复 keeps both items and stops suggesting the pair from either side', async () => {
    render(<ItemDetail itemId={shown.id} highlight={[]} />);
    const section = await duplicatesSection();

    fireEvent.click(section.getByRole('button', { name: '不是重复' }));

    await waitFor(
      () => expect(screen.getByTestId('detail-duplicates').textContent).toContain('前后三天内没有内容相近的条目。'),
      SLOW_STORE,
    );
    expect((await repos.items.get(shown.id))?.notDuplicateOf).toEqual([copy.id]);
    expect((await repos.items.get(copy.id))?.notDuplicateOf).toEqual([shown.id]);
    cleanup();

    render(<ItemDetail itemId={copy.id} highlight={[]} />);
    expect((await duplicatesSection()).queryAllByRole('listitem')).toHaveLength(0);
    expect((await repos.items.get(copy.id))?.feeds).toEqual(['police']);
  });
});
