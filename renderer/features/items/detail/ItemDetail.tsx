import { useMemo, useState, type ReactNode } from 'react';
import { ITEM_STATUSES, type Item, type ItemStatus } from '../../../../shared/domain/types';
import { highlightRanges, splitByRanges } from '../../../../shared/search/highlight';
import { parseQuery } from '../../../../shared/search/query';
import { manualStatusChangeNeedsConfirmation, timeToRefutation } from '../../../../shared/triage';
import { navigate } from '../../../workspace/router';
import { useLocaleStore, useT } from '../../../i18n';
import { formatDuration } from '../../triage';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { runTriageWrite } from '../../triage';
import { actionLabel } from '../../audit';
import { openTriageDialog } from '../../triage';
import { TagChip } from '../../triage';
import { ActionForm } from '../../triage';
import { AssessmentFields, draftFromValues, patchFromDraft, type AssessmentDraft } from '../../triage';
import { historyActionLabel, historyOfItem } from '../../audit';
import { actionTypeKey, feedKey, itemHeadline, kindKey, riskKey, statusKey } from '../../../ui/domain-labels';
import { useItemDetail, type ItemDetailData } from './use-item-detail';
import '../../../ui/detail.css';

export interface ItemDetailProps {
  itemId: string;
  /** the search terms to mark in the title and content */
  highlight?: string[];
}

