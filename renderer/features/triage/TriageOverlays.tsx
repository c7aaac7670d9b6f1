import { UndoToast } from './undo/UndoToast';
import { ActionDialog } from './assessment/ActionDialog';
import { AssessDialog } from './assessment/AssessDialog';
import { EventDialog } from './events/EventDialog';
import { RefutationDialog } from './refutations/RefutationDialog';
import { TagDialog } from './tags/TagDialog';
import { CommandPalette } from '../../commands/CommandPalette';
import { closeTriageDialog, useTriageDialog } from './dialog-store';

/** Mounted once in the shell: shows whichever of the triage commands' dialogs is open. */
export function TriageOverlays() {
  const open = useTriageDialog((state) => state.open);
  return (
    <>
      {open === 'palette' ? <CommandPalette onClose={closeTriageDialog} /> : null}
      {open === 'tag' ? <TagDialog /> : null}
      {open === 'assess' ? <AssessDialog /> : null}
      {open === 'action' ? <ActionDialog /> : null}
      {open === 'event' ? <EventDialog /> : null}
      {open === 'refutation' ? <RefutationDialog /> : null}
      <UndoToast />
    </>
  );
}
