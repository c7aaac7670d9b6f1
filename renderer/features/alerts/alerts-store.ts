import { create } from 'zustand';
import type { SilenceAlert } from '../../../shared/network/alerts';
import type { Repositories } from '../../db';
import { loadSilenceAlerts } from './silence';

interface AlertsState {
  alerts: SilenceAlert[] | null;
  threshold: number | null;
  error: string | null;
}

/** The silence alerts 首页 and the status bar both show: one computation, two places. */
export const useAlerts = create<AlertsState>(() => ({ alerts: null, threshold: null, error: null }));

let latestRequest = 0;

export async function refreshAlerts(repositories: Repositories, timeZone: string): Promise<void> {
  const request = ++latestRequest;
  try {
    const { alerts, threshold } = await loadSilenceAlerts(repositories.network, new Date(Date.now()).toISOString(), timeZone);
    // A slower earlier refresh must not overwrite a newer one.
    if (request === latestRequest) useAlerts.setState({ alerts, threshold, error: null });
  } catch (error) {
    if (request === latestRequest) useAlerts.setState({ error: error instanceof Error ? error.message : String(error) });
  }
}

export async function acknowledgeAlert(
  repositories: Repositories,
  alert: SilenceAlert,
  actor: { actor: string },
  timeZone: string,
): Promise<void> {
  await repositories.network.acknowledgeSilence({ unitId: alert.unitId, silentSince: alert.silentSince }, actor);
  await refreshAlerts(repositories, timeZone);
}
