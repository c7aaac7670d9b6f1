// The native menu (Electron) speaks the desk's language and runs the desk's commands: its words are sent to
// main at start and whenever the language changes, and a chosen entry's command id comes back to be run
// through the registry. The id crosses from another process, so only the command table's ids are run.
import { useEffect } from 'react';
import { MENU_COMMAND_IDS, MENU_LABEL_IDS, type MenuLabelId, type MenuLabels } from '../../shared/commands/menu';
import { isCommandId } from '../../shared/commands/table';
import { commandMeta, runCommand } from '../commands/registry';
import { useT, type PlainMessageKey, type Translate } from '../i18n';
import { platform } from '../platform';

const WORDS: Record<MenuLabelId, PlainMessageKey> = {
  file: 'menu.file',
  edit: 'menu.edit',
  items: 'menu.items',
  go: 'menu.go',
  view: 'menu.view',
  help: 'menu.help',
  close: 'menu.close',
  quit: 'menu.quit',
  undo: 'menu.undo',
  redo: 'menu.redo',
  cut: 'menu.cut',
  copy: 'menu.copy',
  paste: 'menu.paste',
  selectAll: 'menu.selectAll',
  reload: 'menu.reload',
  resetZoom: 'menu.resetZoom',
  zoomIn: 'menu.zoomIn',
  zoomOut: 'menu.zoomOut',
  fullscreen: 'menu.fullscreen',
  devTools: 'menu.devTools',
  about: 'menu.about',
};

export function menuLabels(t: Translate): MenuLabels {
  const menu = Object.fromEntries(MENU_LABEL_IDS.map((id) => [id, t(WORDS[id])])) as Record<MenuLabelId, string>;
  const commands = Object.fromEntries(MENU_COMMAND_IDS.map((id) => [id, t(commandMeta(id).label)]));
  return { menu, commands };
}

/** Runs what main says was chosen in the menu, if it is a command of the table. */
export function runMenuCommand(id: string): void {
  if (isCommandId(id)) void runCommand(id);
}

export function useNativeMenu(): void {
  const t = useT();
  useEffect(() => platform().onMenuCommand(runMenuCommand), []);
  useEffect(() => {
    // A menu left in the previous language is no reason to trouble the analyst: the desk works on without it.
    platform()
      .setMenuLabels(menuLabels(t))
      .catch(() => undefined);
  }, [t]);
}
