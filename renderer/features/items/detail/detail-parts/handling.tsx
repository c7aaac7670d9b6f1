// The item's handling: its tags, assessment, status, recorded actions, event and refutations.
import { useState } from 'react';
import { ITEM_STATUSES, type Item, type ItemStatus } from '../../../../../shared/domain/types';
import { manualStatusChangeNeedsConfirmation, timeToRefutation } from '../../../../../shared/triage';
import { runCommand } from '../../../../commands/registry';
import { useT } from '../../../../i18n';
import { formatDuration } from '../../../triage';
import { formatDateTime } from '../../../../i18n/format';
import { runTriageWrite } from '../../../triage';
import { TagChip } from '../../../triage';
import { ActionForm } from '../../../triage';
import { AssessmentFields, draftFromValues, patchFromDraft, type AssessmentDraft } from '../../../triage';
import { actionTypeKey, statusKey } from '../../../../ui/domain-labels';
import type { ItemDetailData } from '../use-item-detail';
import { Section } from './section';

export function TagsSection({ item }: { item: Item }) {
  const t = useT();
  return (
    <Section
      title={t('detail.tags')}
      testId="detail-tags"
      aside={
        <button type="button" className="link-button" onClick={() => void runCommand('open.tags')}>
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

export function AssessmentSection({ item }: { item: Item }) {
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

export function StatusSection({ item }: { item: Item }) {
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

export function ActionsSection({ item }: { item: Item }) {
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

export function EventSection({ data }: { data: ItemDetailData }) {
  const t = useT();
  return (
    <Section
      title={t('detail.event')}
      testId="detail-event"
      aside={
        <button type="button" className="link-button" onClick={() => void runCommand('open.events')}>
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

export function RefutationsSection({ data }: { data: ItemDetailData }) {
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
      <button type="button" className="link-button" onClick={() => void runCommand('open.refutations')}>
        {t('detail.openRefutations')}
      </button>
    </Section>
  );
}
