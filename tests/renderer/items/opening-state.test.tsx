import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDesk } from '../../../renderer/app/desk';
import type { DeskDatabase } from '../../../renderer/db';
import { createIndexRepository, type IndexRepository } from '../../../renderer/db/index-repository';
import { createInProcessEngine } from '../../../renderer/features/items/engine/engine-client';
import { IndexHost } from '../../../renderer/features/items/engine/index-host';
import { ItemsPage } from '../../../renderer/features/items/ItemsPage';
import { resetItemsStore, startItemsEngine } from '../../../renderer/features/items/items-store';
import { buildItem, buildProfile, resetBuilderSequence } from '../../builders';
import { analyst, openTestStore } from '../db/harness';

let db: DeskDatabase | null = null;

beforeEach(() => {
  resetBuilderSequence();
  resetItemsStore();
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

/** The persisted index, read only once `release` is called. */
function heldOpen(repo: IndexRepository): { repo: IndexRepository; release: () => void } {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  return {
    repo: {
      ...repo,
      loadMeta: async () => {
        await held;
        return repo.loadMeta();
      },
    },
    release,
  };
}

describe('the items page while the index opens', () => {
  it('says it is loading, with facets counting rather than empty, until the first result', async () => {
    const store = await openTestStore('items-opening');
    db = store.db;
    await store.repos.items.bulkAdd(
      [buildItem({ title: '第一条', status: 'new' }), buildItem({ title: '第二条', status: 'assessed' })],
      analyst,
    );
    await new IndexHost(createIndexRepository(store.db), { persist: true }).open();

    const { repo, release } = heldOpen(createIndexRepository(store.db));
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
    expect(within(screen.getByTestId('facet-status')).queryByText('正在统计…')).toBeNull();
    expect(within(screen.getByTestId('facet-status')).getByText('待研判')).toBeTruthy();
  });
});
