// Two conditions that stop the analyst's work and must be seen: another window upgraded the database
// (this one may no longer write), and a write failed because the disk is full.
import { create } from 'zustand';
import { StorageFullError } from '../../db';
import { errorText } from '../../i18n';

interface ReliabilityState {
  /** another window upgraded the database; writes are refused until a reload */
  blockedByNewerWindow: boolean;
  /** the message of the last StorageFullError nobody else showed */
  storageFull: string | null;
}

export const useReliability = create<ReliabilityState>(() => ({ blockedByNewerWindow: false, storageFull: null }));

export function blockForNewerWindow(): void {
  useReliability.setState({ blockedByNewerWindow: true });
}

export function reportStorageFull(error: StorageFullError): void {
  useReliability.setState({ storageFull: errorText(error) });
}

export function dismissStorageFull(): void {
  useReliability.setState({ storageFull: null });
}

function isStorageFull(value: unknown): value is StorageFullError {
  return value instanceof StorageFullError || (value instanceof Error && value.name === 'StorageFullError');
}

/**
 * A full disk can fail any write, also one whose caller forgot to show errors: whatever is not handled
 * ends here and is shown. Returns the function that stops listening.
 */
export function watchUnhandledStorageErrors(target: Window = window): () => void {
  const onRejection = (event: PromiseRejectionEvent) => {
    if (!isStorageFull(event.reason)) return;
    event.preventDefault();
    reportStorageFull(event.reason);
  };
  const onError = (event: ErrorEvent) => {
    if (!isStorageFull(event.error)) return;
    event.preventDefault();
    reportStorageFull(event.error);
  };
  target.addEventListener('unhandledrejection', onRejection);
  target.addEventListener('error', onError);
  return () => {
    target.removeEventListener('unhandledrejection', onRejection);
    target.removeEventListener('error', onError);
  };
}
