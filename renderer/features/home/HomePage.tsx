import { useEffect } from 'react';
import { PageHeading } from '../../ui/PageHeading';
import { useDesk } from '../../workspace/desk';
import { useStoreChanged } from '../../workspace/store-changes';
import { navigate } from '../../workspace/router';
import { timeZoneName } from '../../workspace/time-zones';
import { useLocaleStore, useT } from '../../i18n';
import { formatDate, formatDateWithWeekday, formatNumber } from '../../i18n/format';
import { SilenceAlerts } from '../alerts';
import { refreshHome, useHome } from './home-store';

function CountCard({
  label,
  value,
  unit,
  explain,
  testId,
}: {
  label: string;
  value: number;
  unit: string;
  explain?: string;
  testId: string;
}) {
  return (
    <div className="count-card" data-testid={testId}>
      <div className="count-label">{label}</div>
      <div className="count-value">
        <span className="count-number">{formatNumber(value)}</span>
        <span className="count-unit">{unit}</span>
      </div>
      {explain ? <p className="count-explain">{explain}</p> : null}
    </div>
  );
}

export function HomePage() {
  const t = useT();
  const timeZone = useLocaleStore((state) => state.timeZone);
  useLocaleStore((state) => state.locale);
  const repositories = useDesk((state) => state.repositories);
  const storeVersion = useStoreChanged(['items', 'reports']);
  const { counts, error } = useHome();

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
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
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
          <h2 className="section-title">{t('home.todayCounts')}</h2>
          <div className="count-grid">
            <CountCard
              testId="today-total"
              label={t('home.todayTotal')}
              value={counts.todayTotal}
              unit={t('home.countUnit')}
              explain={t('home.todayExplain', { date: formatDate(counts.dayStart), timeZone: timeZoneName(t, timeZone) })}
            />
            <CountCard testId="today-social" label={t('kind.social')} value={counts.todayByKind.social} unit={t('home.countUnit')} />
            <CountCard testId="today-online" label={t('kind.online')} value={counts.todayByKind.online} unit={t('home.countUnit')} />
          </div>
          <h2 className="section-title">{t('home.waiting')}</h2>
          <div className="count-grid">
            <CountCard
              testId="to-assess"
              label={t('home.toAssess')}
              value={counts.toAssess}
              unit={t('home.countUnit')}
              explain={t('home.toAssessExplain')}
            />
            <CountCard
              testId="to-review"
              label={t('home.toReview')}
              value={counts.toReview}
              unit={t('home.reportUnit')}
              explain={counts.reportsTotal === 0 ? t('home.reportsEmpty') : t('home.reportsExplain')}
            />
            <CountCard
              testId="to-sign"
              label={t('home.toSign')}
              value={counts.toSign}
              unit={t('home.reportUnit')}
              explain={counts.reportsTotal === 0 ? t('home.reportsEmpty') : t('home.reportsExplain')}
            />
          </div>
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
