// The triage commands, each defined once: the palette lists them, their shortcuts run them, and the buttons of
// the item detail and the pages call the same ids through runCommand.
import type { CommandBehaviour, CommandId } from '../../commands/registry';
import { navigate } from '../../workspace/router';
import { isTypingTarget } from '../../commands/shortcuts';
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

function dialogCommand(id: CommandId, dialog: TriageDialog): CommandBehaviour {
  return {
    id,
    isEnabled: () => noDialogOpen() && hasTriageTargets(),
    perform: () => openTriageDialog(dialog, triageTargetIds()),
  };
}

export const TRIAGE_COMMANDS: readonly CommandBehaviour[] = [
  {
    id: 'palette.open',
    isEnabled: () => useTriageDialog.getState().open === null,
    perform: () => openTriageDialog('palette'),
  },
  {
    id: 'edit.undo',
    isEnabled: () => noDialogOpen() && notTypingOutsidePalette() && useUndoStore.getState().undoStack.length > 0,
    perform: undoLast,
  },
  {
    id: 'edit.redo',
    isEnabled: () => noDialogOpen() && notTypingOutsidePalette() && useUndoStore.getState().redoStack.length > 0,
    perform: redoLast,
  },
  dialogCommand('items.tag', 'tag'),
  dialogCommand('items.assess', 'assess'),
  dialogCommand('items.recordAction', 'action'),
  dialogCommand('items.event', 'event'),
  dialogCommand('items.refutation', 'refutation'),
  { id: 'open.tags', perform: () => navigate('tags') },
  { id: 'open.events', perform: () => navigate('events') },
  { id: 'open.refutations', perform: () => navigate('refutations') },
];
