import type { ReactNode, SelectHTMLAttributes } from 'react';

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'children'>;

/** A labelled drop-down in the shell's `.field` layout; `children` are its options. */
export function SelectField({
  id,
  label,
  value,
  onValue,
  children,
  ...select
}: SelectProps & { id: string; label: ReactNode; value: string; onValue: (value: string) => void; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onValue(event.target.value)} {...select}>
        {children}
      </select>
    </div>
  );
}
