// What other parts of the renderer may use from triage: everything else in the folder is its own.
export { TriageOverlays } from './TriageOverlays';
export { ActionForm } from './assessment/ActionForm';
export { AssessmentFields, draftFromValues, patchFromDraft, type AssessmentDraft } from './assessment/AssessmentFields';
export { openTriageDialog } from './dialog-store';
export { TRIAGE_COMMANDS } from './triage-commands';
export { formatDuration } from './duration';
export { TagChip } from './tags/TagChip';
export { provideTriageTargets, triageTargetIds } from './targets';
export { runTriageWrite } from './undo/triage-writes';
export { showToast } from './undo/undo-store';
