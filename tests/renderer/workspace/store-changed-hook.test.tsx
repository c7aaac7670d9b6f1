import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useStoreChanged, type StoreTable } from '../../../renderer/workspace/store-changes';
import { buildItem, buildTag, buildWorkspace, resetBuilderSequence } from '../../builders';
import { analyst, openTestStore, type TestStore } from '../db/harness';

let store: TestStore;
let renders = 0;

function Watcher({ tables }: { tables: readonly StoreTable[] }) {
  const version = useStoreChanged(tables);
  renders += 1;
  return <p data-testid="version">{version}</p>;
}

const shown = () => Number(screen.getByTestId('version').textContent);

beforeEach(async () => {
  resetBuilderSequence();
  renders = 0;
  store = await openTestStore('store-changed-hook');
});

afterEach(() => {
  cleanup();
  store.db.close();
});

describe('useStoreChanged', () => {
  it('re-renders its screen for writes to the tables it watches, and only for those', async () => {
    render(<Watcher tables={['tags', 'events']} />);
    const first = shown();
    expect(renders).toBe(1);

    await act(() => store.repos.items.bulkAdd([buildItem(), buildItem()], analyst));
    await act(() => store.repos.settings.set('some.setting', 1, analyst));
    expect(renders).toBe(1);
    expect(shown()).toBe(first);

    await act(() => store.repos.tags.put(buildTag(), analyst));
    expect(renders).toBe(2);
    expect(shown()).toBeGreaterThan(first);
  });

  it('bumps for a write touching a watched table among others', async () => {
    render(<Watcher tables={['units']} />);
    const first = shown();
    await act(() => store.repos.network.saveRegistry({ units: [], reporters: [] }, analyst));
    // nothing was written, so nothing changed
    expect(shown()).toBe(first);
    await act(() => store.repos.workspace.load(buildWorkspace(), analyst));
    expect(shown()).toBe(first + 1);
    expect(renders).toBe(2);
  });
});
