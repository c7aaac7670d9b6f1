// The native menu's words that are not commands: its headings and the platform's own items. Main builds the
// menu from these and the command table; the renderer sends every label in the language of the desk, so the
// menu speaks it too (Electron's built-in role labels follow the operating system's language instead).
import { COMMAND_IDS, COMMAND_TABLE, type CommandId, type CommandRow, type MenuPlace } from './table';

export const MENU_LABEL_IDS = [
  'file',
  'edit',
  'items',
  'go',
  'view',
  'help',
  'close',
  'quit',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'selectAll',
  'reload',
  'resetZoom',
  'zoomIn',
  'zoomOut',
  'fullscreen',
  'devTools',
  'about',
] as const;

export type MenuLabelId = (typeof MENU_LABEL_IDS)[number];

export interface MenuLabels {
  menu: Record<MenuLabelId, string>;
  /** the commands that have a place in the menu */
  commands: Partial<Record<CommandId, string>>;
}

/** The commands of one menu, in the table's order. */
export function menuCommands(place: MenuPlace): CommandId[] {
  return COMMAND_IDS.filter((id) => {
    const row: CommandRow = COMMAND_TABLE[id];
    return row.menu === place;
  });
}

export const MENU_COMMAND_IDS: readonly CommandId[] = COMMAND_IDS.filter((id) => {
  const row: CommandRow = COMMAND_TABLE[id];
  return row.menu !== undefined;
});
