import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDesk } from '../../../renderer/workspace/desk';
import { createIndexRepository } from '../../../renderer/db/index-repository';
import { createInProcessEngine } from '../../../renderer/features/items/engine/engine-client';
import { IndexHost } from '../../../renderer/features/items/engine/index-host';
import { ItemsPage } from '../../../renderer/features/items/ItemsPage';
import { startItemsEngine, useItems } from '../../../renderer/features/items/items-store';
import { buildItem, buildProfile } from '../../builders';
import { beijingTime } from '../../builders/sequence';
import { analyst, openTestStore } from '../db/harness';
import { holdRead, itemsPageHooks } from './page-harness';
import { downgradeToStringIds } from './persisted-format';

const page = itemsPageHooks();

describe('opening the list on an index of the previous format', () => {
  it('shows the newest items from the store while the index is rebuilt, then the list', async () => {
    const store = await openTestStore('items-old-format');
    page.keep(store.db);
    const items = [
      buildItem({ title: '较早的条目', reportedAt: beijingTime(60) }),
      buildItem({ title: '最新的条目', reportedAt: beijingTime(600) }),
      buildItem({ title: '中间的条目', reportedAt: beijingTime(300) }),
    ];
    await store.repos.items.bulkAdd(items, analyst);
    await new IndexHost(createIndexRepository(store.db), { persist: true }).open();
    await downgradeToStringIds(store);

    const { repo, release } = holdRead(createIndexRepository(store.db), 'itemsAfter');
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
    // rows show as placeholders until their window arrives
    await waitFor(() => expect(screen.getAllByTestId('item-row')[0]?.getAttribute('data-item-id')).toBe(items[1]?.id));
  });
});
