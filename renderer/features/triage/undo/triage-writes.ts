// Every triage write from the UI goes through here: it runs the repository operation, puts it on the undo stack
// and turns a failure into a Chinese message instead of an unhandled rejection. The views holding item data
// refresh from the store's own store-changed event.
import type { Repositories, TriageResult } from '../../../db';
import { repositoriesOrThrow, writeContext } from '../../../workspace/desk';
import { errorReason, t, type PlainMessageKey } from '../../../i18n';
import { popRedoStep, popUndoStep, pushRedoStep, pushUndoStep, returnToUndoStack, showToast } from './undo-store';

export interface TriageWriteOptions {
  /** the toast after success; none when the change is visible where the analyst is looking */
  announce?: string;
}

/** One triage write against the repositories, under the acting person's context. */
export type TriageChange = (repositories: Repositories, ctx: { actor: string }) => Promise<TriageResult>;

export async function runTriageWrite(
  label: PlainMessageKey,
  count: number,
  write: TriageChange,
  options: TriageWriteOptions = {},
): Promise<TriageResult | null> {
  try {
    const result = await write(repositoriesOrThrow(), writeContext());
    if (result.seq !== null) {
      pushUndoStep({ seq: result.seq, label, count });
      if (options.announce) showToast(options.announce);
    }
    return result;
  } catch (error) {
    showToast(t('undo.failed', { reason: errorReason(error) }), 'error');
    return null;
  }
}

export async function undoLast(): Promise<void> {
  const step = popUndoStep();
  if (!step) {
    showToast(t('undo.nothingToUndo'));
    return;
  }
  try {
    const result = await repositoriesOrThrow().triage.revert(step.seq, writeContext());
    if (result.seq !== null) pushRedoStep({ ...step, seq: result.seq });
    showToast(
      step.count > 0 ? t('undo.undone', { label: t(step.label), count: step.count }) : t('undo.undoneOne', { label: t(step.label) }),
    );
  } catch (error) {
    showToast(t('undo.undoFailed', { reason: errorReason(error) }), 'error');
  }
}

export async function redoLast(): Promise<void> {
  const step = popRedoStep();
  if (!step) {
    showToast(t('undo.nothingToRedo'));
    return;
  }
  try {
    const result = await repositoriesOrThrow().triage.revert(step.seq, writeContext());
    if (result.seq !== null) returnToUndoStack({ ...step, seq: result.seq });
    showToast(
      step.count > 0 ? t('undo.redone', { label: t(step.label), count: step.count }) : t('undo.redoneOne', { label: t(step.label) }),
    );
  } catch (error) {
    showToast(t('undo.undoFailed', { reason: errorReason(error) }), 'error');
  }
}
