import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommandButton } from '../../../renderer/commands/CommandButton';
import { registerCommand, useCommandStore } from '../../../renderer/commands/registry';

afterEach(() => {
  cleanup();
  useCommandStore.setState({ commands: new Map() });
});

describe('CommandButton', () => {
  it('shows the label and key of the command table and runs the command when clicked', async () => {
    const perform = vi.fn();
    registerCommand({ id: 'items.tag', perform });
    render(<CommandButton id="items.tag" />);
    const button = screen.getByRole('button', { name: '打标签 T' });
    expect(button.getAttribute('aria-keyshortcuts')).toBe('t');
    fireEvent.click(button);
    await vi.waitFor(() => expect(perform).toHaveBeenCalledOnce());
  });

  it('does nothing while its command is disabled', () => {
    const perform = vi.fn();
    registerCommand({ id: 'palette.open', perform, isEnabled: () => false });
    render(<CommandButton id="palette.open" />);
    const button = screen.getByRole('button');
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Control+K');
    fireEvent.click(button);
    expect(perform).not.toHaveBeenCalled();
  });
});
