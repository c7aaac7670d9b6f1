import { useId, useState, type FormEvent } from 'react';
import type { ItemAdoption, Report, ReportActionType } from '../../../shared/domain/report-types';
import type { Item, Profile } from '../../../shared/domain/types';
import { useT } from '../../i18n';
import { TextAreaField, TextField } from '../../ui/TextField';
import { runAction, runSignOff } from './compose-store';
import { itemTitle } from './ItemPicker';
import { actionName, statusLabel } from './report-labels';
import { actionButtons } from './waiting';

type FormAction = Exclude<ReportActionType, 'edit' | 'revise'>;

interface FeedbackRow {
  adopted: boolean;
  instruction: boolean;
  text: string;
}

function FeedbackFields({
  report,
  items,
  rows,
  onChange,
}: {
  report: Report;
  items: ReadonlyMap<string, Item>;
  rows: Record<string, FeedbackRow>;
  onChange: (itemId: string, row: FeedbackRow) => void;
}) {
  const t = useT();
  const untitled = t('reports.untitled');
  const reported = report.signedSnapshot?.items ?? report.items.map((entry) => ({ itemId: entry.itemId, ...items.get(entry.itemId) }));
  return (
    <>
      <p className="hint">{t('reports.feedback.intro')}</p>
      <ol className="feedback-list">
        {reported.map((item) => {
          const row = rows[item.itemId] ?? { adopted: false, instruction: false, text: '' };
          const title = itemTitle({ title: item.title ?? null, content: item.content ?? null }, untitled);
          return (
            <li key={item.itemId}>
              <span className="feedback-title">{title}</span>
              <label className="radio">
                <input
                  type="checkbox"
                  aria-label={`${t('reports.feedback.adopted')}：${title}`}
                  checked={row.adopted}
                  onChange={(event) => onChange(item.itemId, { ...row, adopted: event.target.checked })}
                />
                {t('reports.feedback.adopted')}
              </label>
              <label className="radio">
                <input
                  type="checkbox"
                  aria-label={`${t('reports.feedback.instruction')}：${title}`}
                  checked={row.instruction}
                  disabled={!row.adopted}
                  onChange={(event) => onChange(item.itemId, { ...row, instruction: event.target.checked })}
                />
                {t('reports.feedback.instruction')}
              </label>
              {row.adopted && row.instruction ? (
                <input
                  className="instruction-text"
                  aria-label={`${t('reports.feedback.instructionText')}：${title}`}
                  placeholder={t('reports.feedback.instructionText')}
                  value={row.text}
                  onChange={(event) => onChange(item.itemId, { ...row, text: event.target.value })}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** Exactly the moves the current person may make now (allowedActions), each with the input it needs. */
export function ActionBar({ report, profile, items }: { report: Report; profile: Profile; items: ReadonlyMap<string, Item> }) {
  const t = useT();
  const ids = useId();
  const [open, setOpen] = useState<FormAction | null>(null);
  const [text, setText] = useState('');
  const [channel, setChannel] = useState('');
  const [recipient, setRecipient] = useState('');
  const [feedback, setFeedback] = useState<Record<string, FeedbackRow>>({});
  const [busy, setBusy] = useState(false);
  const actions = actionButtons(report.status, profile.role);

  const start = (action: ReportActionType) => {
    if (action === 'edit') return;
    if (action === 'revise') {
      void perform(() => runAction({ type: 'revise' }, profile.id));
      return;
    }
    setText('');
    setChannel('');
    setRecipient(report.heading.recipient);
    setFeedback({});
    setOpen(action);
  };

  const perform = async (work: () => Promise<boolean>) => {
    setBusy(true);
    const ok = await work();
    setBusy(false);
    if (ok) setOpen(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!open) return;
    switch (open) {
      case 'submitForReview':
      case 'approve':
        void perform(() => runAction({ type: open, comment: text }, profile.id));
        return;
      case 'return':
        void perform(() => runAction({ type: 'return', comment: text }, profile.id));
        return;
      case 'withdraw':
        void perform(() => runAction({ type: 'withdraw', reason: text }, profile.id));
        return;
      case 'signOff':
        void perform(() => runSignOff(profile.name, profile.id));
        return;
      case 'submit':
        void perform(() => runAction({ type: 'submit', channel, recipient }, profile.id));
        return;
      case 'recordFeedback': {
        const adoptions: ItemAdoption[] = Object.entries(feedback)
          .filter(([, row]) => row.adopted)
          .map(([itemId, row]) => ({ itemId, instruction: row.instruction, instructionText: row.instruction ? row.text : null }));
        void perform(() => runAction({ type: 'recordFeedback', adoptions }, profile.id));
        return;
      }
    }
  };

  return (
    <div className="panel action-bar" data-testid="action-bar">
      <h2 className="section-title inline">{t('reports.actions')}</h2>
      {actions.length === 0 ? (
        <p className="muted" data-testid="no-actions">
          {t('reports.actionsNone', { role: t(`role.${profile.role}`), status: statusLabel(t, report.status) })}
        </p>
      ) : (
        <div className="button-row">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'withdraw' || action === 'return' ? 'button secondary' : 'button'}
              aria-expanded={open === action}
              disabled={busy}
              onClick={() => start(action)}
            >
              {actionName(t, action)}
            </button>
          ))}
        </div>
      )}
      {open ? (
        <form className="action-form" onSubmit={submit} aria-label={actionName(t, open)}>
          {open === 'submitForReview' || open === 'approve' || open === 'return' || open === 'withdraw' ? (
            <TextAreaField
              id={`${ids}-text`}
              label={open === 'return' ? t('reports.commentRequired') : open === 'withdraw' ? t('reports.reason') : t('reports.comment')}
              rows={3}
              value={text}
              onValue={setText}
              autoFocus
            />
          ) : null}
          {open === 'signOff' ? <p>{t('reports.signConfirm', { name: profile.name })}</p> : null}
          {open === 'submit' ? (
            <div className="inline-fields">
              <TextField
                id={`${ids}-channel`}
                label={t('reports.submission.channel')}
                value={channel}
                placeholder={t('reports.submission.channelPlaceholder')}
                onValue={setChannel}
                autoFocus
              />
              <TextField id={`${ids}-recipient`} label={t('reports.submission.recipient')} value={recipient} onValue={setRecipient} />
            </div>
          ) : null}
          {open === 'recordFeedback' ? (
            <FeedbackFields
              report={report}
              items={items}
              rows={feedback}
              onChange={(itemId, row) => setFeedback((current) => ({ ...current, [itemId]: row }))}
            />
          ) : null}
          <div className="button-row">
            <button type="submit" className="button" disabled={busy}>
              {t('reports.confirm', { action: actionName(t, open) })}
            </button>
            <button type="button" className="button secondary" onClick={() => setOpen(null)}>
              {t('reports.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
