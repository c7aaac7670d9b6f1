import type { ReactNode } from 'react';
import type { Unit } from '../../../shared/domain/types';
import { TextField } from '../../ui/TextField';
import { useT } from '../../i18n';

/**
 * The frame both registry forms share: title, fields, hints, then save (disabled while a problem stands, which is
 * said beside it) and cancel.
 */
export function RegistryForm({
  title,
  problem,
  onSubmit,
  onCancel,
  hints,
  children,
}: {
  title: string;
  problem: string | null;
  onSubmit: () => void;
  onCancel: () => void;
  hints?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <form
      className="units-panel"
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        if (problem === null) onSubmit();
      }}
    >
      <h3>{title}</h3>
      <div className="units-form">{children}</div>
      {hints}
      <div className="units-actions">
        <button type="submit" className="button" disabled={problem !== null}>
          {t('units.form.save')}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('units.form.cancel')}
        </button>
        {problem ? <span className="error-text">{problem}</span> : null}
      </div>
    </form>
  );
}

/** Both forms open on the name: it takes the focus, so the analyst can type at once. */
export function NameField({ id, label, value, onValue }: { id: string; label: string; value: string; onValue: (name: string) => void }) {
  return <TextField id={id} label={label} value={value} autoFocus onValue={onValue} />;
}

export function ActiveField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="field">
      <label className="radio">
        <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
        {label}
      </label>
    </div>
  );
}

export function UnitOptions({ units }: { units: readonly Unit[] }) {
  return units.map((unit) => (
    <option key={unit.id} value={unit.id}>
      {unit.name}
    </option>
  ));
}
