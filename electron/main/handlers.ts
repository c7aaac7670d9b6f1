// What each contract call does in the main process. Arguments arrive already validated by handle().
import { join } from 'node:path';
import type { App, BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions, Shell } from 'electron';
import type { MenuLabels } from '../../shared/ipc';
import type { HandlerMap } from './ipc';
import type { InboxService } from './inbox-service';
import type { BackupService } from './backup';
import { readFilesCapped, writeFileAtomic, writeFolderAtomic } from './files';
import { confirmOpenExternal } from './security';

export interface HandlerDeps {
  app: Pick<App, 'getName' | 'getVersion' | 'getPath'>;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;
  shell: Pick<Shell, 'openExternal'>;
  getWindow(): BrowserWindow | null;
  /** rebuilds the native menu with the page's words */
  setMenuLabels(labels: MenuLabels): void;
  printToPdf(html: string): Promise<Uint8Array>;
  inbox: InboxService;
  backups: BackupService;
}

export function createHandlers(deps: HandlerDeps): HandlerMap {
  // Dialogs are modal to the main window so they cannot end up behind it.
  const openDialog = (options: OpenDialogOptions) => {
    const window = deps.getWindow();
    return window ? deps.dialog.showOpenDialog(window, options) : deps.dialog.showOpenDialog(options);
  };
  const saveDialog = (options: SaveDialogOptions) => {
    const window = deps.getWindow();
    return window ? deps.dialog.showSaveDialog(window, options) : deps.dialog.showSaveDialog(options);
  };

  return {
    appInfo: () => ({
      name: deps.app.getName(),
      version: deps.app.getVersion(),
      platform: process.platform,
      electron: process.versions.electron ?? null,
      dataPath: deps.app.getPath('userData'),
    }),

    async openFiles({ multiple, filters }) {
      const result = await openDialog({
        title: '选择要导入的文件',
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
        filters,
      });
      if (result.canceled) return [];
      return readFilesCapped(result.filePaths);
    },

    async saveFile({ suggestedName, bytes }) {
      const dot = suggestedName.lastIndexOf('.');
      const extension = dot > 0 ? suggestedName.slice(dot + 1) : '';
      const result = await saveDialog({
        title: '保存文件',
        defaultPath: join(deps.app.getPath('documents'), suggestedName),
        filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
      });
      if (result.canceled || !result.filePath) return { saved: false, path: null };
      await writeFileAtomic(result.filePath, bytes);
      return { saved: true, path: result.filePath };
    },

    async saveFolder({ suggestedName, files }) {
      const result = await openDialog({
        title: `选择保存“${suggestedName}”的位置`,
        buttonLabel: '保存到此处',
        defaultPath: deps.app.getPath('documents'),
        properties: ['openDirectory', 'createDirectory'],
      });
      const parent = result.filePaths[0];
      if (result.canceled || !parent) return { saved: false, path: null };
      const path = await writeFolderAtomic(parent, suggestedName, files);
      return { saved: true, path };
    },

    printToPdf: ({ html }) => deps.printToPdf(html),

    openExternal: (url) => confirmOpenExternal(deps, url, deps.getWindow()),

    inboxList: () => deps.inbox.list(),
    inboxMarkImported: (name) => deps.inbox.markImported(name),
    inboxRead: (name) => deps.inbox.read(name),
    inboxQuarantine: (name, reason) => deps.inbox.quarantine(name, reason),
    inboxFolder: () => deps.inbox.folder(),

    async inboxChooseFolder() {
      const result = await openDialog({
        title: '选择收件箱文件夹',
        defaultPath: deps.inbox.folder(),
        properties: ['openDirectory', 'createDirectory'],
      });
      const folder = result.filePaths[0];
      if (result.canceled || !folder) return null;
      await deps.inbox.moveTo(folder);
      return folder;
    },

    backupStatus: () => deps.backups.status(),

    async backupChooseFolder() {
      const current = await deps.backups.status();
      const result = await openDialog({
        title: '选择自动备份文件夹',
        defaultPath: current.folder,
        properties: ['openDirectory', 'createDirectory'],
      });
      const folder = result.filePaths[0];
      if (result.canceled || !folder) return null;
      return deps.backups.moveTo(folder);
    },

    backupSetKeep: (keep) => deps.backups.setKeep(keep),
    backupWriteDaily: ({ day, bytes }) => deps.backups.writeDaily(day, bytes),

    setMenuLabels(labels) {
      deps.setMenuLabels(labels);
      return true;
    },
  };
}
