import { TextField } from '../../../ui/TextField';

/** A date and time typed as digits in the desk's zone (`time-input` reads it), not the browser's own picker. */
export function TimeField({ id, label, value, onValue }: { id: string; label: string; value: string; onValue: (value: string) => void }) {
  return (
    <TextField id={id} label={label} inputMode="numeric" placeholder="2026-03-02 09:30" maxLength={16} value={value} onValue={onValue} />
  );
}
