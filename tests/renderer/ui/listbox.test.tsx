import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Listbox } from '../../../renderer/ui/Listbox';

const FRUITS = ['apple', 'banana', 'cherry', 'damson'];

function Fruits({ onChoose }: { onChoose: (fruit: string) => void }) {
  const [query, setQuery] = useState('');
  return (
    <Listbox
      id="fruits"
      label="Fruit"
      query={query}
      onQuery={setQuery}
      options={FRUITS.filter((fruit) => fruit.includes(query))}
      optionKey={(fruit) => fruit}
      renderOption={(fruit) => fruit}
      onChoose={onChoose}
      empty="No fruit"
    />
  );
}

const input = () => screen.getByRole('combobox', { name: 'Fruit' });
const activeOption = () => document.getElementById(input().getAttribute('aria-activedescendant') ?? '');
const press = (key: string) => fireEvent.keyDown(input(), { key });

describe('Listbox', () => {
  afterEach(cleanup);

  it('names its options as a listbox and marks the first one active', () => {
    render(<Fruits onChoose={() => {}} />);
    expect(screen.getByRole('listbox', { name: 'Fruit' })).toBeTruthy();
    expect(screen.getAllByRole('option')).toHaveLength(4);
    expect(activeOption()?.textContent).toBe('apple');
    expect(activeOption()?.getAttribute('aria-selected')).toBe('true');
  });

  it('moves with the arrows, wrapping at either end, and jumps with Home and End', () => {
    render(<Fruits onChoose={() => {}} />);
    press('ArrowDown');
    expect(activeOption()?.textContent).toBe('banana');
    press('ArrowUp');
    press('ArrowUp');
    expect(activeOption()?.textContent).toBe('damson');
    press('ArrowDown');
    expect(activeOption()?.textContent).toBe('apple');
    press('End');
    expect(activeOption()?.textContent).toBe('damson');
    press('Home');
    expect(activeOption()?.textContent).toBe('apple');
    expect(screen.getAllByRole('option').filter((option) => option.getAttribute('aria-selected') === 'true')).toHaveLength(1);
  });

  it('chooses the active option with Enter, and one clicked with the mouse', () => {
    const onChoose = vi.fn();
    render(<Fruits onChoose={onChoose} />);
    press('ArrowDown');
    press('ArrowDown');
    press('Enter');
    expect(onChoose).toHaveBeenLastCalledWith('cherry');
    fireEvent.mouseDown(screen.getByRole('option', { name: 'damson' }));
    expect(onChoose).toHaveBeenLastCalledWith('damson');
  });

  it('starts again at the first match when the query changes', () => {
    render(<Fruits onChoose={() => {}} />);
    press('End');
    fireEvent.change(input(), { target: { value: 'an' } });
    expect(activeOption()?.textContent).toBe('banana');
  });

  it('says so when nothing matches, and Enter chooses nothing', () => {
    const onChoose = vi.fn();
    render(<Fruits onChoose={onChoose} />);
    fireEvent.change(input(), { target: { value: 'kiwi' } });
    expect(screen.getByText('No fruit')).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input().getAttribute('aria-activedescendant')).toBeNull();
    press('Enter');
    expect(onChoose).not.toHaveBeenCalled();
  });
});
