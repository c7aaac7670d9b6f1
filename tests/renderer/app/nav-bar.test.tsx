import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../../renderer/app/catalog';
import { registerAppCommands } from '../../../renderer/app/app-commands';
import { NavBar } from '../../../renderer/app/NavBar';
import { useCommandStore } from '../../../renderer/commands/registry';
import { useRouter } from '../../../renderer/workspace/router';
import { COMMAND_TABLE } from '../../../shared/commands/table';

beforeEach(() => {
  useCommandStore.setState({ commands: new Map() });
  registerAppCommands();
});
afterEach(cleanup);

describe('the navigation', () => {
  it('shows each page with the key of its open command from the command table', () => {
    render(<NavBar />);
    const items = screen.getByRole('link', { name: /^条目/ });
    expect(COMMAND_TABLE['open.items'].shortcut).toBe('Alt+2');
    expect(items.getAttribute('aria-keyshortcuts')).toBe('Alt+2');
    expect(items.querySelector('kbd')?.textContent).toBe('Alt+2');
    expect(screen.getByRole('link', { name: /^操作日志/ }).getAttribute('aria-keyshortcuts')).toBe(COMMAND_TABLE['open.audit'].shortcut);
  });

  it('opens the page by running that command', () => {
    render(<NavBar />);
    fireEvent.click(screen.getByRole('link', { name: /^统计/ }));
    expect(useRouter.getState().route).toBe('stats');
    fireEvent.click(screen.getByRole('link', { name: /^首页/ }));
    expect(useRouter.getState().route).toBe('home');
  });
});
