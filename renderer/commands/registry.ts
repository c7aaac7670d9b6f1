import { create } from 'zustand';
import { COMMAND_TABLE, type CommandId, type CommandRow } from '../../shared/commands/table';
import type { PlainMessageKey } from '../i18n';

// Commands as data: every user command — tag, assess, link, export, navigate — has
// one row in shared/commands/table.ts (its id, group, label and key) and one behaviour registered here at
// start, shared by the native menu, the buttons, the keyboard shortcuts and the command palette, so they can
// never disagree about what a command is called, what it does or which key runs it.

export type { CommandId };

/** What a feature gives for a command of the table: what it does and when it may. */
export interface CommandBehaviour {
  id: CommandId;
  /** false hides the command from the palette and ignores its shortcut (e.g. nothing selected) */
  isEnabled?: () => boolean;
  perform: () => void | Promise<void>;
}

export interface Command extends CommandBehaviour {
  label: PlainMessageKey;
  /** palette grouping, e.g. 'commands.group.items' */
  group: PlainMessageKey;
  /** as in the table: 'Mod+K', 'Shift+Mod+Z', 'Alt+1', 'j', '/' */
  shortcut?: string;
}

/** A command's table row in the renderer's terms: the assignments fail to compile for a key the catalog lacks. */
export function commandMeta(id: CommandId): Pick<Command, 'label' | 'group' | 'shortcut'> {
  const { label, group } = COMMAND_TABLE[id];
  const row: CommandRow = COMMAND_TABLE[id];
  const meta: Pick<Command, 'label' | 'group' | 'shortcut'> = { label, group };
  if (row.shortcut) meta.shortcut = row.shortcut;
  return meta;
}

interface CommandState {
  commands: ReadonlyMap<CommandId, Command>;
}

export const useCommandStore = create<CommandState>(() => ({ commands: new Map() }));

/** Registers a command's behaviour; returns the function that removes it again. */
export function registerCommand(behaviour: CommandBehaviour): () => void {
  const command: Command = { ...commandMeta(behaviour.id), ...behaviour };
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

export function registerCommands(behaviours: readonly CommandBehaviour[]): () => void {
  const unregister = behaviours.map(registerCommand);
  return () => unregister.forEach((remove) => remove());
}

export function listCommands(): Command[] {
  return [...useCommandStore.getState().commands.values()];
}

export function enabledCommands(): Command[] {
  return listCommands().filter((command) => command.isEnabled?.() ?? true);
}

export function isCommandEnabled(id: CommandId): boolean {
  const command = useCommandStore.getState().commands.get(id);
  return command !== undefined && (command.isEnabled?.() ?? true);
}

export async function runCommand(id: CommandId): Promise<boolean> {
  const command = useCommandStore.getState().commands.get(id);
  if (!command || !(command.isEnabled?.() ?? true)) return false;
  await command.perform();
  return true;
}
