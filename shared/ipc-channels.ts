// The contract's names, apart from its schemas: the sandboxed preload can load no module but
// 'electron', so it must bundle everything it imports, and it needs only these strings — not valibot.
export const IPC = {
  appInfo: 'app:info',
  openFiles: 'files:open',
  saveFile: 'files:save',
  saveFolder: 'files:save-folder',
  printToPdf: 'report:print-to-pdf',
  openExternal: 'shell:open-external',
  inboxList: 'inbox:list',
  inboxMarkImported: 'inbox:mark-imported',
  inboxRead: 'inbox:read',
  inboxQuarantine: 'inbox:quarantine',
  inboxFolder: 'inbox:folder',
  inboxChooseFolder: 'inbox:choose-folder',
  backupStatus: 'backup:status',
  backupChooseFolder: 'backup:choose-folder',
  backupSetKeep: 'backup:set-keep',
  backupWriteDaily: 'backup:write-daily',
} as const;

/** main → renderer notifications (not request/response) */
export const IPC_EVENTS = {
  inboxChanged: 'inbox:changed',
} as const;

export const BRIDGE_GLOBAL = 'opinionDesk';
