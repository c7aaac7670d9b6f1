import { useEffect, useState } from 'react';
import type { Item, Refutation } from '../../../../shared/domain/types';
import { firstAppearance, timeToRefutation } from '../../../../shared/triage';
import { PageHeading } from '../../../ui/PageHeading';
import { useDesk } from '../../../workspace/desk';
import { useT } from '../../../i18n';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { useStoreChanged } from '../../../workspace/store-changes';
import { formatDuration } from '../duration';
import { veracityKey } from '../../../ui/domain-labels';
import { Table, type TableColumn } from '../../../ui/Table';
import { ItemLink } from '../ItemLink';
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
  const version = useStoreChanged(['refutations', 'items']);
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

  const orEmpty = <Value,>(value: Value | null, show: (value: Value) => string) => (value ? show(value) : t('triage.empty'));
  const waitingColumns: ReadonlyArray<TableColumn<Item>> = [
    { heading: 'refutations.firstSeen', cell: (item) => orEmpty(firstAppearance(item), formatDateTime) },
    { heading: 'triage.field.veracity', cell: (item) => orEmpty(item.assessment.veracity, (veracity) => t(veracityKey(veracity))) },
    { heading: 'triage.field.platform', cell: (item) => item.platform ?? t('triage.empty') },
    { heading: 'triage.field.title', cell: (item) => <ItemLink item={item} /> },
    {
      heading: 'refutations.runningFor',
      cell: (item) => orEmpty(firstAppearance(item), (seen) => formatDuration(t, readAt - Date.parse(seen))),
    },
    {
      heading: 'tags.actions',
      cell: (item) => (
        <button type="button" className="button secondary" onClick={() => openTriageDialog('refutation', [item.id])}>
          {t('refutations.linkOne')}
        </button>
      ),
    },
  ];
  const recordedColumns: ReadonlyArray<TableColumn<RefutationView>> = [
    { heading: 'refutations.publishedAt', cell: ({ refutation }) => formatDateTime(refutation.publishedAt) },
    {
      heading: 'refutations.title',
      cell: ({ refutation }) => (
        <>
          {refutation.title}
          {refutation.url ? <div className="muted detail-url">{refutation.url}</div> : null}
        </>
      ),
    },
    { heading: 'refutations.publisher', cell: ({ refutation }) => refutation.publisher || t('triage.empty') },
    { heading: 'refutations.channel', cell: ({ refutation }) => refutation.channel || t('triage.empty') },
    { heading: 'refutations.answers', cell: (view) => <AnsweredItems {...view} /> },
  ];

  return (
    <section className="page" data-page="refutations">
      <PageHeading>{t('refutations.pageTitle')}</PageHeading>
      <p className="muted">{t('refutations.intro')}</p>

      <h2 className="section-title">{t('refutations.waiting', { count: rumours?.length ?? 0 })}</h2>
      <Table
        rows={rumours}
        columns={waitingColumns}
        rowKey={(item) => item.id}
        loading={t('detail.loading')}
        empty={t('refutations.noneWaiting')}
        testId="rumours-waiting"
      />

      <h2 className="section-title">{t('refutations.recorded', { count: formatNumber(refutations.length) })}</h2>
      <Table
        rows={refutations}
        columns={recordedColumns}
        rowKey={({ refutation }) => refutation.id}
        empty={t('refutations.noneRecorded')}
        testId="refutation-table"
      />
    </section>
  );
}

function AnsweredItems({ refutation, items }: RefutationView) {
  const t = useT();
  if (items.length === 0) return <span className="muted">{t('refutations.noItems')}</span>;
  return (
    <ul className="plain-list">
      {items.map((item) => {
        const elapsed = timeToRefutation(item, [refutation]);
        return (
          <li key={item.id}>
            <ItemLink item={item} />
            {elapsed !== null ? <span className="muted">{t('refutations.after', { duration: formatDuration(t, elapsed) })}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
