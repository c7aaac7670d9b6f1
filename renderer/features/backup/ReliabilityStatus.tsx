// What the status bar shows about the store's health: space used and left, a broken audit chain, and the
// two blocking notices (another window upgraded the store; the disk is full).
import { useEffect, useRef } from 'react';
import { navigate } from '../../workspace/router';
import { useT } from '../../i18n';
import { formatBytes } from '../../i18n/format';
import { useAuditHealth } from '../audit';
import { dismissStorageFull, useReliability } from './reliability-store';
import './backup.css';

/** "已用 … · 剩余可用 …" when the host says both; null when it cannot tell the quota. */
export function storageAvailableText(t: ReturnType<typeof useT>, storage: { usage: number; quota: number | null } | null): string | null {
  if (!storage || !storage.quota) return null;
  return t('reliability.storageAvailable', {
    used: formatBytes(storage.usage),
    available: formatBytes(Math.max(0, storage.quota - storage.usage)),
  });
}

export function AuditWarning() {
  const t = useT();
  const result = useAuditHealth((state) => state.result);
  if (!result || result.ok) return null;
  return (
    <a
      className="status-audit-broken"
      href="#/audit"
      role="alert"
      data-testid="status-audit-broken"
      onClick={(event) => {
        event.preventDefault();
        navigate('audit');
      }}
    >
      {t('reliability.auditBroken', { seq: result.firstBadSeq })}
    </a>
  );
}

function BlockingNotice({
  title,
  body,
  action,
  onAction,
  testId,
}: {
  title: string;
  body: string;
  action: string;
  onAction: () => void;
  testId: string;
}) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div className="reliability-backdrop">
      <div
        className="reliability-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${testId}-title`}
        aria-describedby={`${testId}-body`}
        data-testid={testId}
      >
        <h2 id={`${testId}-title`}>{title}</h2>
        <p id={`${testId}-body`}>{body}</p>
        <button ref={button} type="button" className="button" onClick={onAction}>
          {action}
        </button>
      </div>
    </div>
  );
}

/** Blocks the window until it is reloaded: another window upgraded the store and this one may not write. */
export function ReloadPrompt() {
  const t = useT();
  const blocked = useReliability((state) => state.blockedByNewerWindow);
  if (!blocked) return null;
  return (
    <BlockingNotice
      testId="reload-prompt"
      title={t('reliability.reloadTitle')}
      body={t('reliability.reloadBody')}
      action={t('reliability.reloadButton')}
      onAction={() => window.location.reload()}
    />
  );
}

export function StorageFullAlert() {
  const t = useT();
  const message = useReliability((state) => state.storageFull);
  if (!message) return null;
  return (
    <BlockingNotice
      testId="storage-full"
      title={t('reliability.storageFullTitle')}
      body={message}
      action={t('reliability.dismiss')}
      onAction={dismissStorageFull}
    />
  );
}