function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  const segments = useMemo(() => {
    if (terms.length === 0) return [{ text, hit: false }];
    return splitByRanges(text, highlightRanges(text, parseQuery(terms.join(' '))));
  }, [text, terms]);
  return (
    <>
      {segments.map((segment, index) => (segment.hit ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </>
  );
}

function Field({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'detail-field wide' : 'detail-field'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Section({ title, children, aside, testId }: { title: string; children: ReactNode; aside?: ReactNode; testId?: string }) {
  return (
    <section className="detail-section" data-testid={testId}>
      <div className="detail-section-heading">
        <h3>{title}</h3>
        {aside}
      </div>
      {children}
    </section>
  );
}

/** The whole of one item: its fields, where it came from, its assessment and handling, and its history. */
export function ItemDetail({ itemId, highlight = [] }: ItemDetailProps) {
  const t = useT();
  const detail = useItemDetail(itemId);
  if (detail.state === 'loading') {
    return (
      <div className="item-detail" aria-busy="true">
        <p className="muted">{t('detail.loading')}</p>
      </div>
    );
  }
  if (detail.state === 'missing') {
    return (
      <div className="item-detail">
        <p className="empty-state">{t('detail.missing')}</p>
      </div>
    );
  }
  return <DetailBody data={detail.data} highlight={highlight} />;
}

function DetailBody({ data, highlight }: { data: ItemDetailData; highlight: readonly string[] }) {
  const t = useT();
  const { item } = data;
  const dash = t('triage.empty');
  const time = (value: string | null) => (value ? formatDateTime(value) : dash);
  const metric = (value: number | null) => (value === null ? dash : formatNumber(value));

  return (
    <article className="item-detail" aria-labelledby="item-detail-title" data-testid="item-detail">
      <header className="detail-header">
        <div className="detail-badges">
          <span className={`kind-badge kind-${item.kind}`} data-testid="detail-kind">
            {t(kindKey(item.kind))}
          </span>
          <span className={`status-badge status-${item.status}`} data-testid="detail-status">
            {t(statusKey(item.status))}
          </span>
          {item.assessment.risk !== null ? (
            <span className={`risk-badge risk-${item.assessment.risk}`}>
              {t('detail.riskBadge', { level: item.assessment.risk, label: t(riskKey(item.assessment.risk)) })}
            </span>
          ) : null}
        </div>
        <h2 id="item-detail-title" className="detail-title">
          {item.title ? <Highlighted text={item.title} terms={highlight} /> : t('detail.untitled')}
        </h2>
        <div className="detail-toolbar" role="toolbar" aria-label={t('detail.toolbar')}>
          <button type="button" className="button secondary" onClick={() => openTriageDialog('tag', [item.id])} aria-keyshortcuts="t">
            {t('commands.tag')} <kbd>T</kbd>
          </button>
          <button type="button" className="button secondary" onClick={() => openTriageDialog('event', [item.id])} aria-keyshortcuts="e">
            {t('commands.event')} <kbd>E</kbd>
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => openTriageDialog('refutation', [item.id])}
            aria-keyshortcuts="p"
          >
            {t('commands.refutation')} <kbd>P</kbd>
          </button>
        </div>
      </header>

      <dl className="detail-fields">
        <Field label={t('triage.field.kind')}>{t(kindKey(item.kind))}</Field>
        <Field label={t('triage.field.feeds')}>{item.feeds.map((feed) => t(feedKey(feed))).join('、') || dash}</Field>
        <Field label={t('triage.field.platform')}>{item.platform ?? dash}</Field>
        <Field label={t('triage.field.account')}>{item.account ?? dash}</Field>
        <Field label={t('triage.field.publishedAt')}>{time(item.publishedAt)}</Field>
        <Field label={t('triage.field.reportedAt')}>{time(item.reportedAt)}</Field>
        <Field label={t('triage.field.capturedAt')}>{time(item.capturedAt)}</Field>
        <Field label={t('triage.field.region')}>{item.region ?? dash}</Field>
        <Field label={t('triage.field.unitId')}>{data.unitName ?? dash}</Field>
        <Field label={t('triage.field.reporterId')}>{data.reporterName ?? dash}</Field>
        <Field label={t('triage.field.metrics')} wide>
          {t('detail.metrics', {
            reposts: metric(item.metrics.reposts),
            comments: metric(item.metrics.comments),
            likes: metric(item.metrics.likes),
            views: metric(item.metrics.views),
          })}
        </Field>
        <Field label={t('triage.field.url')} wide>
          {item.url ? <span className="detail-url">{item.url}</span> : dash}
        </Field>
        <Field label={t('triage.field.content')} wide>
          <p className="detail-content">{item.content ? <Highlighted text={item.content} terms={highlight} /> : dash}</p>
        </Field>
      </dl>

      <TagsSection item={item} />
      <AssessmentSection key={`${item.id}:${item.rev}`} item={item} />
      <StatusSection item={item} />
      <ActionsSection item={item} />
      <EventSection data={data} />
      <RefutationsSection data={data} />
      <ProvenanceSection item={item} />
      <DuplicatesSection data={data} />
      <HistorySection data={data} />
    </article>
  );
}

function TagsSection({ item }: { item: Item }) {
  const t = useT();
  return (
    <Section
      title={t('detail.tags')}
      testId="detail-tags"
      aside={
        <button type="button" className="link-button" onClick={() => navigate('tags')}>
          {t('detail.manageTags')}
        </button>
      }
    >
      {item.tags.length === 0 ? (
        <p className="muted">{t('detail.noTags')}</p>
      ) : (
        <div className="tag-list">
          {item.tags.map((path) => (
            <TagChip
              key={path}
              path={path}
              removeLabel={t('detail.removeTag', { path })}
              onRemove={() =>
                void runTriageWrite('undo.label.untag', 1, (repositories, ctx) =>
                  repositories.triage.tagItems([item.id], { remove: [path] }, ctx),
                )
              }
            />
          ))}
        </div>
      )}
    </Section>
  );
}

function AssessmentSection({ item }: { item: Item }) {
  const t = useT();
  const [draft, setDraft] = useState<AssessmentDraft>(() => draftFromValues({ ...item.assessment, kind: item.kind }));
  const assessedBy = item.assessment.assessedAt
    ? t('detail.assessedAt', { at: formatDateTime(item.assessment.assessedAt) })
    : t('detail.notAssessed');
  return (
    <Section title={t('detail.assessment')} aside={<span className="muted">{assessedBy}</span>} testId="detail-assessment">
      <form
        className="assessment-form"
        onSubmit={(event) => {
          event.preventDefault();
          void runTriageWrite(
            'undo.label.assess',
            1,
            (repositories, ctx) => repositories.triage.assessItems([item.id], patchFromDraft(draft, false), ctx),
            {
              announce: t('triage.assessed', { count: 1 }),
            },
          );
        }}
      >
        <AssessmentFields draft={draft} onChange={setDraft} bulk={false} idPrefix={`detail-${item.id}`} />
        <button type="submit" className="button">
          {t('detail.saveAssessment')}
        </button>
      </form>
    </Section>
  );
}

function StatusSection({ item }: { item: Item }) {
  const t = useT();
  const [pending, setPending] = useState<ItemStatus | null>(null);
  const apply = (status: ItemStatus) =>
    void runTriageWrite('undo.label.status', 1, (repositories, ctx) => repositories.triage.setStatus([item.id], status, ctx)).then(() =>
      setPending(null),
    );
  return (
    <Section title={t('detail.status')} testId="detail-status-section">
      <ol className="status-steps" aria-label={t('detail.statusSteps')}>
        {ITEM_STATUSES.map((status) => (
          <li
            key={status}
            className={status === item.status ? 'current' : undefined}
            aria-current={status === item.status ? 'step' : undefined}
          >
            {t(statusKey(status))}
          </li>
        ))}
      </ol>
      <p className="hint">{t('detail.statusHint')}</p>
      <label className="field inline" htmlFor={`status-${item.id}`}>
        <span>{t('detail.statusOverride')}</span>
        <select
          id={`status-${item.id}`}
          value={pending ?? item.status}
          onChange={(event) => {
            const next = event.target.value as ItemStatus;
            if (manualStatusChangeNeedsConfirmation(item.status, next, item.actions.length)) setPending(next);
            else if (next !== item.status) apply(next);
          }}
        >
          {ITEM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(statusKey(status))}
            </option>
          ))}
        </select>
      </label>
      {pending ? (
        <div className="confirm" role="alertdialog" aria-label={t('detail.confirmStatusTitle')}>
          <p>{t('detail.confirmStatus', { from: t(statusKey(item.status)), to: t(statusKey(pending)) })}</p>
          <button type="button" className="button" onClick={() => apply(pending)}>
            {t('detail.confirmStatusYes')}
          </button>
          <button type="button" className="button secondary" onClick={() => setPending(null)}>
            {t('triage.cancel')}
          </button>
        </div>
      ) : null}
    </Section>
  );
}

