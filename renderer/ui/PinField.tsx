import type { ComponentProps, ReactNode } from 'react';
import { TextField } from './TextField';

type PinProps = Omit<ComponentProps<typeof TextField>, 'type' | 'inputMode' | 'maxLength'>;

/** A PIN in the shell's `.field` layout: digits typed unseen, at most eight, on the number pad where there is one. */
export function PinField(props: PinProps & { children?: ReactNode }) {
  return <TextField type="password" inputMode="numeric" maxLength={8} {...props} />;
}
