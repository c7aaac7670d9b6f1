// The list's keyboard commands, registered while the items page is shown: defined once here, so the
// palette lists them with their keys and the shortcut dispatcher runs them.
import { registerCommands, type Command } from '../../commands/registry';
import type { PlainMessageKey } from '../../i18n';
import { closeItem, focusRow, moveFocus, openItem, toggleSelected, useItems } from './items-store';

export const SEARCH_INPUT_ID = 'items-search';

/** List keys act only when no dialog is open and focus is not on a control that uses the same key. */
function listHasKeys(): boolean {
  if (document.querySelector('[role="dialog"]')) return false;
  const active = document.activeElement;
  if (!active || active === document.body) return true;
  if (active.closest('.item-list')) return true;
  return !active.closest('button, a, summary, [role="separator"], input, select, textarea, [contenteditable="true"]');
}

function hasRows(): boolean {
  return (useItems.getState().totals?.matching ?? 0) > 0;
}

const PAGE_ROWS = 15;

function listCommand(id: string, label: PlainMessageKey, shortcut: string, perform: () => void, enabled: () => boolean = hasRows): Command {
  return { id, label, group: 'commands.group.list', shortcut, isEnabled: () => listHasKeys() && enabled(), perform };
}

function toggleFocused(): void {
  const { focusedId, focusedIndex } = useItems.getState();
  if (focusedId) toggleSelected(focusedId, focusedIndex);
}

function openFocused(): void {
  const { focusedId } = useItems.getState();
  if (focusedId) openItem(focusedId);
}

export const LIST_COMMANDS: readonly Command[] = [
  listCommand('items.next', 'items.cmd.next', 'j', () => moveFocus(1)),
  listCommand('items.nextArrow', 'items.cmd.next', 'ArrowDown', () => moveFocus(1)),
  listCommand('items.prev', 'items.cmd.prev', 'k', () => moveFocus(-1)),
  listCommand('items.prevArrow', 'items.cmd.prev', 'ArrowUp', () => moveFocus(-1)),
  listCommand('items.pageDown', 'items.cmd.pageDown', 'PageDown', () => moveFocus(PAGE_ROWS)),
  listCommand('items.pageUp', 'items.cmd.pageUp', 'PageUp', () => moveFocus(-PAGE_ROWS)),
  listCommand('items.first', 'items.cmd.first', 'Home', () => focusRow(0)),
  listCommand('items.last', 'items.cmd.last', 'End', () => focusRow(Number.MAX_SAFE_INTEGER)),
  listCommand('items.toggleSelect', 'items.cmd.toggleSelect', 'x', toggleFocused),
  listCommand('items.open', 'items.cmd.open', 'Enter', openFocused),
  listCommand(
    'items.closeDetail',
    'items.cmd.close',
    'Escape',
    () => closeItem(),
    () => useItems.getState().openedId !== null,
  ),
  {
    id: 'items.search',
    label: 'items.cmd.search',
    group: 'commands.group.list',
    shortcut: '/',
    perform: () => {
      const input = document.getElementById(SEARCH_INPUT_ID) as HTMLInputElement | null;
      input?.focus();
      input?.select();
    },
  },
];

export function installListCommands(): () => void {
  return registerCommands(LIST_COMMANDS);
}
