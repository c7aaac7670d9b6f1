import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMAND_IDS } from '../../../shared/commands/table';
import { registerAppCommands } from '../../../renderer/app/app-commands';
import { Shell } from '../../../renderer/app/Shell';
import { listCommands, useCommandStore } from '../../../renderer/commands/registry';
import { closeTriageDialog } from '../../../renderer/features/triage/dialog-store';
import { useItems } from '../../../renderer/features/items/items-store';
import { useDesk } from '../../../renderer/workspace/desk';
import { useRouter } from '../../../renderer/workspace/router';
import { openTestStore, type TestStore } from '../db/harness';

let store: TestStore;

beforeEach(async () => {
  store = await openTestStore('app-commands');
  useDesk.setState({ phase: 'ready', repositories: store.repos, profile: null });
  useCommandStore.setState({ commands: new Map() });
});

afterEach(() => {
  cleanup();
  closeTriageDialog();
  useItems.setState({ totals: null });
  store.db.close();
});

describe('the commands registered at start', () => {
  it('give every id of the command table its behaviour', () => {
    registerAppCommands();
    expect(
      listCommands()
        .map((command) => command.id)
        .sort(),
    ).toEqual([...COMMAND_IDS].sort());
  });

  it('offer the list exports in the palette before 统计 has ever been opened', () => {
    registerAppCommands();
    render(
      <Shell>
        <p>page</p>
      </Shell>,
    );
    useRouter.setState({ route: 'items' });
    useItems.setState({ totals: { matching: 3, indexed: 3, tookMs: 1 } });

    fireEvent.keyDown(window, { key: 'k', code: 'KeyK', ctrlKey: true });

    const palette = within(screen.getByTestId('command-palette'));
    expect(palette.getByText('导出当前条目列表为 Excel')).toBeTruthy();
    expect(palette.getByText('导出当前条目列表为 CSV（UTF-8）')).toBeTruthy();
    expect(palette.getByText('导出当前条目列表为 CSV（GB18030，旧版软件）')).toBeTruthy();
  });
});
