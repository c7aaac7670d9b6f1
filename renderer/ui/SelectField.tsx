import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldFrame, fieldParts, type ValueProps } from './TextField';

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'children'>;

/** A labelled drop-down in the shell's `.field` layout; `children` are its options, `hint` follows it. */
export function SelectField(props: SelectProps & ValueProps & { children: ReactNode }) {
  const { frame, control, after } = fieldParts(props);
  return (
    <FieldFrame {...frame}>
      <select {...control}>{after}</select>
    </FieldFrame>
  );
}
