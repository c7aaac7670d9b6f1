// What the preload needs of the contract, apart from its schemas: the sandboxed preload can load no module
// but 'electron', so it bundles everything it imports, and it needs only these names — not valibot.

/** The channel of a contract call: named after its method, so the contract alone says which calls exist. */
export type IpcChannelOf<Method extends string> = `desk:${Method}`;

export function ipcChannel<Method extends string>(method: Method): IpcChannelOf<Method> {
  return `desk:${method}`;
}

/** main → renderer notifications (not request/response) */
export const IPC_EVENTS = {
  inboxChanged: 'inbox:changed',
  /** a native menu entry was chosen; carries the command id */
  menuCommand: 'menu:command',
} as const;

export const BRIDGE_GLOBAL = 'opinionDesk';
