import type { ReactNode } from 'react';

export interface RadioChoice<Value extends string> {
  value: Value;
  label: ReactNode;
}

/**
 * One choice among a few, as radio buttons in a row under a legend in the shell's `.field` layout. `checked` says
 * which is on (null: none, as when another control has taken over the choice); `children` follow the row (a hint).
 */
export function RadioGroup<Value extends string>({
  name,
  legend,
  choices,
  checked,
  onValue,
  children,
}: {
  name: string;
  legend: ReactNode;
  choices: readonly RadioChoice<Value>[];
  checked: Value | null;
  onValue: (value: Value) => void;
  children?: ReactNode;
}) {
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      <div className="radio-row">
        {choices.map((choice) => (
          <label key={choice.value} className="radio">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={checked === choice.value}
              onChange={() => onValue(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
