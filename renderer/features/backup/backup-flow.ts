// The manual backup and the restore as the analyst goes through them on 设置 → 备份与恢复:
// back up → save; restore → choose a file → verify the whole file → preview counts → confirm → restore.
import { create } from 'zustand';
import { BACKUP_EXTENSION, backupFileName, readBackup, type VerifiedBackup } from '../../../shared/backup';
import { writeContext } from '../../workspace/desk';
import { LATEST_SCHEMA_VERSION, StorageFullError, type Repositories, type RestoreMode } from '../../db';
import { errorReason, isMessageKey, t, useLocaleStore } from '../../i18n';
import { formatBytes, formatNumber } from '../../i18n/format';
import { toZonedIso } from '../../../shared/time';
import { platform } from '../../platform';
import { reportStorageFull } from './reliability-store';
import { yieldToUi } from '../audit';

export type BackupRepositories = Pick<Repositories, 'backup' | 'workspace'>;

export interface PendingRestore {
  fileName: string;
  backup: VerifiedBackup;
  /** rows per table now in the store, to show beside the backup's */
  current: Record<string, number>;
  workspaceEmpty: boolean;
}

type Notice = { kind: 'ok' | 'error'; text: string } | null;

interface BackupFlowState {
  /** what is running, already in words (with progress); null when idle */
  busy: string | null;
  notice: Notice;
  pending: PendingRestore | null;
  /** set after a restore: the page offers to reload */
  restored: boolean;
}

export const useBackupFlow = create<BackupFlowState>(() => ({ busy: null, notice: null, pending: null, restored: false }));

/** The day in the analyst's time zone, YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return toZonedIso(now.getTime(), useLocaleStore.getState().timeZone).slice(0, 10);
}

/** Reads the whole store into one .odbak; shared by the manual and the daily backup. */
export async function produceBackup(repositories: BackupRepositories, onProgress?: (text: string) => void) {
  const { version } = await platform().appInfo();
  return repositories.backup.export({
    appVersion: version,
    onProgress: ({ table, rows }) => onProgress?.(t('backup.exporting', { table: tableLabel(table), rows: formatNumber(rows) })),
  });
}

export function tableLabel(table: string): string {
  const key = `backup.table.${table}`;
  return isMessageKey(key) ? t(key) : table;
}

export async function backUpNow(repositories: BackupRepositories): Promise<void> {
  useBackupFlow.setState({ busy: t('backup.exporting', { table: '', rows: 0 }), notice: null });
  try {
    const { bytes, manifest } = await produceBackup(repositories, (busy) => useBackupFlow.setState({ busy }));
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    const result = await platform().saveFile({ suggestedName: backupFileName(today()), bytes });
    useBackupFlow.setState({
      notice: result.saved
        ? {
            kind: 'ok',
            text: t('backup.saved', {
              place: result.path ?? t('backup.savedDownload'),
              size: formatBytes(bytes.byteLength),
              count: formatNumber(rows),
            }),
          }
        : { kind: 'ok', text: t('backup.cancelled') },
    });
  } catch (error) {
    useBackupFlow.setState({ notice: { kind: 'error', text: t('backup.failed', { reason: errorReason(error) }) } });
  } finally {
    useBackupFlow.setState({ busy: null });
  }
}

/** Chooses a file and verifies all of it; a file that fails is refused here, before any write. */
export async function chooseBackupToRestore(repositories: BackupRepositories): Promise<void> {
  const [file] = await platform().openFiles({ multiple: false, filters: [{ name: t('backup.title'), extensions: [BACKUP_EXTENSION] }] });
  if (!file) return;
  await previewBackup(repositories, file.name, file.bytes);
}

export async function previewBackup(repositories: BackupRepositories, fileName: string, bytes: Uint8Array): Promise<void> {
  useBackupFlow.setState({ busy: t('backup.verifying'), notice: null, pending: null, restored: false });
  try {
    const backup = await readBackup(bytes, { currentSchemaVersion: LATEST_SCHEMA_VERSION, pause: yieldToUi });
    const [counts, workspaceEmpty] = await Promise.all([repositories.workspace.counts(), repositories.workspace.isEmpty()]);
    useBackupFlow.setState({ pending: { fileName, backup, current: counts, workspaceEmpty } });
  } catch (error) {
    useBackupFlow.setState({ notice: { kind: 'error', text: t('backup.refused', { file: fileName, reason: errorReason(error) }) } });
  } finally {
    useBackupFlow.setState({ busy: null });
  }
}

export function cancelRestore(): void {
  useBackupFlow.setState({ pending: null });
}

export async function confirmRestore(repositories: BackupRepositories): Promise<void> {
  const { pending } = useBackupFlow.getState();
  if (!pending) return;
  const mode: RestoreMode = pending.workspaceEmpty ? 'intoEmpty' : 'replace';
  useBackupFlow.setState({ busy: t('backup.restoring', { table: '', rows: 0, total: 0 }), notice: null });
  try {
    const summary = await repositories.backup.restore(pending.backup, writeContext(), {
      mode,
      fileName: pending.fileName,
      onProgress: ({ table, rows, total }) =>
        useBackupFlow.setState({
          busy: t('backup.restoring', { table: tableLabel(table), rows: formatNumber(rows), total: formatNumber(total) }),
        }),
    });
    const count = Object.values(summary.counts).reduce((sum, rows) => sum + rows, 0);
    useBackupFlow.setState({
      pending: null,
      restored: true,
      notice: { kind: 'ok', text: t('backup.restored', { count: formatNumber(count), seq: summary.auditSeq }) },
    });
  } catch (error) {
    if (error instanceof StorageFullError) reportStorageFull(error);
    useBackupFlow.setState({ notice: { kind: 'error', text: t('backup.restoreFailed', { reason: errorReason(error) }) } });
  } finally {
    useBackupFlow.setState({ busy: null });
  }
}
