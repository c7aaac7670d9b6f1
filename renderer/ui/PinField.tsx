import type { ComponentProps } from 'react';
import { TextField } from './TextField';

/** A PIN in the shell's `.field` layout: digits typed unseen, at most eight, on the number pad where there is one. */
export function PinField(props: Omit<ComponentProps<typeof TextField>, 'type' | 'inputMode' | 'maxLength'>) {
  return <TextField type="password" inputMode="numeric" maxLength={8} {...props} />;
}