function ActionsSection({ item }: { item: Item }) {
  const t = useT();
  return (
    <Section title={t('detail.actions')} testId="detail-actions">
      {item.actions.length === 0 ? (
        <p className="muted">{t('detail.noActions')}</p>
      ) : (
        <ol className="action-log">
          {item.actions.map((action) => (
            <li key={action.id}>
              <span className={`action-type action-${action.type}`}>{t(actionTypeKey(action.type))}</span>
              <span className="action-when">{formatDateTime(action.at)}</span>
              <span className="action-by">{action.by || t('triage.empty')}</span>
              <span className="action-note">{action.note}</span>
            </li>
          ))}
        </ol>
      )}
      <details className="action-record">
        <summary>{t('detail.recordAction')}</summary>
        <ActionForm itemIds={[item.id]} idPrefix={`detail-action-${item.id}`} />
      </details>
    </Section>
  );
}

function EventSection({ data }: { data: ItemDetailData }) {
  const t = useT();
  return (
    <Section
      title={t('detail.event')}
      testId="detail-event"
      aside={
        <button type="button" className="link-button" onClick={() => navigate('events')}>
          {t('detail.allEvents')}
        </button>
      }
    >
      {data.event ? (
        <p>
          <a
            href="#/events"
            onClick={(event) => {
              event.preventDefault();
              window.location.hash = `#/events/${encodeURIComponent(data.event?.id ?? '')}`;
            }}
          >
            {data.event.name}
          </a>
        </p>
      ) : (
        <p className="muted">{t('detail.noEvent')}</p>
      )}
    </Section>
  );
}

