import type { DeskBridge } from '../../shared/ipc';
import type { Platform } from './platform';

/** The Electron host: every call goes through the preload's typed bridge. */
export function createElectronPlatform(bridge: DeskBridge): Platform {
  return {
    host: 'electron',
    capabilities: { pdfBytes: true, inbox: true, realFolders: true },
    appInfo: () => bridge.appInfo(),
    openFiles: (options) => bridge.openFiles(options),
    saveFile: (options) => bridge.saveFile(options),
    saveFolder: (options) => bridge.saveFolder(options),
    printToPdf: (options) => bridge.printToPdf(options),
    openExternal: (url) => bridge.openExternal(url),
    inboxList: () => bridge.inboxList(),
    inboxRead: (name) => bridge.inboxRead(name),
    inboxMarkImported: (name) => bridge.inboxMarkImported(name),
    inboxQuarantine: (name, reason) => bridge.inboxQuarantine(name, reason),
    inboxFolder: () => bridge.inboxFolder(),
    inboxChooseFolder: () => bridge.inboxChooseFolder(),
    onInboxChanged: (listener) => bridge.onInboxChanged(listener),
    backupStatus: () => bridge.backupStatus(),
    backupChooseFolder: () => bridge.backupChooseFolder(),
    backupSetKeep: (keep) => bridge.backupSetKeep(keep),
    backupWriteDaily: (options) => bridge.backupWriteDaily(options),
  };
}
