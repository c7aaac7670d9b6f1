import { useState, type ReactNode } from 'react';

export interface PickOption {
  id: string;
  label: string;
}

interface PickOrCreateFormProps {
  /** the id of the drop-down that picks */
  id: string;
  chooseLabel: string;
  /** the drop-down's first entry, which stands for a new one */
  createOption: string;
  existing: readonly PickOption[];
  createLabel: string;
  pickLabel: string;
  /** the first reason the fields for a new one cannot be saved, or null */
  validateCreate: () => string | null;
  onCreate: () => void;
  onPick: (id: string) => void;
  /** the fields of a new one, shown only while the drop-down stands on its first entry */
  children: ReactNode;
  hint?: ReactNode;
  /** a button beside the submit button */
  secondary: ReactNode;
}

const CREATE = '';

/** Pick an existing record from a drop-down, or leave it on its first entry and fill in the fields of a new one. */
export function PickOrCreateForm({
  id,
  chooseLabel,
  createOption,
  existing,
  createLabel,
  pickLabel,
  validateCreate,
  onCreate,
  onPick,
  children,
  hint,
  secondary,
}: PickOrCreateFormProps) {
  const [choice, setChoice] = useState(CREATE);
  const [error, setError] = useState<string | null>(null);
  const creating = choice === CREATE;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!creating) return onPick(choice);
        const problem = validateCreate();
        if (problem) return setError(problem);
        onCreate();
      }}
    >
      <label className="field" htmlFor={id}>
        <span>{chooseLabel}</span>
        <select id={id} value={choice} onChange={(event) => setChoice(event.target.value)} data-autofocus>
          <option value={CREATE}>{createOption}</option>
          {existing.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      {creating ? children : null}
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
      {hint ? <p className="hint">{hint}</p> : null}
      <div className="modal-actions">
        {secondary}
        <button type="submit" className="button">
          {creating ? createLabel : pickLabel}
        </button>
      </div>
    </form>
  );
}
