import { useEffect } from 'react';
import { onTriageWrite } from './undo/triage-writes';
import { UndoToast } from './undo/UndoToast';
import { ActionDialog } from './assessment/ActionDialog';
import { AssessDialog } from './assessment/AssessDialog';
import { EventDialog } from './events/EventDialog';
import { refreshAfterWrite } from '../items/items-store';
import { RefutationDialog } from './refutations/RefutationDialog';
import { TagDialog } from './tags/TagDialog';
import { CommandPalette } from '../../commands/CommandPalette';
import { useTriageDialog } from './dialog-store';
import '../items/detail/detail.css';
import { installTriageCommands } from './triage-commands';

/** Mounted once in the shell: registers the triage commands and shows whichever of their dialogs is open. */
export function TriageOverlays() {
  const open = useTriageDialog((state) => state.open);
  useEffect(() => installTriageCommands(), []);
  // The list, its facets and the search index follow every triage write, undo and redo.
  useEffect(() => onTriageWrite((ids) => void refreshAfterWrite(ids)), []);
  return (
    <>
      {open === 'palette' ? <CommandPalette /> : null}
      {open === 'tag' ? <TagDialog /> : null}
      {open === 'assess' ? <AssessDialog /> : null}
      {open === 'action' ? <ActionDialog /> : null}
      {open === 'event' ? <EventDialog /> : null}
      {open === 'refutation' ? <RefutationDialog /> : null}
      <UndoToast />
    </>
  );
}
