import { useState } from 'react';
import { ACTION_TYPES, type ActionType } from '../../../../shared/domain/types';
import { useDesk } from '../../../workspace/desk';
import { useLocaleStore, useT } from '../../../i18n';
import { runTriageWrite } from '../undo/triage-writes';
import { actionTypeKey } from '../../../ui/domain-labels';
import { fromTimeInputValue, toTimeInputValue } from './time-input';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField, TextField } from '../../../ui/TextField';
import { TimeField } from './TimeField';

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
        <SelectField
          id={`${idPrefix}-type`}
          label={t('triage.actionType')}
          value={type}
          onValue={(value) => setType(value as ActionType)}
          data-autofocus
        >
          {ACTION_TYPES.map((option) => (
            <option key={option} value={option}>
              {t(actionTypeKey(option))}
            </option>
          ))}
        </SelectField>
        <TimeField id={`${idPrefix}-at`} label={t('triage.actionAt')} value={at} onValue={setAt} />
        <TextField id={`${idPrefix}-by`} label={t('triage.actionBy')} value={by} maxLength={40} onValue={setBy} />
      </div>
      <TextAreaField
        id={`${idPrefix}-note`}
        label={t('triage.actionNote')}
        rows={2}
        value={note}
        maxLength={500}
        placeholder={t('triage.actionNotePlaceholder')}
        onValue={setNote}
      />
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
