import { afterEach, describe, expect, it, vi } from 'vitest';
import { listCommands, registerCommand, runCommand, useCommandStore, type CommandBehaviour } from '../../../renderer/commands/registry';
import { commandForKey, formatShortcut, matchesShortcut, type KeyLike } from '../../../renderer/commands/shortcuts';

function key(overrides: Partial<KeyLike> & { key: string; target?: EventTarget | null }): KeyLike & { target: EventTarget | null } {
  return { code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target: null, ...overrides };
}

function buildCommand(overrides: Partial<CommandBehaviour> & Pick<CommandBehaviour, 'id'>): CommandBehaviour {
  return { perform: vi.fn(), ...overrides };
}

afterEach(() => useCommandStore.setState({ commands: new Map() }));

describe('command registry', () => {
  it('registers, runs and unregisters a command', async () => {
    const perform = vi.fn();
    const remove = registerCommand(buildCommand({ id: 'items.tag', perform }));
    expect(await runCommand('items.tag')).toBe(true);
    expect(perform).toHaveBeenCalledOnce();
    remove();
    expect(listCommands()).toEqual([]);
    expect(await runCommand('items.tag')).toBe(false);
  });

  it('does not run a disabled command', async () => {
    const perform = vi.fn();
    registerCommand(buildCommand({ id: 'items.assess', perform, isEnabled: () => false }));
    expect(await runCommand('items.assess')).toBe(false);
    expect(perform).not.toHaveBeenCalled();
  });

  it('knows only the ids of the command table', async () => {
    // @ts-expect-error an id missing from shared/commands/table.ts is not a command
    expect(await runCommand('items.nonexistent')).toBe(false);
  });
});

describe('shortcuts', () => {
  it('matches Mod combinations by platform', () => {
    expect(matchesShortcut(key({ key: 'k', code: 'KeyK', ctrlKey: true }), 'Mod+K')).toBe(true);
    expect(matchesShortcut(key({ key: 'k', code: 'KeyK', metaKey: true }), 'Mod+K')).toBe(false);
    expect(matchesShortcut(key({ key: 'k', code: 'KeyK', metaKey: true }), 'Mod+K', true)).toBe(true);
    expect(matchesShortcut(key({ key: 'Z', code: 'KeyZ', ctrlKey: true, shiftKey: true }), 'Shift+Mod+Z')).toBe(true);
    expect(matchesShortcut(key({ key: 'z', code: 'KeyZ', ctrlKey: true }), 'Shift+Mod+Z')).toBe(false);
  });

  it('reads Alt+digit from the physical key', () => {
    expect(matchesShortcut(key({ key: '¡', code: 'Digit1', altKey: true }), 'Alt+1')).toBe(true);
  });

  it('never fires an unmodified key while typing, but does fire Mod shortcuts', () => {
    registerCommand(buildCommand({ id: 'items.next' }));
    registerCommand(buildCommand({ id: 'palette.open' }));
    const input = document.createElement('input');
    expect(commandForKey(key({ key: 'j', code: 'KeyJ', target: input }))).toBeUndefined();
    expect(commandForKey(key({ key: 'j', code: 'KeyJ', target: document.body }))?.id).toBe('items.next');
    expect(commandForKey(key({ key: 'k', code: 'KeyK', ctrlKey: true, target: input }))?.id).toBe('palette.open');
  });

  it('formats shortcuts for display', () => {
    expect(formatShortcut('Shift+Mod+Z')).toBe('Ctrl+Shift+Z');
    expect(formatShortcut('j')).toBe('J');
  });
});
