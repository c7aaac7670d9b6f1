import { useEffect } from 'react';
import { ErrorAlert } from '../../ui/Feedback';
import { PageHeading } from '../../ui/PageHeading';
import { useDesk } from '../../workspace/desk';
import { useStoreChanged } from '../../workspace/store-changes';
import { navigate } from '../../workspace/router';
import { timeZoneName } from '../../workspace/time-zones';
import { useLocaleStore, useT } from '../../i18n';
import { formatDate, formatDateWithWeekday, formatNumber } from '../../i18n/format';
import { SilenceAlerts } from '../alerts';
import { refreshHome, useHome } from './home-store';

interface Count {
  testId: string;
  label: string;
  value: number;
  unit: string;
  explain?: string;
}

/** A row of counts under its heading, each with its unit and, where it helps, what it counts. */
function CountGrid({ title, counts }: { title: string; counts: readonly Count[] }) {
  return (
    <>
      <h2 className="section-title">{title}</h2>
      <div className="count-grid">
        {counts.map(({ testId, label, value, unit, explain }) => (
          <div key={testId} className="count-card" data-testid={testId}>
            <div className="count-label">{label}</div>
            <div className="count-value">
              <span className="count-number">{formatNumber(value)}</span>
              <span className="count-unit">{unit}</span>
            </div>
            {explain ? <p className="count-explain">{explain}</p> : null}
          </div>
        ))}
      </div>
    </>
  );
}

export function HomePage() {
  const t = useT();
  const timeZone = useLocaleStore((state) => state.timeZone);
  useLocaleStore((state) => state.locale);
  const repositories = useDesk((state) => state.repositories);
  const storeVersion = useStoreChanged(['items', 'reports']);
  const { counts, error } = useHome();
  const items = t('home.countUnit');
  const reports = t('home.reportUnit');
  const reportsExplain = counts?.reportsTotal === 0 ? t('home.reportsEmpty') : t('home.reportsExplain');

  useEffect(() => {
    if (repositories) void refreshHome(repositories, timeZone);
  }, [repositories, timeZone, storeVersion]);

  return (
    <section className="page" data-page="home">
      <PageHeading
        aside={counts ? <span className="today-line">{t('home.today', { date: formatDateWithWeekday(counts.dayStart) })}</span> : null}
      >
        {t('home.title')}
      </PageHeading>
      <ErrorAlert message={error} />
      {counts ? (
        <>
          {counts.itemsTotal === 0 ? (
            <div className="notice">
              <p>{t('home.emptyWorkspace')}</p>
              <button type="button" className="button" onClick={() => navigate('import')}>
                {t('home.goImport')}
              </button>
            </div>
          ) : null}
          <CountGrid
            title={t('home.todayCounts')}
            counts={[
              {
                testId: 'today-total',
                label: t('home.todayTotal'),
                value: counts.todayTotal,
                unit: items,
                explain: t('home.todayExplain', { date: formatDate(counts.dayStart), timeZone: timeZoneName(t, timeZone) }),
              },
              { testId: 'today-social', label: t('kind.social'), value: counts.todayByKind.social, unit: items },
              { testId: 'today-online', label: t('kind.online'), value: counts.todayByKind.online, unit: items },
            ]}
          />
          <CountGrid
            title={t('home.waiting')}
            counts={[
              { testId: 'to-assess', label: t('home.toAssess'), value: counts.toAssess, unit: items, explain: t('home.toAssessExplain') },
              { testId: 'to-review', label: t('home.toReview'), value: counts.toReview, unit: reports, explain: reportsExplain },
              { testId: 'to-sign', label: t('home.toSign'), value: counts.toSign, unit: reports, explain: reportsExplain },
            ]}
          />
          <p className="muted" data-testid="items-total">
            {t('home.totalItems', { count: formatNumber(counts.itemsTotal) })}
          </p>
          <h2 className="section-title">{t('home.alerts')}</h2>
          <SilenceAlerts />
        </>
      ) : (
        <p className="muted">{t('app.loading')}</p>
      )}
    </section>
  );
}
