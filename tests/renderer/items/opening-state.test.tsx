import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDesk } from '../../../renderer/workspace/desk';
import { createIndexRepository } from '../../../renderer/db/index-repository';
import { createInProcessEngine } from '../../../renderer/features/items/engine/engine-client';
import { IndexHost } from '../../../renderer/features/items/engine/index-host';
import { ItemsPage } from '../../../renderer/features/items/ItemsPage';
import { startItemsEngine } from '../../../renderer/features/items/items-store';
import { buildItem, buildProfile } from '../../builders';
import { analyst, openTestStore } from '../db/harness';
import { holdRead, itemsPageHooks } from './page-harness';

const page = itemsPageHooks();

describe('the items page while the index opens', () => {
  it('says it is loading, with facets counting rather than empty, until the first result', async () => {
    const store = await openTestStore('items-opening');
    page.keep(store.db);
    await store.repos.items.bulkAdd(
      [buildItem({ title: '第一条', status: 'new' }), buildItem({ title: '第二条', status: 'assessed' })],
      analyst,
    );
    await new IndexHost(createIndexRepository(store.db), { persist: true }).open();

    const { repo, release } = holdRead(createIndexRepository(store.db), 'loadMeta');
    useDesk.setState({ phase: 'ready', repositories: store.repos, profile: buildProfile({ id: analyst.actor }) });
    const started = startItemsEngine({ create: () => createInProcessEngine(repo) });
    render(<ItemsPage />);

    expect((await screen.findByTestId('items-opening')).textContent).toBe('正在载入索引…');
    const statusFacet = screen.getByTestId('facet-status');
    expect(within(statusFacet).getByText('正在统计…')).toBeTruthy();
    expect(screen.queryByText('当前条件下无可选值')).toBeNull();

    release();
    await started;
    await waitFor(() => expect(screen.queryByTestId('items-opening')).toBeNull());
    expect(await screen.findAllByTestId('item-row')).toHaveLength(2);
    // the counts are drawn after the list (a deferred render)
    expect(await within(screen.getByTestId('facet-status')).findByText('待研判')).toBeTruthy();
    expect(within(screen.getByTestId('facet-status')).queryByText('正在统计…')).toBeNull();
  });
});
