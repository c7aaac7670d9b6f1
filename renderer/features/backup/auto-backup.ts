// The daily backup in Electron: once at start (after the first screen has settled) and then every hour,
// a backup is made unless the folder already holds today's. The bytes are made here; main writes and
// rotates them (electron/main/backup.ts).
import { create } from 'zustand';
import type { BackupFolderStatus } from '../../../shared/ipc';
import { errorReason, errorText, t } from '../../i18n';
import { platform } from '../../platform';
import { produceBackup, today, type BackupRepositories } from './backup-flow';

const FIRST_CHECK_AFTER_MS = 60_000;
const CHECK_EVERY_MS = 60 * 60_000;

interface AutoBackupState {
  status: BackupFolderStatus | null;
  running: boolean;
  /** why the last automatic backup failed; null after a success */
  problem: string | null;
}

export const useAutoBackup = create<AutoBackupState>(() => ({ status: null, running: false, problem: null }));

export function autoBackupAvailable(): boolean {
  return platform().host === 'electron';
}

export async function refreshAutoBackupStatus(): Promise<void> {
  if (!autoBackupAvailable()) return;
  try {
    useAutoBackup.setState({ status: await platform().backupStatus() });
  } catch (error) {
    useAutoBackup.setState({ problem: errorText(error) });
  }
}

/** Makes today's backup unless the folder has it. */
export async function runDailyBackup(repositories: BackupRepositories, day = today()): Promise<void> {
  if (useAutoBackup.getState().running) return;
  useAutoBackup.setState({ running: true });
  try {
    const status = await platform().backupStatus();
    if (status.backups.some((backup) => backup.day === day)) {
      useAutoBackup.setState({ status, problem: null });
      return;
    }
    const { bytes } = await produceBackup(repositories);
    await platform().backupWriteDaily({ day, bytes });
    useAutoBackup.setState({ status: await platform().backupStatus(), problem: null });
  } catch (error) {
    useAutoBackup.setState({ problem: t('backup.autoFailed', { reason: errorReason(error) }) });
  } finally {
    useAutoBackup.setState({ running: false });
  }
}

/** Returns the function that stops the schedule. */
export function scheduleDailyBackups(repositories: BackupRepositories): () => void {
  if (!autoBackupAvailable()) return () => undefined;
  const first = window.setTimeout(() => void runDailyBackup(repositories), FIRST_CHECK_AFTER_MS);
  const every = window.setInterval(() => void runDailyBackup(repositories), CHECK_EVERY_MS);
  return () => {
    window.clearTimeout(first);
    window.clearInterval(every);
  };
}