function RefutationsSection({ data }: { data: ItemDetailData }) {
  const t = useT();
  const elapsed = timeToRefutation(data.item, data.refutations);
  return (
    <Section title={t('detail.refutations')} testId="detail-refutations">
      {data.refutations.length === 0 ? (
        <p className="muted">{t('detail.noRefutations')}</p>
      ) : (
        <>
          <ul className="plain-list">
            {data.refutations.map((refutation) => (
              <li key={refutation.id}>
                <strong>{refutation.title}</strong> · {refutation.publisher} · {refutation.channel} ·{' '}
                {formatDateTime(refutation.publishedAt)}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    void runTriageWrite('undo.label.unlink', 1, (repositories, ctx) =>
                      repositories.triage.unlinkRefutation(refutation.id, [data.item.id], ctx),
                    )
                  }
                >
                  {t('detail.unlinkRefutation')}
                </button>
              </li>
            ))}
          </ul>
          {elapsed !== null ? <p className="hint">{t('detail.timeToRefutation', { duration: formatDuration(t, elapsed) })}</p> : null}
        </>
      )}
      <button type="button" className="link-button" onClick={() => navigate('refutations')}>
        {t('detail.openRefutations')}
      </button>
    </Section>
  );
}

function ProvenanceSection({ item }: { item: Item }) {
  const t = useT();
  return (
    <Section title={t('detail.provenance')} testId="detail-provenance">
      {item.provenance.length === 0 ? (
        <p className="muted">{t('detail.noProvenance')}</p>
      ) : (
        <table className="data-table compact">
          <thead>
            <tr>
              <th scope="col">{t('triage.field.feeds')}</th>
              <th scope="col">{t('detail.file')}</th>
              <th scope="col">{t('detail.sheet')}</th>
              <th scope="col" className="numeric">
                {t('detail.row')}
              </th>
              <th scope="col">{t('triage.field.reportedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {item.provenance.map((row, index) => (
              <tr key={index}>
                <td>{t(feedKey(row.feed))}</td>
                <td>{row.file ?? t('detail.enteredByHand')}</td>
                <td>{row.sheet ?? t('triage.empty')}</td>
                <td className="numeric">{row.row ?? t('triage.empty')}</td>
                <td>{formatDateTime(row.reportedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

function DuplicatesSection({ data }: { data: ItemDetailData }) {
  const t = useT();
  const { item, duplicates } = data;
  return (
    <Section title={t('detail.duplicates')} testId="detail-duplicates">
      {duplicates.length === 0 ? (
        <p className="muted">{t('detail.noDuplicates')}</p>
      ) : (
        <ul className="duplicate-list">
          {duplicates.map(({ item: other, distance }) => (
            <li key={other.id}>
              <div>
                <strong>{itemHeadline(other, t('detail.untitled'))}</strong>
                <span className="muted">
                  {' '}
                  · {other.platform ?? t('triage.empty')} · {formatDateTime(other.reportedAt)} · {t('detail.distance', { distance })}
                </span>
              </div>
              <div className="duplicate-actions">
                <button
                  type="button"
                  className="button secondary"
                  onClick={() =>
                    void runTriageWrite(
                      'undo.label.merge',
                      2,
                      (repositories, ctx) => repositories.triage.mergeDuplicates(item.id, [other.id], ctx),
                      {
                        announce: t('detail.merged'),
                      },
                    )
                  }
                >
                  {t('detail.merge')}
                </button>
                <button
                  type="button"
                  className="button secondary"
                  onClick={() =>
                    void runTriageWrite('undo.label.dismiss', 2, (repositories, ctx) =>
                      repositories.triage.dismissDuplicate(item.id, other.id, ctx),
                    )
                  }
                >
                  {t('detail.notDuplicate')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function HistorySection({ data }: { data: ItemDetailData }) {
  const t = useT();
  useLocaleStore((state) => state.timeZone);
  const views = historyOfItem(data.history, data.item.id, t, data.eventNames);
  return (
    <Section title={t('detail.history')} testId="detail-history">
      <ol className="history-list">
        {views.map((view, index) => {
          const entry = data.history[index];
          if (!entry) return null;
          const actor = entry.actor === 'system' ? t('audit.system') : (data.people.get(entry.actor) ?? entry.actor);
          return (
            <li key={view.seq}>
              <div className="history-head">
                <span>{formatDateTime(view.at)}</span>
                <span>{actor}</span>
                <strong>{historyActionLabel(t, entry.action, (action) => actionLabel(t, action))}</strong>
              </div>
              {view.lines.length > 0 ? (
                <ul className="history-lines">
                  {view.lines.map((line, lineIndex) => (
                    <li key={lineIndex}>
                      {line.field}：{line.before ? <del>{line.before}</del> : null}
                      {line.before ? ' → ' : null}
                      <ins>{line.after}</ins>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
