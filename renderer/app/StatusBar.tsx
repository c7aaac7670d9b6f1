import { useEffect } from 'react';
import { StatusSilence } from '../features/alerts';
import { AuditWarning, ReloadPrompt, StorageFullAlert, storageAvailableText } from '../features/backup';
import { formatBytes, formatNumber } from '../i18n/format';
import { useLocaleStore, useT } from '../i18n';
import { useDesk } from '../workspace/desk';
import { useStoreChanged } from '../workspace/store-changes';
import { useRouter } from '../workspace/router';
import { refreshStatus, requestPersistenceOnce, useStatus } from '../workspace/status-store';

const REFRESH_EVERY_MS = 30_000;

export function StatusBar() {
  const t = useT();
  useLocaleStore((state) => state.locale);
  const repositories = useDesk((state) => state.repositories);
  const storeVersion = useStoreChanged(['items']);
  const route = useRouter((state) => state.route);
  const { itemCount, storage, persistence } = useStatus();

  useEffect(() => {
    void requestPersistenceOnce();
  }, []);

  useEffect(() => {
    if (!repositories) return;
    void refreshStatus(repositories);
    const timer = window.setInterval(() => void refreshStatus(repositories), REFRESH_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [repositories, storeVersion, route]);

  const storageText = !storage
    ? t('status.storageUnknown')
    : (storageAvailableText(t, storage) ?? t('status.storageUsed', { used: formatBytes(storage.usage) }));
  const persistenceKey =
    persistence === 'granted' ? 'status.persistGranted' : persistence === 'denied' ? 'status.persistDenied' : 'status.persistUnsupported';

  return (
    <>
      <footer className="shell-status" role="status" aria-live="polite">
        <StatusSilence />
        <AuditWarning />
        <span data-testid="status-item-count">{itemCount === null ? '…' : t('status.itemCount', { count: formatNumber(itemCount) })}</span>
        <span>{storageText}</span>
        {persistence ? <span className={persistence === 'granted' ? '' : 'status-warning'}>{t(persistenceKey)}</span> : null}
      </footer>
      <ReloadPrompt />
      <StorageFullAlert />
    </>
  );
}
