import { useEffect } from 'react';
import { AuditPage } from '../features/audit/AuditPage';
import { FirstRun } from '../features/first-run/FirstRun';
import { HomePage } from '../features/home/HomePage';
import { ItemsPage } from '../features/items/ItemsPage';
import { ImportPage } from '../features/import/ImportPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { UnitsPage } from '../features/units/UnitsPage';
import { StatsPage } from '../features/stats/StatsPage';
import { SpreadPage } from '../features/spread/SpreadPage';
import { TagManagerPage } from '../features/tags/TagManagerPage';
import { EventsPage } from '../features/events/EventsPage';
import { RefutationsPage } from '../features/refutations/RefutationsPage';
import { useLocaleStore, useT } from '../i18n';
import { enterDesk, openWorkstation } from './boot';
import { useDesk } from './desk';
import { navigate, startRouter, useRouter } from './router';
import type { RouteId } from './routes';
import { Shell } from './Shell';

function Page({ route }: { route: RouteId }) {
  switch (route) {
    case 'tags':
      return <TagManagerPage />;
    case 'events':
      return <EventsPage />;
    case 'refutations':
      return <RefutationsPage />;
    case 'home':
      return <HomePage />;
    case 'items':
      return <ItemsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'audit':
      return <AuditPage />;
    case 'units':
      return <UnitsPage />;
    case 'reports':
      return <ReportsPage />;
    case 'stats':
      return <StatsPage />;
    case 'spread':
      return <SpreadPage />;
    case 'import':
      return <ImportPage />;
    default: {
      // Every route has its page: a route added to routes.ts without one fails to compile here.
      const routeWithoutPage: never = route;
      return routeWithoutPage;
    }
  }
}

function useDocumentLanguage(): void {
  const locale = useLocaleStore((state) => state.locale);
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.name');
  }, [locale, t]);
}

export function App() {
  const t = useT();
  const { phase, repositories, error } = useDesk();
  const route = useRouter((state) => state.route);
  useDocumentLanguage();

  useEffect(() => {
    startRouter();
    void openWorkstation();
  }, []);

  if (phase === 'failed') {
    return (
      <div className="boot-message" role="alert">
        <h1>{t('app.openFailed', { reason: error ?? t('common.unknownError') })}</h1>
        <p>{t('app.openFailedHint')}</p>
        <button type="button" className="button" onClick={() => void openWorkstation()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (phase === 'opening' || !repositories) {
    return (
      <div className="boot-message" aria-busy="true">
        <p>{t('app.loading')}</p>
      </div>
    );
  }
  if (phase === 'firstRun') {
    return (
      <FirstRun
        repositories={repositories}
        onDone={(profile) => {
          navigate('home');
          void enterDesk(profile);
        }}
      />
    );
  }
  return (
    <Shell>
      <Page route={route} />
    </Shell>
  );
}
