// The session's undo and redo stacks. They hold only audit sequence numbers and what to call the step: the
// change itself is read back from the audit chain when undone (renderer/db triage.revert), so what is undone is
// exactly what was recorded, and every undo is itself a new audited write.
import { create } from 'zustand';
import type { PlainMessageKey } from '../../../i18n';

export interface UndoStep {
  /** the audit entry to reverse */
  seq: number;
  /** what the analyst did, e.g. 'undo.label.tag' (批量打标签) */
  label: PlainMessageKey;
  /** how many items it touched, shown in the toast */
  count: number;
}

export type ToastTone = 'info' | 'error';

export interface Toast {
  id: number;
  text: string;
  tone: ToastTone;
}

interface UndoState {
  undoStack: UndoStep[];
  redoStack: UndoStep[];
  toast: Toast | null;
}

// Enough for a working session; older steps stay in the 操作日志 and can be looked up there.
const MAX_STEPS = 100;

export const useUndoStore = create<UndoState>(() => ({ undoStack: [], redoStack: [], toast: null }));

let toastCounter = 0;

export function showToast(text: string, tone: ToastTone = 'info'): void {
  toastCounter += 1;
  useUndoStore.setState({ toast: { id: toastCounter, text, tone } });
}

export function dismissToast(id: number): void {
  useUndoStore.setState((state) => (state.toast?.id === id ? { toast: null } : state));
}

/** A new command clears the redo stack, as in every editor: redo only replays what was just undone. */
export function pushUndoStep(step: UndoStep): void {
  useUndoStore.setState((state) => ({ undoStack: [...state.undoStack, step].slice(-MAX_STEPS), redoStack: [] }));
}

export function popUndoStep(): UndoStep | undefined {
  const step = useUndoStore.getState().undoStack.at(-1);
  if (step) useUndoStore.setState((state) => ({ undoStack: state.undoStack.slice(0, -1) }));
  return step;
}

export function popRedoStep(): UndoStep | undefined {
  const step = useUndoStore.getState().redoStack.at(-1);
  if (step) useUndoStore.setState((state) => ({ redoStack: state.redoStack.slice(0, -1) }));
  return step;
}

export function pushRedoStep(step: UndoStep): void {
  useUndoStore.setState((state) => ({ redoStack: [...state.redoStack, step].slice(-MAX_STEPS) }));
}

/** After an undo the step goes back to the undo stack without clearing redo (redo of a redo chain). */
export function returnToUndoStack(step: UndoStep): void {
  useUndoStore.setState((state) => ({ undoStack: [...state.undoStack, step].slice(-MAX_STEPS) }));
}

export function resetUndoHistory(): void {
  useUndoStore.setState({ undoStack: [], redoStack: [], toast: null });
}
