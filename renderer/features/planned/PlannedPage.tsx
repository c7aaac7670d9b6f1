import { useT, type MessageKey } from '../../i18n';
import { PageHeading } from '../../app/PageHeading';

export type PlannedPageId = 'items' | 'import' | 'spread' | 'reports' | 'stats' | 'units';

/**
 * A page whose feature lands later: it says plainly what it will hold and what the analyst can do today,
 * instead of showing an empty frame or invented numbers.
 */
export function PlannedPage({ page }: { page: PlannedPageId }) {
  const t = useT();
  const key = (suffix: 'title' | 'what' | 'now') => `page.${page}.${suffix}` as MessageKey;
  return (
    <section className="page" data-page={page}>
      <PageHeading>{t(key('title'))}</PageHeading>
      <div className="empty-state">
        <h2>{t('page.whatWillBeHere')}</h2>
        <p>{t(key('what'))}</p>
        <h2>{t('page.whatToDoNow')}</h2>
        <p>{t(key('now'))}</p>
      </div>
    </section>
  );
}
