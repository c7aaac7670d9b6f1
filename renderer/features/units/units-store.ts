import { create } from 'zustand';
import type { Reporter, Unit } from '../../../shared/domain/types';
import type { Period } from '../../../shared/network/types';
import type { Repositories } from '../../db';
import { errorText } from '../../i18n';
import { choosePeriod, loadDashboard, todayIn, type Dashboard, type PeriodChoice } from './assessment';

export const UNITS_TABS = ['dashboard', 'registry', 'calendar'] as const;
export type UnitsTab = (typeof UNITS_TABS)[number];

interface UnitsState {
  tab: UnitsTab;
  units: Unit[];
  reporters: Reporter[];
  registryLoaded: boolean;
  choice: PeriodChoice;
  custom: Period | null;
  dashboard: Dashboard | null;
  loadingDashboard: boolean;
  selectedUnitId: string | null;
  error: string | null;
}

export const useUnits = create<UnitsState>(() => ({
  tab: 'dashboard',
  units: [],
  reporters: [],
  registryLoaded: false,
  choice: 'month',
  custom: null,
  dashboard: null,
  loadingDashboard: false,
  selectedUnitId: null,
  error: null,
}));

export async function refreshRegistry(repositories: Repositories): Promise<void> {
  try {
    const { units, reporters } = await repositories.network.registry();
    useUnits.setState({ units, reporters, registryLoaded: true });
  } catch (error) {
    useUnits.setState({ error: errorText(error) });
  }
}

let latestDashboard = 0;

export async function refreshDashboard(repositories: Repositories, timeZone: string): Promise<void> {
  const request = ++latestDashboard;
  const now = Date.now();
  const today = todayIn(timeZone, now);
  const { choice, custom } = useUnits.getState();
  const period = choosePeriod(choice, today, custom ?? { from: today, to: today });
  useUnits.setState({ loadingDashboard: true });
  try {
    const dashboard = await loadDashboard(repositories.network, period, new Date(now).toISOString(), timeZone);
    // A slower earlier request must not overwrite a newer one.
    if (request === latestDashboard) useUnits.setState({ dashboard, loadingDashboard: false, error: null });
  } catch (error) {
    if (request === latestDashboard) useUnits.setState({ loadingDashboard: false, error: errorText(error) });
  }
}
