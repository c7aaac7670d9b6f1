// The one modal the triage commands may have open at a time, and the items it acts on (fixed when it opens, so
// the selection changing underneath does not change what the dialog writes to).
import { create } from 'zustand';

export type TriageDialog = 'palette' | 'tag' | 'assess' | 'action' | 'event' | 'refutation';

interface DialogState {
  open: TriageDialog | null;
  targetIds: string[];
  /** where focus returns when the dialog closes */
  returnFocus: HTMLElement | null;
}

export const useTriageDialog = create<DialogState>(() => ({ open: null, targetIds: [], returnFocus: null }));

export function openTriageDialog(dialog: TriageDialog, targetIds: readonly string[] = []): void {
  const active = document.activeElement;
  useTriageDialog.setState({ open: dialog, targetIds: [...targetIds], returnFocus: active instanceof HTMLElement ? active : null });
}

export function closeTriageDialog(): void {
  const { returnFocus } = useTriageDialog.getState();
  useTriageDialog.setState({ open: null, targetIds: [], returnFocus: null });
  if (returnFocus?.isConnected) returnFocus.focus();
}
