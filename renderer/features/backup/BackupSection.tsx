import { useEffect, useState } from 'react';
import { useDesk } from '../../workspace/desk';
import { errorText, useLocaleStore, useT } from '../../i18n';
import { formatBytes, formatDateTime, formatNumber } from '../../i18n/format';
import { platform } from '../../platform';
import { autoBackupAvailable, refreshAutoBackupStatus, useAutoBackup } from './auto-backup';
import {
  backUpNow,
  cancelRestore,
  chooseBackupToRestore,
  confirmRestore,
  tableLabel,
  useBackupFlow,
  type PendingRestore,
} from './backup-flow';
import type { DailyBackupFile } from '../../../shared/ipc';
import { Table, type TableColumn } from '../../ui/Table';
import './backup.css';

type BackupTable = PendingRestore['backup']['manifest']['tables'][number];

const AUTO_BACKUP_COLUMNS: readonly TableColumn<DailyBackupFile>[] = [
  { heading: 'backup.autoFile', cell: (backup) => backup.name },
  { heading: 'audit.at', cell: (backup) => formatDateTime(backup.modifiedAt) },
  { heading: { numeric: 'backup.autoSize' }, cell: (backup) => formatBytes(backup.size) },
];

/** 设置 → 备份与恢复 */
export function BackupSection() {
  const t = useT();
  useLocaleStore((state) => state.locale);
  const repositories = useDesk((state) => state.repositories);
  const { busy, notice, pending, restored } = useBackupFlow();
  if (!repositories) return null;

  return (
    <section className="backup-section" aria-labelledby="backup-title" data-testid="backup-section">
      <h2 className="section-title" id="backup-title">
        {t('backup.title')}
      </h2>
      <p className="hint">{t('backup.intro')}</p>
      <div className="backup-actions">
        <button type="button" className="button" disabled={busy !== null} onClick={() => void backUpNow(repositories)}>
          {t('backup.now')}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={busy !== null}
          onClick={() => void chooseBackupToRestore(repositories)}
        >
          {t('backup.restore')}
        </button>
        {busy ? (
          <span className="backup-busy" role="status">
            {busy}
          </span>
        ) : null}
      </div>
      {notice ? (
        <p className={`backup-notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="backup-notice">
          {notice.text}
        </p>
      ) : null}
      {restored ? (
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('backup.reload')}
        </button>
      ) : null}
      {pending ? <RestorePreview pending={pending} busy={busy !== null} onConfirm={() => void confirmRestore(repositories)} /> : null}
      <AutoBackup />
    </section>
  );
}

function RestorePreview({ pending, busy, onConfirm }: { pending: PendingRestore; busy: boolean; onConfirm: () => void }) {
  const t = useT();
  const [understood, setUnderstood] = useState(false);
  const { manifest } = pending.backup;
  const total = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  const auditRows = manifest.tables.find((table) => table.name === 'auditLog')?.rows ?? 0;
  const canConfirm = !busy && (pending.workspaceEmpty || understood);
  const previewColumns: readonly TableColumn<BackupTable>[] = [
    { heading: 'backup.previewTable', cell: (table) => tableLabel(table.name) },
    { heading: { numeric: 'backup.previewBackup' }, cell: (table) => formatNumber(table.rows) },
    { heading: { numeric: 'backup.previewCurrent' }, cell: (table) => formatNumber(pending.current[table.name] ?? 0) },
  ];
  return (
    <div className="backup-preview" data-testid="restore-preview">
      <h3>{t('backup.previewTitle', { file: pending.fileName })}</h3>
      <p className="muted">
        {t('backup.previewMeta', {
          createdAt: formatDateTime(manifest.createdAt),
          version: manifest.appVersion,
          audit: formatNumber(auditRows),
        })}
      </p>
      <Table
        rows={manifest.tables}
        columns={previewColumns}
        rowKey={(table) => table.name}
        className="compact"
        closingRows={
          <tr>
            <th scope="row">{t('backup.total')}</th>
            <td className="numeric">{formatNumber(total)}</td>
            <td className="numeric">{formatNumber(manifest.tables.reduce((sum, table) => sum + (pending.current[table.name] ?? 0), 0))}</td>
          </tr>
        }
      />
      {pending.workspaceEmpty ? (
        <p>{t('backup.modeEmpty')}</p>
      ) : (
        <>
          <p className="backup-warning">{t('backup.modeReplace')}</p>
          <label className="checkbox">
            <input type="checkbox" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} />
            {t('backup.confirmReplace')}
          </label>
        </>
      )}
      <div className="backup-actions">
        <button type="button" className="button" disabled={!canConfirm} onClick={onConfirm}>
          {t('backup.confirm')}
        </button>
        <button type="button" className="button secondary" disabled={busy} onClick={cancelRestore}>
          {t('backup.cancel')}
        </button>
      </div>
    </div>
  );
}

function AutoBackup() {
  const t = useT();
  const { status, problem } = useAutoBackup();
  const [keepError, setKeepError] = useState<string | null>(null);
  const available = autoBackupAvailable();

  useEffect(() => {
    void refreshAutoBackupStatus();
  }, []);

  const act = (work: Promise<unknown>) => {
    setKeepError(null);
    work.then(refreshAutoBackupStatus).catch((error: unknown) => setKeepError(errorText(error)));
  };

  return (
    <>
      <h3 className="section-title">{t('backup.auto')}</h3>
      {!available ? (
        <p className="hint">{t('backup.autoBrowser')}</p>
      ) : (
        <div className="backup-auto" data-testid="auto-backup">
          <div>
            <p className="hint">{t('backup.autoIntro')}</p>
            <p className="backup-folder">
              <strong>{t('backup.autoFolder')}：</strong>
              {status?.folder ?? '…'}
            </p>
            <button type="button" className="button secondary" onClick={() => act(platform().backupChooseFolder())}>
              {t('backup.autoChoose')}
            </button>
            {status?.problem ? <p className="error-text">{errorText(status.problem)}</p> : null}
            {problem ? (
              <p className="error-text" role="alert">
                {problem}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="backup-keep">{t('backup.autoKeep')}</label>
            <input
              id="backup-keep"
              type="number"
              min={1}
              max={365}
              value={status?.keep ?? 14}
              onChange={(event) => {
                const keep = Number(event.target.value);
                if (Number.isInteger(keep) && keep >= 1 && keep <= 365) act(platform().backupSetKeep(keep));
              }}
            />
            <p className="hint">{t('backup.autoKeepHint')}</p>
            {keepError ? <p className="error-text">{keepError}</p> : null}
          </div>
          <div className="backup-auto-list">
            <Table
              rows={status?.backups ?? []}
              columns={AUTO_BACKUP_COLUMNS}
              rowKey={(backup) => backup.name}
              className="compact"
              caption={<caption className="visually-hidden">{t('backup.autoRecent')}</caption>}
              empty={t('backup.autoNone')}
            />
          </div>
        </div>
      )}
    </>
  );
}
