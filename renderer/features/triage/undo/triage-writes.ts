// Every triage write from the UI goes through here: it runs the repository operation, puts it on the undo stack
// and turns a failure into a Chinese message instead of an unhandled rejection. The views holding item data
// refresh from the store's own store-changed event.
import type { Repositories, TriageResult } from '../../../db';
import { repositoriesOrThrow, writeContext } from '../../../workspace/desk';
import { errorReason, t, type PlainMessageKey } from '../../../i18n';
import { popRedoStep, popUndoStep, pushRedoStep, pushUndoStep, returnToUndoStack, showToast, type UndoStep } from './undo-store';

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

/** Undo and redo are the same move in opposite directions: take a step off one stack, revert it, keep the revert on the other. */
interface RevertDirection {
  take: () => UndoStep | undefined;
  keep: (step: UndoStep) => void;
  nothingLeft: PlainMessageKey;
  done: (label: string, count: number) => string;
}

const UNDO: RevertDirection = {
  take: popUndoStep,
  keep: pushRedoStep,
  nothingLeft: 'undo.nothingToUndo',
  done: (label, count) => (count > 0 ? t('undo.undone', { label, count }) : t('undo.undoneOne', { label })),
};

const REDO: RevertDirection = {
  take: popRedoStep,
  keep: returnToUndoStack,
  nothingLeft: 'undo.nothingToRedo',
  done: (label, count) => (count > 0 ? t('undo.redone', { label, count }) : t('undo.redoneOne', { label })),
};

async function revertLast(direction: RevertDirection): Promise<void> {
  const step = direction.take();
  if (!step) {
    showToast(t(direction.nothingLeft));
    return;
  }
  try {
    const result = await repositoriesOrThrow().triage.revert(step.seq, writeContext());
    if (result.seq !== null) direction.keep({ ...step, seq: result.seq });
    showToast(direction.done(t(step.label), step.count));
  } catch (error) {
    showToast(t('undo.undoFailed', { reason: errorReason(error) }), 'error');
  }
}

export function undoLast(): Promise<void> {
  return revertLast(UNDO);
}

export function redoLast(): Promise<void> {
  return revertLast(REDO);
}
