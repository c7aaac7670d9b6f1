import { useState } from 'react';
import { useDesk, writeContext } from '../../workspace/desk';
import { navigate } from '../../workspace/router';
import { errorText, useLocaleStore, useT } from '../../i18n';
import { formatLocalDate } from '../units';
import { useUnits } from '../units';
import { acknowledgeAlert, useAlerts } from './alerts-store';
import './alerts.css';

/** 首页's alerts: units silent for N expected days, each until someone acknowledges it. */
export function SilenceAlerts() {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const timeZone = useLocaleStore((state) => state.timeZone);
  const repositories = useDesk((state) => state.repositories);
  const { alerts, threshold, error } = useAlerts();
  const [failed, setFailed] = useState<string | null>(null);

  if (error) {
    return (
      <p className="error-text" role="alert" data-testid="alerts">
        {t('alerts.loadFailed', { reason: error })}
      </p>
    );
  }
  if (!alerts || alerts.length === 0 || !repositories) {
    return (
      <div className="alerts-empty" data-testid="alerts">
        <strong>{t('home.noAlerts')}</strong>
        <p>{alerts ? t('alerts.noneExplain', { threshold: threshold ?? 0 }) : t('home.noAlertsExplain')}</p>
      </div>
    );
  }
  return (
    <div data-testid="alerts">
      <ul className="silence-list" aria-label={t('alerts.listLabel')}>
        {alerts.map((alert) => (
          <li key={`${alert.unitId}-${alert.silentSince}`} data-testid="silence-alert" data-unit={alert.name}>
            <span>
              <span className="silence-name">{alert.name}</span>{' '}
              {t('alerts.silence.line', { days: alert.silentDays, since: formatLocalDate(alert.silentSince, locale) })}
            </span>
            <button
              type="button"
              className="button secondary"
              aria-label={t('alerts.acknowledgeFor', { name: alert.name })}
              onClick={() => {
                setFailed(null);
                acknowledgeAlert(repositories, alert, writeContext(), timeZone).catch((caught: unknown) => setFailed(errorText(caught)));
              }}
            >
              {t('alerts.acknowledge')}
            </button>
          </li>
        ))}
      </ul>
      <p className="hint">
        {t('alerts.silence.explain', { threshold: threshold ?? 0 })}{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            useUnits.setState({ tab: 'dashboard' });
            navigate('units');
          }}
        >
          {t('alerts.openUnits')}
        </button>
      </p>
      {failed ? (
        <p className="error-text" role="alert">
          {failed}
        </p>
      ) : null}
    </div>
  );
}
