import type { InputHTMLAttributes, ReactNode } from 'react';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'children'>;

/**
 * A labelled text input in the shell's `.field` layout: the label names the input through htmlFor, so screen
 * readers and getByLabel find it. `children` follow the input (a datalist, a hint).
 */
export function TextField({
  id,
  label,
  value,
  onValue,
  children,
  ...input
}: InputProps & { id: string; label: ReactNode; value: string; onValue: (value: string) => void; children?: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} onChange={(event) => onValue(event.target.value)} {...input} />
      {children}
    </div>
  );
}
