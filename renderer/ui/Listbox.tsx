import { useState, type ReactNode } from 'react';

interface ListboxProps<T> {
  /** the list's id; option n is `${id}-${n}`, which the input names as its active descendant */
  id: string;
  label: string;
  /** the input's own name, when it differs from the list's */
  inputLabel?: string;
  placeholder?: string;
  query: string;
  onQuery: (query: string) => void;
  options: readonly T[];
  optionKey: (option: T) => string;
  renderOption: (option: T) => ReactNode;
  onChoose: (option: T) => void;
  /** shown in place of the list when nothing matches */
  empty: ReactNode;
  /** options of one column; otherwise each option is laid out as a row of parts */
  single?: boolean;
  type?: 'search' | 'text';
}

/**
 * A filter input over a list of options, driven from the keyboard: ArrowUp and ArrowDown move (and wrap), Home and
 * End jump to either end, Enter chooses. Focus stays in the input; the active option is announced through
 * aria-activedescendant, so typing and moving never fight over the caret.
 */
export function Listbox<T>({
  id,
  label,
  inputLabel = label,
  placeholder,
  query,
  onQuery,
  options,
  optionKey,
  renderOption,
  onChoose,
  empty,
  single = false,
  type = 'text',
}: ListboxProps<T>) {
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));
  const count = Math.max(1, options.length);
  const optionId = (index: number) => `${id}-${index}`;
  const moves: Record<string, () => number> = {
    ArrowDown: () => (activeIndex + 1) % count,
    ArrowUp: () => (activeIndex - 1 + count) % count,
    Home: () => 0,
    End: () => count - 1,
  };
  const optionClass = single ? 'palette-option single' : 'palette-option';

  return (
    <>
      <input
        className="palette-input"
        type={type}
        role="combobox"
        aria-expanded="true"
        aria-controls={id}
        aria-activedescendant={options[activeIndex] === undefined ? undefined : optionId(activeIndex)}
        aria-label={inputLabel}
        placeholder={placeholder}
        value={query}
        onChange={(event) => {
          onQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          const move = moves[event.key];
          if (move) {
            event.preventDefault();
            setActive(move());
          } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
            event.preventDefault();
            const chosen = options[activeIndex];
            if (chosen !== undefined) onChoose(chosen);
          }
        }}
      />
      {options.length === 0 ? (
        <p className="muted palette-empty">{empty}</p>
      ) : (
        <ul id={id} className="palette-list" role="listbox" aria-label={label}>
          {options.map((option, index) => (
            <li
              key={optionKey(option)}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={index === activeIndex ? `${optionClass} active` : optionClass}
              onMouseEnter={() => setActive(index)}
              onMouseDown={(event) => {
                event.preventDefault();
                onChoose(option);
              }}
            >
              {renderOption(option)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
