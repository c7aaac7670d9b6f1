import type { InputHTMLAttributes, ReactNode, Ref, TextareaHTMLAttributes } from 'react';

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  /** joins `field`: `wide` spans a form grid, `inline` puts the label beside its control */
  fieldClass?: string;
  /** a line under the control saying what it is for; none when empty */
  hint?: ReactNode;
  children: ReactNode;
}

/** The shell's `.field` layout: a label naming its control through htmlFor, then the control, then its hint. */
export function FieldFrame({ id, label, fieldClass, hint, children }: FieldFrameProps) {
  return (
    <div className={fieldClass ? `field ${fieldClass}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? <p className="hint">{hint}</p> : null}
    </div>
  );
}

/** What every labelled field takes: its id, label and value, and where a new value goes. */
export interface ValueProps {
  id: string;
  label: ReactNode;
  value: string;
  onValue: (value: string) => void;
  fieldClass?: string;
  hint?: ReactNode;
  /** follow the control: a datalist */
  children?: ReactNode;
}

/** Splits a field's props into its frame's, its control's (value wired to onValue) and what follows the control. */
export function fieldParts<P extends ValueProps>({ id, label, value, onValue, fieldClass, hint, children, ...rest }: P) {
  return {
    frame: { id, label, fieldClass, hint },
    control: { id, value, onChange: (event: { target: { value: string } }) => onValue(event.target.value), ...rest },
    after: children,
  };
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'children'>;

/**
 * A labelled text input in the shell's `.field` layout: the label names the input through htmlFor, so screen
 * readers and getByLabel find it.
 */
export function TextField({ ref, ...props }: InputProps & ValueProps & { ref?: Ref<HTMLInputElement> }) {
  const { frame, control, after } = fieldParts(props);
  return (
    <FieldFrame {...frame}>
      <input ref={ref} {...control} />
      {after}
    </FieldFrame>
  );
}

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange' | 'children'>;

/** TextField for text of several lines. */
export function TextAreaField(props: TextAreaProps & ValueProps) {
  const { frame, control, after } = fieldParts(props);
  return (
    <FieldFrame {...frame}>
      <textarea {...control} />
      {after}
    </FieldFrame>
  );
}
