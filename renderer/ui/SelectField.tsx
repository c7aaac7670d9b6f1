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

export interface SelectOption {
  value: string;
  label: ReactNode;
}

/** A drop-down's options: `none` first, standing for the empty value, when given; then one per entry. */
export function OptionList({ options, none }: { options: readonly SelectOption[]; none?: ReactNode }) {
  return (
    <>
      {none === undefined ? null : <option value="">{none}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
}
