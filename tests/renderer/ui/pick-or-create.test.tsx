import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PickOrCreateForm } from '../../../renderer/ui/PickOrCreateForm';

function renderForm(problem: string | null = null) {
  const onCreate = vi.fn();
  const onPick = vi.fn();
  render(
    <PickOrCreateForm
      id="shelf"
      chooseLabel="Shelf"
      createOption="New shelf"
      existing={[{ id: 's1', label: 'Top shelf' }]}
      createLabel="Create"
      pickLabel="Put"
      validateCreate={() => problem}
      onCreate={onCreate}
      onPick={onPick}
      secondary={<button type="button">Cancel</button>}
    >
      <input aria-label="Shelf name" />
    </PickOrCreateForm>,
  );
  return { onCreate, onPick };
}

describe('PickOrCreateForm', () => {
  afterEach(cleanup);

  it('starts on a new one, with its fields and the create button', () => {
    const { onCreate, onPick } = renderForm();
    expect(screen.getByLabelText('Shelf name')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(onCreate).toHaveBeenCalledOnce();
    expect(onPick).not.toHaveBeenCalled();
  });

  it('shows why a new one cannot be saved and creates nothing', () => {
    const { onCreate } = renderForm('A name is needed');
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(screen.getByRole('alert').textContent).toBe('A name is needed');
    expect(onCreate).not.toHaveBeenCalled();
  });

  it('picks an existing one without its fields or their checks', () => {
    const { onCreate, onPick } = renderForm('A name is needed');
    fireEvent.change(screen.getByLabelText('Shelf'), { target: { value: 's1' } });
    expect(screen.queryByLabelText('Shelf name')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Put' }));
    expect(onPick).toHaveBeenCalledWith('s1');
    expect(onCreate).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
