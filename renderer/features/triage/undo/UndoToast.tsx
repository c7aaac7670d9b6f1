import { useEffect } from 'react';
import { useT } from '../../../i18n';
import { dismissToast, useUndoStore } from './undo-store';

// Long enough to read a Chinese sentence twice; errors stay until dismissed, since they ask for attention.
const TOAST_MS = 5_000;

export function UndoToast() {
  const t = useT();
  const toast = useUndoStore((state) => state.toast);
  useEffect(() => {
    if (!toast || toast.tone === 'error') return;
    const timer = window.setTimeout(() => dismissToast(toast.id), TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast]);
  if (!toast) return null;
  return (
    <div className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'} data-testid="toast">
      <span>{toast.text}</span>
      <button type="button" className="toast-close" aria-label={t('undo.closeToast')} onClick={() => dismissToast(toast.id)}>
        ×
      </button>
    </div>
  );
}
