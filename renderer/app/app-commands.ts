// Every command of the table gets its behaviour here, once, before the first render: the palette, the
// shortcuts and the native menu offer each one from the start, whichever pages have been opened. Commands
// that act on page state (the selection, the opened item, the list) read it from the stores when run.
import { registerCommands, type CommandBehaviour } from '../commands/registry';
import { LIST_COMMANDS, useItems } from '../features/items';
import { TRIAGE_COMMANDS, triageTargetIds } from '../features/triage';
import { notOpinionCommands } from '../features/units';
import { useDesk } from '../workspace/desk';
import { LIST_FORMATS, useExport } from '../workspace/export-progress';
import { navigate, useRouter } from '../workspace/router';
import { ROUTES } from '../workspace/routes';

// The export code brings charts and SheetJS: loaded when a list export is first asked for, not at start.
const LIST_EXPORT_COMMANDS: readonly CommandBehaviour[] = LIST_FORMATS.map((format) => ({
  id: `list.export.${format}`,
  isEnabled: () =>
    useRouter.getState().route === 'items' &&
    useDesk.getState().repositories !== null &&
    (useItems.getState().totals?.matching ?? 0) > 0 &&
    useExport.getState().running === null,
  perform: () => import('../features/pack/list-export-run').then(({ exportCurrentList }) => exportCurrentList(format)),
}));

// The navigation's pages: the shell's own commands, run by the nav entries, Alt+digit and the Go menu.
const OPEN_PAGE_COMMANDS: readonly CommandBehaviour[] = ROUTES.map((route) => ({
  id: `open.${route.id}`,
  perform: () => navigate(route.id),
}));

export function appCommands(): CommandBehaviour[] {
  return [...OPEN_PAGE_COMMANDS, ...TRIAGE_COMMANDS, ...LIST_COMMANDS, ...notOpinionCommands(triageTargetIds), ...LIST_EXPORT_COMMANDS];
}

/** Registers every command; registering again replaces them. Returns the function that removes them. */
export function registerAppCommands(): () => void {
  return registerCommands(appCommands());
}
