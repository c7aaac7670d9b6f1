import { useState } from 'react';
import { ACTION_TYPES, type ActionType } from '../../../../shared/domain/types';
import { useDesk } from '../../../workspace/desk';
import { useLocaleStore, useT } from '../../../i18n';
import { runTriageWrite } from '../undo/triage-writes';
import { actionTypeKey } from '../../../ui/domain-labels';
import { fromTimeInputValue, toTimeInputValue } from './time-input';

interface ActionFormProps {
  itemIds: readonly string[];
  idPrefix: string;
  onDone?: () => void;
  onCancel?: () => void;
}

/** Records 研判 · 管控 · 辟谣 · 引导 with date, person and note; 办结 closes the item with it. */
export function ActionForm({ itemIds, idPrefix, onDone, onCancel }: ActionFormProps) {
  const t = useT();
  const timeZone = useLocaleStore((state) => state.timeZone);
  const person = useDesk((state) => state.profile?.name ?? '');
  const [type, setType] = useState<ActionType>('contain');
  const [at, setAt] = useState(() => toTimeInputValue(Date.now(), timeZone));
  const [by, setBy] = useState(person);
  const [note, setNote] = useState('');
  const [closes, setCloses] = useState(false);
  const [error, setError] = useState<string | null>(null);

  return (
    <form
      className="action-form"
      onSubmit={(event) => {
        event.preventDefault();
        const iso = fromTimeInputValue(at, timeZone);
        if (!iso) {
          setError(t('triage.actionTimeInvalid'));
          return;
        }
        if (note.trim() === '') {
          setError(t('triage.actionNoteRequired'));
          return;
        }
        setError(null);
        void runTriageWrite('undo.label.action', itemIds.length, (repositories, ctx) =>
          repositories.triage.recordAction(itemIds, { type, at: iso, by, note, closes }, ctx),
        ).then((result) => {
          if (!result) return;
          setNote('');
          setCloses(false);
          onDone?.();
        });
      }}
    >
      <div className="action-form-row">
        <label className="field" htmlFor={`${idPrefix}-type`}>
          <span>{t('triage.actionType')}</span>
          <select id={`${idPrefix}-type`} value={type} onChange={(event) => setType(event.target.value as ActionType)} data-autofocus>
            {ACTION_TYPES.map((option) => (
              <option key={option} value={option}>
                {t(actionTypeKey(option))}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={`${idPrefix}-at`}>
          <span>{t('triage.actionAt')}</span>
          <input
            id={`${idPrefix}-at`}
            inputMode="numeric"
            placeholder="2026-03-02 09:30"
            maxLength={16}
            value={at}
            onChange={(event) => setAt(event.target.value)}
          />
        </label>
        <label className="field" htmlFor={`${idPrefix}-by`}>
          <span>{t('triage.actionBy')}</span>
          <input id={`${idPrefix}-by`} value={by} maxLength={40} onChange={(event) => setBy(event.target.value)} />
        </label>
      </div>
      <label className="field" htmlFor={`${idPrefix}-note`}>
        <span>{t('triage.actionNote')}</span>
        <textarea
          id={`${idPrefix}-note`}
          rows={2}
          value={note}
          maxLength={500}
          placeholder={t('triage.actionNotePlaceholder')}
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={closes} onChange={(event) => setCloses(event.target.checked)} />
        {t('triage.actionCloses')}
      </label>
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
      <div className="modal-actions">
        {onCancel ? (
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('triage.cancel')}
          </button>
        ) : null}
        <button type="submit" className="button">
          {t('triage.recordAction')}
        </button>
      </div>
    </form>
  );
}
