import { useEffect } from 'react';
import { useDesk } from '../../workspace/desk';
import { useStoreChanged } from '../../workspace/store-changes';
import { navigate } from '../../workspace/router';
import { useLocaleStore, useT } from '../../i18n';
import { refreshAlerts, useAlerts } from './alerts-store';
import './alerts.css';

const REFRESH_EVERY_MS = 5 * 60_000;

/**
 * The status bar's silence indicator. It also keeps the alerts fresh for 首页: recomputed when data changes
 * and every few minutes, because a unit becomes silent by the clock passing a cut-off, not by a write.
 */
export function StatusSilence() {
  const t = useT();
  const timeZone = useLocaleStore((state) => state.timeZone);
  const repositories = useDesk((state) => state.repositories);
  const storeVersion = useStoreChanged(['items', 'units', 'reporters', 'zeroReports', 'settings']);
  const alerts = useAlerts((state) => state.alerts);

  useEffect(() => {
    if (!repositories) return;
    void refreshAlerts(repositories, timeZone);
    const timer = window.setInterval(() => void refreshAlerts(repositories, timeZone), REFRESH_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [repositories, timeZone, storeVersion]);

  if (!alerts || alerts.length === 0) return null;
  return (
    <button
      type="button"
      className="status-alert"
      data-testid="status-silence"
      title={t('alerts.status.title', { names: alerts.map((alert) => alert.name).join('、') })}
      onClick={() => navigate('home')}
    >
      {t('alerts.status.count', { count: alerts.length })}
    </button>
  );
}
