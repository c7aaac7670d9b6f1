// Every command the desk offers, as one table of ids: the renderer's registry gives each id its behaviour,
// the palette and the shortcuts read the group, key and label from here, and Electron main builds the
// native menu from the same rows. Label and group keys are the renderer's message keys; the renderer
// checks them against its catalog, so a row naming a missing message fails to compile there.

/** Where a command sits in the native menu; commands without one live only in the palette and on keys. */
export type MenuPlace = 'file' | 'edit' | 'items' | 'go' | 'help';

export interface CommandRow {
  readonly group: string;
  readonly label: string;
  /**
   * Shortcut in the form 'Mod+K', 'Shift+Mod+Z', 'Alt+1', 'j', '/'. Mod is Ctrl (Cmd on macOS).
   * Single keys without a modifier never fire while the analyst is typing in a field.
   */
  readonly shortcut?: string;
  readonly menu?: MenuPlace;
}

const GENERAL = 'commands.group.general';
const ITEMS = 'commands.group.items';
const NAVIGATE = 'commands.group.navigate';
const LIST = 'commands.group.list';
const UNITS = 'units.command.group';

export const COMMAND_TABLE = {
  'palette.open': { group: GENERAL, label: 'commands.palette', shortcut: 'Mod+K', menu: 'help' },
  'edit.undo': { group: GENERAL, label: 'commands.undo', shortcut: 'Mod+Z' },
  'edit.redo': { group: GENERAL, label: 'commands.redo', shortcut: 'Shift+Mod+Z' },

  'items.tag': { group: ITEMS, label: 'commands.tag', shortcut: 't', menu: 'items' },
  'items.assess': { group: ITEMS, label: 'commands.assess', shortcut: 'a', menu: 'items' },
  'items.recordAction': { group: ITEMS, label: 'commands.recordAction', shortcut: 'r', menu: 'items' },
  'items.event': { group: ITEMS, label: 'commands.event', shortcut: 'e', menu: 'items' },
  'items.refutation': { group: ITEMS, label: 'commands.refutation', shortcut: 'p', menu: 'items' },
  'items.markNotOpinion': { group: UNITS, label: 'units.command.markNotOpinion', menu: 'items' },
  'items.unmarkNotOpinion': { group: UNITS, label: 'units.command.unmarkNotOpinion', menu: 'items' },

  // The navigation's Alt+digit shortcuts, as commands so the palette lists every page with its key.
  'open.home': { group: NAVIGATE, label: 'nav.home', shortcut: 'Alt+1', menu: 'go' },
  'open.items': { group: NAVIGATE, label: 'nav.items', shortcut: 'Alt+2', menu: 'go' },
  'open.import': { group: NAVIGATE, label: 'nav.import', shortcut: 'Alt+3', menu: 'go' },
  'open.spread': { group: NAVIGATE, label: 'nav.spread', shortcut: 'Alt+4', menu: 'go' },
  'open.reports': { group: NAVIGATE, label: 'nav.reports', shortcut: 'Alt+5', menu: 'go' },
  'open.stats': { group: NAVIGATE, label: 'nav.stats', shortcut: 'Alt+6', menu: 'go' },
  'open.units': { group: NAVIGATE, label: 'nav.units', shortcut: 'Alt+7', menu: 'go' },
  'open.settings': { group: NAVIGATE, label: 'nav.settings', shortcut: 'Alt+8', menu: 'go' },
  'open.audit': { group: NAVIGATE, label: 'nav.audit', shortcut: 'Alt+9', menu: 'go' },
  'open.tags': { group: NAVIGATE, label: 'commands.openTags', menu: 'go' },
  'open.events': { group: NAVIGATE, label: 'commands.openEvents', menu: 'go' },
  'open.refutations': { group: NAVIGATE, label: 'commands.openRefutations', menu: 'go' },

  'items.next': { group: LIST, label: 'items.cmd.next', shortcut: 'j' },
  'items.nextArrow': { group: LIST, label: 'items.cmd.next', shortcut: 'ArrowDown' },
  'items.prev': { group: LIST, label: 'items.cmd.prev', shortcut: 'k' },
  'items.prevArrow': { group: LIST, label: 'items.cmd.prev', shortcut: 'ArrowUp' },
  'items.pageDown': { group: LIST, label: 'items.cmd.pageDown', shortcut: 'PageDown' },
  'items.pageUp': { group: LIST, label: 'items.cmd.pageUp', shortcut: 'PageUp' },
  'items.first': { group: LIST, label: 'items.cmd.first', shortcut: 'Home' },
  'items.last': { group: LIST, label: 'items.cmd.last', shortcut: 'End' },
  'items.toggleSelect': { group: LIST, label: 'items.cmd.toggleSelect', shortcut: 'x' },
  'items.open': { group: LIST, label: 'items.cmd.open', shortcut: 'Enter' },
  'items.closeDetail': { group: LIST, label: 'items.cmd.close', shortcut: 'Escape' },
  'items.search': { group: LIST, label: 'items.cmd.search', shortcut: '/' },

  'list.export.xlsx': { group: LIST, label: 'stats.command.listXlsx', menu: 'file' },
  'list.export.csv-utf8': { group: LIST, label: 'stats.command.listCsvUtf8', menu: 'file' },
  'list.export.csv-gb18030': { group: LIST, label: 'stats.command.listCsvGb', menu: 'file' },
} as const satisfies Record<string, CommandRow>;

export type CommandId = keyof typeof COMMAND_TABLE;

export const COMMAND_IDS = Object.keys(COMMAND_TABLE) as CommandId[];

/** For ids that arrive from outside the renderer (the native menu): only the table's ids are commands. */
export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && Object.hasOwn(COMMAND_TABLE, value);
}
