import { create } from 'zustand';
import type { PlainMessageKey } from '../i18n';

// Commands as data (as Excalidraw's actions): every user command — tag, assess, link, export, navigate — is
// defined once here and shared by the menus, the keyboard shortcuts and the command palette, so the three
// can never disagree about what a command is called, what it does or which key runs it.

export interface Command {
  /** stable id, e.g. 'items.tag' */
  id: string;
  label: PlainMessageKey;
  /** palette grouping, e.g. 'commands.group.items' */
  group: PlainMessageKey;
  /**
   * Shortcut in the form 'Mod+K', 'Shift+Mod+Z', 'Alt+1', 'j', '/'. Mod is Ctrl (Cmd on macOS).
   * Single keys without a modifier never fire while the analyst is typing in a field.
   */
  shortcut?: string;
  /** false hides the command from the palette and ignores its shortcut (e.g. nothing selected) */
  isEnabled?: () => boolean;
  perform: () => void | Promise<void>;
}

interface CommandState {
  commands: ReadonlyMap<string, Command>;
}

export const useCommandStore = create<CommandState>(() => ({ commands: new Map() }));

/** Registers a command; returns the function that removes it again (for page-scoped commands). */
export function registerCommand(command: Command): () => void {
  useCommandStore.setState((state) => {
    const commands = new Map(state.commands);
    commands.set(command.id, command);
    return { commands };
  });
  return () =>
    useCommandStore.setState((state) => {
      if (state.commands.get(command.id) !== command) return state;
      const commands = new Map(state.commands);
      commands.delete(command.id);
      return { commands };
    });
}

export function registerCommands(commands: readonly Command[]): () => void {
  const unregister = commands.map(registerCommand);
  return () => unregister.forEach((remove) => remove());
}

export function listCommands(): Command[] {
  return [...useCommandStore.getState().commands.values()];
}

export function enabledCommands(): Command[] {
  return listCommands().filter((command) => command.isEnabled?.() ?? true);
}

export async function runCommand(id: string): Promise<boolean> {
  const command = useCommandStore.getState().commands.get(id);
  if (!command || !(command.isEnabled?.() ?? true)) return false;
  await command.perform();
  return true;
}
