import { lazy, Suspense, useEffect, type ComponentType } from 'react';
// The items page is the analyst's main screen: it stays in the first chunk. Every other page, and the
// first-run wizard, is its own chunk loaded when first shown, so a cold open does not evaluate echarts,
// SheetJS and the report, spread and import pages before the first rows are painted.
import { ItemsPage } from '../features/items';
import { useLocaleStore, useT } from '../i18n';
import { enterDesk, openWorkstation } from './boot';
import { useDesk } from '../workspace/desk';
import { navigate, startRouter, useRouter } from '../workspace/router';
import type { RouteId } from '../workspace/routes';
import { Shell } from './Shell';

/** React.lazy for a module's named export. */
function lazyPage<Module>(load: () => Promise<Module>, pick: (module: Module) => ComponentType) {
  return lazy(() => load().then((module) => ({ default: pick(module) })));
}

const HomePage = lazyPage(
  () => import('../features/home/HomePage'),
  (module) => module.HomePage,
);
const ImportPage = lazyPage(
  () => import('../features/import/ImportPage'),
  (module) => module.ImportPage,
);
const SpreadPage = lazyPage(
  () => import('../features/spread/SpreadPage'),
  (module) => module.SpreadPage,
);
const ReportsPage = lazyPage(
  () => import('../features/reports/ReportsPage'),
  (module) => module.ReportsPage,
);
// The statistics page and its export panel come from two features, composed here so neither imports the other.
const StatsPage = lazyPage(
  () => Promise.all([import('../features/stats/StatsPage'), import('../features/pack/StatsExportPanel')]),
  ([stats, pack]) =>
    function StatsWithExports() {
      return <stats.StatsPage ExportPanel={pack.StatsExportPanel} />;
    },
);
const UnitsPage = lazyPage(
  () => import('../features/units/UnitsPage'),
  (module) => module.UnitsPage,
);
const SettingsPage = lazyPage(
  () => import('../features/settings/SettingsPage'),
  (module) => module.SettingsPage,
);
const AuditPage = lazyPage(
  () => import('../features/audit/AuditPage'),
  (module) => module.AuditPage,
);
const TagManagerPage = lazyPage(
  () => import('../features/triage/tags/TagManagerPage'),
  (module) => module.TagManagerPage,
);
const EventsPage = lazyPage(
  () => import('../features/triage/events/EventsPage'),
  (module) => module.EventsPage,
);
const RefutationsPage = lazyPage(
  () => import('../features/triage/refutations/RefutationsPage'),
  (module) => module.RefutationsPage,
);
const FirstRun = lazy(() => import('../features/first-run/FirstRun').then((module) => ({ default: module.FirstRun })));

// Set by the first navigation after the window opened: on the first page shown, focus stays where it was.
let navigatedSinceLoad = false;
useRouter.subscribe((state, previous) => {
  if (state.route !== previous.route) navigatedSinceLoad = true;
});

/**
 * After a navigation focus moves to the new page's heading. Shell does that at once, but a page whose chunk is
 * still loading has no heading yet: this effect runs when the page is shown, in the same commit.
 */
function FocusHeadingWhenShown({ route }: { route: RouteId }) {
  useEffect(() => {
    if (navigatedSinceLoad) document.getElementById('page-title')?.focus();
  }, [route]);
  return null;
}

/** While a page's chunk loads: the page area stays calm (the text fades in only if loading takes a while). */
function PageLoading() {
  const t = useT();
  return (
    <div className="page-loading" role="status" aria-busy="true">
      {t('app.loadingPage')}
    </div>
  );
}

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
      <Suspense fallback={<PageLoading />}>
        <FirstRun
          repositories={repositories}
          onDone={(profile) => {
            navigate('home');
            void enterDesk(profile);
          }}
        />
      </Suspense>
    );
  }
  return (
    <Shell>
      <Suspense fallback={<PageLoading />}>
        <Page route={route} />
        <FocusHeadingWhenShown route={route} />
      </Suspense>
    </Shell>
  );
}
