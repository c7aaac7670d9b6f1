import { useEffect, useState } from 'react';
import type { Item, Refutation } from '../../../../shared/domain/types';
import { firstAppearance, timeToRefutation } from '../../../../shared/triage';
import { PageHeading } from '../../../ui/PageHeading';
import { useDesk } from '../../../workspace/desk';
import { useT } from '../../../i18n';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { useTriageVersion } from '../undo/triage-writes';
import { formatDuration } from '../duration';
import { itemHeadline, veracityKey } from '../../../ui/domain-labels';
import { openItem } from '../../../workspace/item-opener';
import { openTriageDialog } from '../dialog-store';
import '../../../ui/detail.css';

interface RefutationView {
  refutation: Refutation;
  items: Item[];
}

/** 辟谣: rumours still unanswered first, then every refutation with the items it answers and how long they ran. */
export function RefutationsPage() {
  const t = useT();
  const repositories = useDesk((state) => state.repositories);
  const version = useTriageVersion((state) => state.version);
  const [rumours, setRumours] = useState<Item[] | null>(null);
  const [refutations, setRefutations] = useState<RefutationView[]>([]);
  // "running for" is measured to when the list was read, not to each re-render
  const [readAt, setReadAt] = useState(0);

  useEffect(() => {
    if (!repositories) return;
    void (async () => {
      const [waiting, list] = await Promise.all([repositories.triage.rumoursWithoutRefutation(), repositories.triage.listRefutations()]);
      const views = await Promise.all(
        list.map(async (refutation) => ({
          refutation,
          items: (await repositories.items.getMany(refutation.itemIds)).filter((item): item is Item => item !== undefined),
        })),
      );
      setReadAt(Date.now());
      setRumours(waiting);
      setRefutations(views.sort((a, b) => b.refutation.publishedAt.localeCompare(a.refutation.publishedAt)));
    })();
  }, [repositories, version]);

  const open = (item: Item) => openItem(item.id);

  return (
    <section className="page" data-page="refutations">
      <PageHeading>{t('refutations.pageTitle')}</PageHeading>
      <p className="muted">{t('refutations.intro')}</p>

      <h2 className="section-title">{t('refutations.waiting', { count: rumours?.length ?? 0 })}</h2>
      {rumours === null ? (
        <p className="muted">{t('detail.loading')}</p>
      ) : rumours.length === 0 ? (
        <div className="empty-state">
          <p>{t('refutations.noneWaiting')}</p>
        </div>
      ) : (
        <table className="data-table" data-testid="rumours-waiting">
          <thead>
            <tr>
              <th scope="col">{t('refutations.firstSeen')}</th>
              <th scope="col">{t('triage.field.veracity')}</th>
              <th scope="col">{t('triage.field.platform')}</th>
              <th scope="col">{t('triage.field.title')}</th>
              <th scope="col">{t('refutations.runningFor')}</th>
              <th scope="col">{t('tags.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rumours.map((item) => {
              const seen = firstAppearance(item);
              return (
                <tr key={item.id}>
                  <td>{seen ? formatDateTime(seen) : t('triage.empty')}</td>
                  <td>{item.assessment.veracity ? t(veracityKey(item.assessment.veracity)) : t('triage.empty')}</td>
                  <td>{item.platform ?? t('triage.empty')}</td>
                  <td>
                    <a
                      href={`#/items/${encodeURIComponent(item.id)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        open(item);
                      }}
                    >
                      {itemHeadline(item, t('detail.untitled'))}
                    </a>
                  </td>
                  <td>{seen ? formatDuration(t, readAt - Date.parse(seen)) : t('triage.empty')}</td>
                  <td>
                    <button type="button" className="button secondary" onClick={() => openTriageDialog('refutation', [item.id])}>
                      {t('refutations.linkOne')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <h2 className="section-title">{t('refutations.recorded', { count: formatNumber(refutations.length) })}</h2>
      {refutations.length === 0 ? (
        <div className="empty-state">
          <p>{t('refutations.noneRecorded')}</p>
        </div>
      ) : (
        <table className="data-table" data-testid="refutation-table">
          <thead>
            <tr>
              <th scope="col">{t('refutations.publishedAt')}</th>
              <th scope="col">{t('refutations.title')}</th>
              <th scope="col">{t('refutations.publisher')}</th>
              <th scope="col">{t('refutations.channel')}</th>
              <th scope="col">{t('refutations.answers')}</th>
            </tr>
          </thead>
          <tbody>
            {refutations.map(({ refutation, items }) => (
              <tr key={refutation.id}>
                <td>{formatDateTime(refutation.publishedAt)}</td>
                <td>
                  {refutation.title}
                  {refutation.url ? <div className="muted detail-url">{refutation.url}</div> : null}
                </td>
                <td>{refutation.publisher || t('triage.empty')}</td>
                <td>{refutation.channel || t('triage.empty')}</td>
                <td>
                  {items.length === 0 ? (
                    <span className="muted">{t('refutations.noItems')}</span>
                  ) : (
                    <ul className="plain-list">
                      {items.map((item) => {
                        const elapsed = timeToRefutation(item, [refutation]);
                        return (
                          <li key={item.id}>
                            <a
                              href={`#/items/${encodeURIComponent(item.id)}`}
                              onClick={(event) => {
                                event.preventDefault();
                                open(item);
                              }}
                            >
                              {itemHeadline(item, t('detail.untitled'))}
                            </a>
                            {elapsed !== null ? (
                              <span className="muted">{t('refutations.after', { duration: formatDuration(t, elapsed) })}</span>
                            ) : null}
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
