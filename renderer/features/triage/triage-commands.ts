// The triage commands, each defined once: the palette lists them, their shortcuts run them, and the buttons of
// the item detail and the pages call the same ids through runCommand.
import { registerCommands, type Command } from '../../commands/registry';
import { navigate } from '../../workspace/router';
import { isTypingTarget } from '../../commands/shortcuts';
import { ROUTES } from '../../workspace/routes';
import type { PlainMessageKey } from '../../i18n';
import { redoLast, undoLast } from './undo/triage-writes';
import { useUndoStore } from './undo/undo-store';
import { openTriageDialog, useTriageDialog, type TriageDialog } from './dialog-store';
import { hasTriageTargets, triageTargetIds } from './targets';

// The palette does not count as an open dialog: it lists the commands it will run once it has closed.
const noDialogOpen = () => {
  const open = useTriageDialog.getState().open;
  return open === null || open === 'palette';
};

// Ctrl+Z in a text field undoes typing there, not the last triage step.
const notTypingOutsidePalette = () => useTriageDialog.getState().open === 'palette' || !isTypingTarget(document.activeElement);

function dialogCommand(id: string, label: PlainMessageKey, shortcut: string, dialog: TriageDialog): Command {
  return {
    id,
    label,
    group: 'commands.group.items',
    shortcut,
    isEnabled: () => noDialogOpen() && hasTriageTargets(),
    perform: () => openTriageDialog(dialog, triageTargetIds()),
  };
}

export const TRIAGE_COMMANDS: readonly Command[] = [
  {
    id: 'palette.open',
    label: 'commands.palette',
    group: 'commands.group.general',
    shortcut: 'Mod+K',
    isEnabled: () => useTriageDialog.getState().open === null,
    perform: () => openTriageDialog('palette'),
  },
  {
    id: 'edit.undo',
    label: 'commands.undo',
    group: 'commands.group.general',
    shortcut: 'Mod+Z',
    isEnabled: () => noDialogOpen() && notTypingOutsidePalette() && useUndoStore.getState().undoStack.length > 0,
    perform: undoLast,
  },
  {
    id: 'edit.redo',
    label: 'commands.redo',
    group: 'commands.group.general',
    shortcut: 'Shift+Mod+Z',
    isEnabled: () => noDialogOpen() && notTypingOutsidePalette() && useUndoStore.getState().redoStack.length > 0,
    perform: redoLast,
  },
  dialogCommand('items.tag', 'commands.tag', 't', 'tag'),
  dialogCommand('items.assess', 'commands.assess', 'a', 'assess'),
  dialogCommand('items.recordAction', 'commands.recordAction', 'r', 'action'),
  dialogCommand('items.event', 'commands.event', 'e', 'event'),
  dialogCommand('items.refutation', 'commands.refutation', 'p', 'refutation'),
  { id: 'open.tags', label: 'commands.openTags', group: 'commands.group.navigate', perform: () => navigate('tags') },
  { id: 'open.events', label: 'commands.openEvents', group: 'commands.group.navigate', perform: () => navigate('events') },
  { id: 'open.refutations', label: 'commands.openRefutations', group: 'commands.group.navigate', perform: () => navigate('refutations') },
  // The navigation's Alt+digit shortcuts, as commands so the palette lists every page with its key.
  ...ROUTES.map((route): Command => ({
    id: `open.${route.id}`,
    label: route.label,
    group: 'commands.group.navigate',
    shortcut: `Alt+${route.shortcutDigit}`,
    perform: () => navigate(route.id),
  })),
];

export function installTriageCommands(): () => void {
  return registerCommands(TRIAGE_COMMANDS);
}
