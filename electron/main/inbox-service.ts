// The inbox as the running app sees it: which folder is watched, and who is told when it changes.
import type { InboxFile, OpenedFile } from '../../shared/ipc';
import {
  ensureInboxFolder,
  listInbox,
  loadInboxSetting,
  markImported,
  quarantineFile,
  readInboxFile,
  saveInboxSetting,
  watchInbox,
  type InboxWatch,
} from './inbox';

export interface InboxService {
  folder(): string;
  list(): Promise<InboxFile[]>;
  read(name: string): Promise<OpenedFile>;
  markImported(name: string): Promise<boolean>;
  quarantine(name: string, reason: string): Promise<boolean>;
  /** switch to another folder: created if missing, remembered, watched from now on */
  moveTo(folder: string): Promise<void>;
  close(): void;
}

export async function startInbox(options: { settingsPath: string; defaultFolder: string; onChange: () => void }): Promise<InboxService> {
  let folder = await loadInboxSetting(options.settingsPath, options.defaultFolder);
  let watcher: InboxWatch | null = null;

  const watchCurrent = async (): Promise<void> => {
    watcher?.close();
    watcher = null;
    await ensureInboxFolder(folder);
    watcher = watchInbox(folder, options.onChange);
  };
  // An unusable inbox (a removed network drive, no permission) must not keep the workstation from
  // starting: the inbox page says what is wrong when it asks for the list.
  await watchCurrent().catch(() => undefined);

  return {
    folder: () => folder,
    async list() {
      try {
        return await listInbox(folder);
      } catch (error) {
        throw new Error(`收件箱文件夹无法读取：${folder}（${error instanceof Error ? error.message : String(error)}）`, {
          cause: error,
        });
      }
    },
    read: (name) => readInboxFile(folder, name),
    markImported: (name) => markImported(folder, name),
    quarantine: (name, reason) => quarantineFile(folder, name, reason),
    async moveTo(next) {
      folder = next;
      await watchCurrent();
      await saveInboxSetting(options.settingsPath, next);
      options.onChange();
    },
    close() {
      watcher?.close();
    },
  };
}
