// The whole bridge between the page and main: one function per contract call, each forwarding its
// arguments to the matching channel, plus main's notices (the inbox changed, a menu entry was chosen).
// ipcRenderer itself never crosses: a page holding it could invoke any channel or listen to any event.
import { contextBridge, ipcRenderer } from 'electron';
import type { DeskBridge, IpcArgs, IpcMethod, IpcResult } from '../../shared/ipc';
import { BRIDGE_GLOBAL, IPC_EVENTS, ipcChannel } from '../../shared/ipc-channels';

function call<M extends IpcMethod>(method: M) {
  const channel = ipcChannel(method);
  return (...args: IpcArgs<M>) => ipcRenderer.invoke(channel, ...args) as Promise<IpcResult<M>>;
}

const bridge = {
  appInfo: call('appInfo'),
  openFiles: call('openFiles'),
  saveFile: call('saveFile'),
  saveFolder: call('saveFolder'),
  printToPdf: call('printToPdf'),
  openExternal: call('openExternal'),
  inboxList: call('inboxList'),
  inboxMarkImported: call('inboxMarkImported'),
  inboxRead: call('inboxRead'),
  inboxQuarantine: call('inboxQuarantine'),
  inboxFolder: call('inboxFolder'),
  inboxChooseFolder: call('inboxChooseFolder'),
  backupStatus: call('backupStatus'),
  backupChooseFolder: call('backupChooseFolder'),
  backupSetKeep: call('backupSetKeep'),
  backupWriteDaily: call('backupWriteDaily'),
  setMenuLabels: call('setMenuLabels'),
  onInboxChanged(listener: () => void): () => void {
    // The event object stays here: it carries the sender and would leak ipcRenderer to the page.
    const forward = (): void => listener();
    ipcRenderer.on(IPC_EVENTS.inboxChanged, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENTS.inboxChanged, forward);
    };
  },
  onMenuCommand(listener: (commandId: string) => void): () => void {
    const forward = (_event: unknown, commandId: unknown): void => {
      if (typeof commandId === 'string') listener(commandId);
    };
    ipcRenderer.on(IPC_EVENTS.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENTS.menuCommand, forward);
    };
  },
} satisfies DeskBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
