// The list's keyboard commands, registered by the shell at start and enabled while the items page is shown:
// defined once here, so the palette lists them with their keys and the shortcut dispatcher runs them.
import type { CommandBehaviour, CommandId } from '../../commands/registry';
import { useRouter } from '../../workspace/router';
import { closeItem, focusRow, moveFocus, openItem, toggleSelected, useItems } from './items-store';

export const SEARCH_INPUT_ID = 'items-search';

/** List keys act only on the items page, when no dialog is open and focus is not on a control that uses the same key. */
function listHasKeys(): boolean {
  if (useRouter.getState().route !== 'items') return false;
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

function listCommand(id: CommandId, perform: () => void, enabled: () => boolean = hasRows): CommandBehaviour {
  return { id, isEnabled: () => listHasKeys() && enabled(), perform };
}

function toggleFocused(): void {
  const { focusedId, focusedIndex } = useItems.getState();
  if (focusedId) toggleSelected(focusedId, focusedIndex);
}

function openFocused(): void {
  const { focusedId } = useItems.getState();
  if (focusedId) openItem(focusedId);
}

export const LIST_COMMANDS: readonly CommandBehaviour[] = [
  listCommand('items.next', () => moveFocus(1)),
  listCommand('items.nextArrow', () => moveFocus(1)),
  listCommand('items.prev', () => moveFocus(-1)),
  listCommand('items.prevArrow', () => moveFocus(-1)),
  listCommand('items.pageDown', () => moveFocus(PAGE_ROWS)),
  listCommand('items.pageUp', () => moveFocus(-PAGE_ROWS)),
  listCommand('items.first', () => focusRow(0)),
  listCommand('items.last', () => focusRow(Number.MAX_SAFE_INTEGER)),
  listCommand('items.toggleSelect', toggleFocused),
  listCommand('items.open', openFocused),
  listCommand(
    'items.closeDetail',
    () => closeItem(),
    () => useItems.getState().openedId !== null,
  ),
  {
    id: 'items.search',
    isEnabled: () => useRouter.getState().route === 'items',
    perform: () => {
      const input = document.getElementById(SEARCH_INPUT_ID) as HTMLInputElement | null;
      input?.focus();
      input?.select();
    },
  },
];
