import { useEffect } from 'react';
import { PageHeading } from '../../ui/PageHeading';
import { useDesk } from '../../workspace/desk';
import { useStoreChanged } from '../../workspace/store-changes';
import { ErrorAlert } from '../../ui/Feedback';
import { useT } from '../../i18n';
import { CalendarTab } from './CalendarTab';
import { DashboardTab } from './DashboardTab';
import { RegistryTab } from './RegistryTab';
import { refreshRegistry, UNITS_TABS, useUnits, type UnitsTab } from './units-store';
import './units.css';

const TAB_LABELS = {
  dashboard: 'units.tab.dashboard',
  registry: 'units.tab.registry',
  calendar: 'units.tab.calendar',
} as const;

/** 单位考核: who reported, how much was adopted, who was late or went silent; the registry and the calendar behind it. */
export function UnitsPage() {
  const t = useT();
  const repositories = useDesk((state) => state.repositories);
  const storeVersion = useStoreChanged(['units', 'reporters']);
  const tab = useUnits((state) => state.tab);
  const error = useUnits((state) => state.error);

  useEffect(() => {
    if (repositories) void refreshRegistry(repositories);
  }, [repositories, storeVersion]);

  const select = (next: UnitsTab) => useUnits.setState({ tab: next });
  return (
    <section className="page" data-page="units">
      <PageHeading>{t('nav.units')}</PageHeading>
      <div className="units-tabs" role="tablist" aria-label={t('units.tabs.label')}>
        {UNITS_TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`units-tab-${id}`}
            aria-selected={tab === id}
            aria-controls="units-tabpanel"
            className="units-tab"
            onClick={() => select(id)}
          >
            {t(TAB_LABELS[id])}
          </button>
        ))}
      </div>
      <ErrorAlert message={error} />
      <div id="units-tabpanel" role="tabpanel" aria-labelledby={`units-tab-${tab}`}>
        {tab === 'dashboard' ? <DashboardTab /> : tab === 'registry' ? <RegistryTab /> : <CalendarTab />}
      </div>
    </section>
  );
}
