import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDesk } from '../../../renderer/app/desk';
import type { DeskDatabase } from '../../../renderer/db';
import { createIndexRepository, type IndexRepository } from '../../../renderer/db/index-repository';
import { createInProcessEngine } from '../../../renderer/features/items/engine/engine-client';
import { IndexHost } from '../../../renderer/features/items/engine/index-host';
import { ItemsPage } from '../../../renderer/features/items/ItemsPage';
import { resetItemsStore, startItemsEngine, useItems } from '../../../renderer/features/items/items-store';
import { buildItem, buildProfile, resetBuilderSequence } from '../../builders';
import { beijingTime } from '../../builders/sequence';
import { analyst, openTestStore } from '../db/harness';
import { downgradeToStringIds } from './persisted-format';

let db: DeskDatabase | null = null;

beforeEach(() => {
  resetBuilderSequence();
  resetItemsStore();
  // jsdom lays nothing out: the list only needs the observer to exist
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
});

afterEach(() => {
  cleanup();
  resetItemsStore();
  vi.unstubAllGlobals();
  db?.close();
});

/** The index repository with the full build's reads held until `release` is called. */
function heldBuild(repo: IndexRepository): { repo: IndexRepository; release: () => void } {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  return {
    repo: {
      ...repo,
      itemsAfter: async (afterId, limit) => {
        await held;
        return repo.itemsAfter(afterId, limit);
      },
    },
    release,
  };
}

describe('opening the list on an index of the previous format', () => {
  it('shows the newest items from the store while the index is rebuilt, then the list', async () => {
    const store = await openTestStore('items-old-format');
    db = store.db;
    const items = [
      buildItem({ title: '较早的条目', reportedAt: beijingTime(60) }),
      buildItem({ title: '最新的条目', reportedAt: beijingTime(600) }),
      buildItem({ title: '中间的条目', reportedAt: beijingTime(300) }),
    ];
    await store.repos.items.bulkAdd(items, analyst);
    await new IndexHost(createIndexRepository(store.db), { persist: true }).open();
    await downgradeToStringIds(store);

    const { repo, release } = heldBuild(createIndexRepository(store.db));
    useDesk.setState({ phase: 'ready', repositories: store.repos, profile: buildProfile({ id: analyst.actor }) });
    const started = startItemsEngine({ create: () => createInProcessEngine(repo) });
    render(<ItemsPage />);

    expect(await screen.findByTestId('index-building')).toBeTruthy();
    const fallback = (await screen.findByText('最新报送的条目（索引建立中）')).closest('.fallback-list') as HTMLElement;
    await waitFor(() =>
      expect(
        within(fallback)
          .getAllByRole('row')
          .map((row) => row.textContent?.match(/..的条目/)?.[0]),
      ).toEqual(['最新的条目', '中间的条目', '较早的条目']),
    );

    release();
    await started;
    await waitFor(() => expect(screen.queryByTestId('index-building')).toBeNull());
    expect(useItems.getState().totals?.matching).toBe(3);
    expect(screen.queryByText('最新报送的条目（索引建立中）')).toBeNull();
    expect((await screen.findAllByTestId('item-row'))[0]?.getAttribute('data-item-id')).toBe(items[1]?.id);
  });
});
