import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useRouter } from '../../../renderer/workspace/router';
import { Shell } from '../../../renderer/app/Shell';
import { registerAppCommands } from '../../../renderer/app/app-commands';
import { enabledCommands, listCommands, runCommand } from '../../../renderer/commands/registry';
import { useItems } from '../../../renderer/features/items/items-store';
import { buildItem } from '../../builders';
import { analyst, type TestStore } from '../db/harness';
import { useDeskStore } from '../desk-store';

let store: TestStore;

useDeskStore('not-opinion-shell', (opened) => (store = opened));

beforeEach(() => {
  useItems.setState({ selectedIds: new Set(), openedId: null, focusedId: null });
});

afterEach(() => cleanup());

describe('the 非舆情 commands in the shell', () => {
  it('are registered at start and mark what the item list has selected', async () => {
    const items = [buildItem(), buildItem(), buildItem()];
    await store.repos.items.bulkAdd(items, analyst);
    registerAppCommands();
    render(
      <Shell>
        <p>page</p>
      </Shell>,
    );
    expect(listCommands().map((command) => command.id)).toEqual(expect.arrayContaining(['items.markNotOpinion', 'items.unmarkNotOpinion']));

    useRouter.setState({ route: 'items' });
    useItems.setState({ selectedIds: new Set([items[0]!.id, items[1]!.id]) });
    expect(await runCommand('items.markNotOpinion')).toBe(true);
    expect((await store.repos.items.getMany(items.map((item) => item.id))).map((item) => item?.notOpinion)).toEqual([true, true, false]);

    // Away from the list its selection is out of sight, so the palette does not offer to mark it.
    useRouter.setState({ route: 'units' });
    expect(enabledCommands().map((command) => command.id)).not.toContain('items.unmarkNotOpinion');
  });
});
