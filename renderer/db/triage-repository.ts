// The analyst's triage operations: tagging, assessment, actions and status, duplicate merge and dismissal, tag
// rename/merge/delete, events and refutations, and undo/redo. Each operation is ONE audited write — one
// transaction, one audit entry holding every record it changed in every table (StoredTableChanges) — so the
// history shows one line per thing the analyst did, and one undo reverses exactly that.
import { RUMOUR_VERACITIES } from '../../shared/triage';
import type { WriteScope } from './audited-write';
import { createEventRepository } from './event-repository';
import { createItemTriageRepository } from './item-triage-repository';
import { createRefutationRepository } from './refutation-repository';
import { createTagRepository } from './tag-repository';
import { createTriageOperations } from './triage-operation';
import { createUndoRepository } from './undo-repository';

export { InvalidTriageInputError, type TriageResult } from './triage-operation';
export type { ActionDraft, AssessmentPatch } from './item-triage-repository';
export type { RefutationDraft } from './refutation-repository';
export { NothingToUndoError, UndoConflictError } from './undo-repository';

export function createTriageRepository(scope: WriteScope) {
  const operations = createTriageOperations(scope);
  return {
    ...createItemTriageRepository(operations),
    ...createTagRepository(operations),
    ...createEventRepository(operations),
    ...createRefutationRepository(operations),
    ...createUndoRepository(operations),
  };
}

export type TriageRepository = ReturnType<typeof createTriageRepository>;

/** Veracities answered by a refutation: re-exported for the pages that list rumours. */
export { RUMOUR_VERACITIES };
