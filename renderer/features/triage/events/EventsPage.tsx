import { useEffect, useState } from 'react';
import type { Item, OpinionEvent } from '../../../../shared/domain/types';
import { RISK_LEVELS_BY_SEVERITY, SENTIMENTS } from '../../../../shared/domain/types';
import { eventStatistics, eventTimeline } from '../../../../shared/triage';
import { PageHeading } from '../../../ui/PageHeading';
import { useDesk } from '../../../workspace/desk';
import { useRouter } from '../../../workspace/router';
import { useT } from '../../../i18n';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { runTriageWrite } from '../undo/triage-writes';
import { useStoreChanged } from '../../../workspace/store-changes';
import { kindKey, riskKey, sentimentKey, statusKey } from '../../../ui/domain-labels';
import { Table, type TableColumn } from '../../../ui/Table';
import { ConfirmDanger, InlineForm } from '../InlineForm';
import { ItemLink } from '../ItemLink';
import '../../../ui/detail.css';
import './events.css';

function eventIdFromHash(hash: string): string | null {
  const match = /^#\/events\/([^/?#]+)/.exec(hash);
  return match ? decodeURIComponent(match[1] as string) : null;
}

function useHashEventId(): string | null {
  useRouter((state) => state.route);
  const [id, setId] = useState(() => eventIdFromHash(window.location.hash));
  useEffect(() => {
    const update = () => setId(eventIdFromHash(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return id;
}

/** 事件: every event with its item count; one event with its items, timeline and statistics. */
export function EventsPage() {
  const eventId = useHashEventId();
  return eventId ? <EventView eventId={eventId} /> : <EventList />;
}

type CountedEvent = OpinionEvent & { count: number };

function EventList() {
  const t = useT();
  const repositories = useDesk((state) => state.repositories);
  const version = useStoreChanged(['events', 'items']);
  const [events, setEvents] = useState<CountedEvent[] | null>(null);

  useEffect(() => {
    if (!repositories) return;
    void (async () => {
      const list = await repositories.triage.listEvents();
      const counted = await Promise.all(
        list.map(async (event) => ({ ...event, count: await repositories.triage.countEventItems(event.id) })),
      );
      setEvents(counted.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
    })();
  }, [repositories, version]);

  const listColumns: ReadonlyArray<TableColumn<CountedEvent>> = [
    {
      heading: 'events.name',
      cell: (event) => (
        <>
          <a href={`#/events/${encodeURIComponent(event.id)}`}>{event.name}</a>
          {event.description ? <div className="muted">{event.description}</div> : null}
        </>
      ),
    },
    { heading: { numeric: 'events.itemCount' }, cell: (event) => formatNumber(event.count) },
    { heading: 'events.updatedAt', cell: (event) => formatDateTime(event.updatedAt) },
  ];

  return (
    <section className="page" data-page="events">
      <PageHeading>{t('events.title')}</PageHeading>
      <p className="muted">{t('events.intro')}</p>
      <Table
        rows={events}
        columns={listColumns}
        rowKey={(event) => event.id}
        loading={t('detail.loading')}
        empty={t('events.empty')}
        testId="event-table"
      />
    </section>
  );
}

function EventView({ eventId }: { eventId: string }) {
  const t = useT();
  const repositories = useDesk((state) => state.repositories);
  const version = useStoreChanged(['events', 'items']);
  const [event, setEvent] = useState<OpinionEvent | null | undefined>(undefined);
  const [items, setItems] = useState<Item[]>([]);
  const [editing, setEditing] = useState<{ name: string; description: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  useEffect(() => {
    if (!repositories) return;
    void (async () => {
      const [found, members] = await Promise.all([repositories.triage.getEvent(eventId), repositories.triage.eventItems(eventId)]);
      setEvent(found ?? null);
      setItems(members);
    })();
  }, [repositories, eventId, version]);

  if (event === undefined) return <p className="muted">{t('detail.loading')}</p>;
  if (event === null) {
    return (
      <section className="page" data-page="events">
        <PageHeading>{t('events.title')}</PageHeading>
        <div className="empty-state">
          <p>{t('events.missing')}</p>
          <a href="#/events">{t('events.backToList')}</a>
        </div>
      </section>
    );
  }

  const stats = eventStatistics(items);
  const timeline = eventTimeline(items);
  const start = stats.firstSeen ? Date.parse(stats.firstSeen) : 0;
  const span = stats.lastSeen && stats.firstSeen ? Math.max(1, Date.parse(stats.lastSeen) - start) : 1;
  const itemColumns: ReadonlyArray<TableColumn<(typeof timeline)[number]>> = [
    { heading: 'events.appearedAt', cell: ({ at }) => (at ? formatDateTime(at) : t('triage.empty')) },
    { heading: 'triage.field.kind', cell: ({ item }) => t(kindKey(item.kind)) },
    { heading: 'triage.field.platform', cell: ({ item }) => item.platform ?? t('triage.empty') },
    { heading: 'triage.field.title', cell: ({ item }) => <ItemLink item={item} /> },
    { heading: 'triage.field.status', cell: ({ item }) => t(statusKey(item.status)) },
    {
      heading: 'tags.actions',
      cell: ({ item }) => (
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            void runTriageWrite('undo.label.eventRemove', 1, (r, ctx) => r.triage.removeFromEvent([item.id], ctx), {
              announce: t('events.removed', { count: 1 }),
            })
          }
        >
          {t('events.removeOne')}
        </button>
      ),
    },
  ];

  return (
    <section className="page" data-page="event">
      <PageHeading
        aside={
          <a className="button secondary" href="#/events">
            {t('events.backToList')}
          </a>
        }
      >
        {event.name}
      </PageHeading>
      {event.description ? <p>{event.description}</p> : null}
      <div className="event-tools">
        <button type="button" className="button secondary" onClick={() => setEditing({ name: event.name, description: event.description })}>
          {t('events.edit')}
        </button>
        <button type="button" className="button secondary" onClick={() => setConfirmDelete(true)}>
          {t('events.delete')}
        </button>
      </div>
      {editing ? (
        <InlineForm
          fields={[
            {
              id: 'event-edit-name',
              label: t('events.name'),
              autoFocus: true,
              value: editing.name,
              maxLength: 60,
              onValue: (name) => setEditing({ ...editing, name }),
            },
            {
              id: 'event-edit-description',
              label: t('events.description'),
              value: editing.description,
              maxLength: 500,
              onValue: (description) => setEditing({ ...editing, description }),
            },
          ]}
          submitLabel={t('triage.save')}
          onSubmit={() =>
            void runTriageWrite('undo.label.eventEdit', 0, (r, ctx) => r.triage.updateEvent(event.id, editing, ctx)).then(() =>
              setEditing(null),
            )
          }
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {confirmDelete ? (
        <ConfirmDanger
          label={t('events.delete')}
          explain={t('events.deleteExplain', { name: event.name, count: items.length })}
          confirmLabel={t('events.confirmDelete')}
          onConfirm={() =>
            void runTriageWrite('undo.label.eventDelete', items.length, (r, ctx) => r.triage.deleteEvent(event.id, ctx)).then(() => {
              window.location.hash = '#/events';
            })
          }
          onCancel={() => setConfirmDelete(false)}
        />
      ) : null}

      {items.length === 0 ? (
        <div className="empty-state">
          <p>{t('events.noItems')}</p>
        </div>
      ) : (
        <>
          <h2 className="section-title">{t('events.statistics')}</h2>
          <div className="event-stats" data-testid="event-stats">
            <div className="count-card">
              <div className="count-label">{t('events.itemCount')}</div>
              <div className="count-value">{formatNumber(stats.total)}</div>
              <div className="count-explain">
                {stats.firstSeen && stats.lastSeen
                  ? t('events.span', { from: formatDateTime(stats.firstSeen), to: formatDateTime(stats.lastSeen) })
                  : null}
              </div>
            </div>
            <StatBlock
              title={t('events.byPlatform')}
              rows={stats.byPlatform.map((row) => [row.platform ?? t('triage.empty'), row.count])}
              total={stats.total}
            />
            <StatBlock
              title={t('events.bySentiment')}
              rows={[
                ...SENTIMENTS.map((s) => [t(sentimentKey(s)), stats.bySentiment[s]] as [string, number]),
                [t('triage.unassessed'), stats.bySentiment.unassessed],
              ]}
              total={stats.total}
            />
            <StatBlock
              title={t('events.byRisk')}
              rows={[
                ...RISK_LEVELS_BY_SEVERITY.map((r) => [t(riskKey(r)), stats.byRisk[`${r}`]] as [string, number]),
                [t('triage.unassessed'), stats.byRisk.unassessed],
              ]}
              total={stats.total}
            />
          </div>

          <h2 className="section-title">{t('events.timeline')}</h2>
          <div className="timeline" role="img" aria-label={t('events.timelineLabel', { count: timeline.length })}>
            {timeline.map(({ item, at }) =>
              at ? (
                <span
                  key={item.id}
                  className={`timeline-dot risk-${item.assessment.risk ?? 0}`}
                  style={{ left: `${((Date.parse(at) - start) / span) * 100}%` }}
                  title={`${formatDateTime(at)} ${item.title ?? ''}`}
                />
              ) : null,
            )}
          </div>

          <h2 className="section-title">{t('events.items')}</h2>
          <Table rows={timeline} columns={itemColumns} rowKey={({ item }) => item.id} empty={t('events.noItems')} testId="event-items" />
        </>
      )}
    </section>
  );
}

function StatBlock({ title, rows, total }: { title: string; rows: Array<[string, number]>; total: number }) {
  return (
    <div className="count-card stat-block">
      <div className="count-label">{title}</div>
      <ul>
        {rows
          .filter(([, count]) => count > 0)
          .map(([label, count]) => (
            <li key={label}>
              <span>{label}</span>
              <span className="stat-bar" style={{ width: `${Math.round((count / Math.max(1, total)) * 100)}%` }} />
              <span className="numeric">{formatNumber(count)}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
