import type { ComponentProps, ReactNode } from 'react';
import { useT } from '../../i18n';
import { TextField } from '../../ui/TextField';

type InlineField = Omit<ComponentProps<typeof TextField>, 'fieldClass'>;

interface InlineFormProps {
  /** `confirm` (the default) sets the form off as a panel under what it changes */
  className?: string;
  label?: string;
  /** before the fields: what the change will do */
  explain?: ReactNode;
  /** one inline text field each */
  fields: readonly InlineField[];
  /** after the fields, before the buttons */
  note?: ReactNode;
  submitLabel: string;
  onSubmit: () => void;
  /** a cancel button beside the submit one; none when absent */
  onCancel?: () => void;
}

/** A short form of text fields in a row, as the triage pages edit an event or a tag in place. */
export function InlineForm({ className = 'confirm', label, explain, fields, note, submitLabel, onSubmit, onCancel }: InlineFormProps) {
  const t = useT();
  return (
    <form
      className={className}
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {explain}
      {fields.map((field) => (
        <TextField key={field.id} fieldClass="inline" {...field} />
      ))}
      {note}
      <button type="submit" className="button">
        {submitLabel}
      </button>
      {onCancel ? (
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('triage.cancel')}
        </button>
      ) : null}
    </form>
  );
}

interface ConfirmDangerProps {
  label: string;
  explain: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The question before a destructive change: what it will do, a danger button that does it (focused) and cancel. */
export function ConfirmDanger({ label, explain, confirmLabel, onConfirm, onCancel }: ConfirmDangerProps) {
  const t = useT();
  return (
    <div className="confirm" role="alertdialog" aria-label={label}>
      <p>{explain}</p>
      <button type="button" className="button danger" autoFocus onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" className="button secondary" onClick={onCancel}>
        {t('triage.cancel')}
      </button>
    </div>
  );
}
