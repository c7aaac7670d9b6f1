import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldFrame, type ValueProps } from './TextField';

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'children'>;

/** A labelled drop-down in the shell's `.field` layout; `children` are its options, `hint` follows it. */
export function SelectField({
  id,
  label,
  value,
  onValue,
  fieldClass,
  hint,
  children,
  ...select
}: SelectProps & ValueProps & { children: ReactNode }) {
  return (
    <FieldFrame id={id} label={label} fieldClass={fieldClass} hint={hint}>
      <select id={id} value={value} onChange={(event) => onValue(event.target.value)} {...select}>
        {children}
      </select>
    </FieldFrame>
  );
}
