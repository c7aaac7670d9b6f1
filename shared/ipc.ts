// The one IPC contract between the renderer and the Electron main process. Channel names are constants;
// each channel has a valibot schema for its arguments (main validates every payload before use) and a
// result type. The preload exposes exactly these calls, and main registers exactly these handlers.
import * as v from 'valibot';
import { BRIDGE_GLOBAL, IPC, IPC_EVENTS } from './ipc-channels';

const MAX_FILE_BYTES = 512 * 1024 * 1024;

const fileNameSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(255),
  v.check((name) => !/[\\/\0]/.test(name) && name !== '.' && name !== '..', '文件名不能包含路径分隔符'),
);

/** posix relative path inside an output folder: no absolute paths, no `..`, no NUL */
export const relativePathSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(1024),
  v.check(
    (path) =>
      !path.startsWith('/') &&
      !/^[a-zA-Z]:/.test(path) &&
      !path.includes('\\') &&
      !path.includes('\0') &&
      path.split('/').every((part) => part !== '' && part !== '.' && part !== '..'),
    '路径必须是文件夹内的相对路径',
  ),
);

const bytesSchema = v.pipe(
  v.instance(Uint8Array),
  v.check((bytes) => bytes.byteLength <= MAX_FILE_BYTES, '文件过大'),
);

const fileFilterSchema = v.object({
  name: v.pipe(v.string(), v.maxLength(100)),
  extensions: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9*]{1,10}$/i))), v.maxLength(20)),
});

export { BRIDGE_GLOBAL, IPC, IPC_EVENTS };

export const ipcArgSchemas = {
  [IPC.appInfo]: v.tuple([]),
  [IPC.openFiles]: v.tuple([v.object({ multiple: v.boolean(), filters: v.pipe(v.array(fileFilterSchema), v.maxLength(10)) })]),
  [IPC.saveFile]: v.tuple([v.object({ suggestedName: fileNameSchema, bytes: bytesSchema })]),
  [IPC.saveFolder]: v.tuple([
    v.object({
      suggestedName: fileNameSchema,
      files: v.pipe(v.array(v.object({ path: relativePathSchema, bytes: bytesSchema })), v.minLength(1), v.maxLength(10000)),
    }),
  ]),
  [IPC.printToPdf]: v.tuple([v.object({ html: v.pipe(v.string(), v.maxLength(50 * 1024 * 1024)) })]),
  [IPC.openExternal]: v.tuple([v.pipe(v.string(), v.maxLength(4096), v.url())]),
  [IPC.inboxList]: v.tuple([]),
  [IPC.inboxMarkImported]: v.tuple([fileNameSchema]),
  [IPC.inboxRead]: v.tuple([fileNameSchema]),
  /** a file whose parsing crashed: moved aside so the inbox never offers it again; the reason is kept beside it */
  [IPC.inboxQuarantine]: v.tuple([fileNameSchema, v.pipe(v.string(), v.maxLength(2000))]),
  [IPC.inboxFolder]: v.tuple([]),
  [IPC.inboxChooseFolder]: v.tuple([]),
  [IPC.backupStatus]: v.tuple([]),
  [IPC.backupChooseFolder]: v.tuple([]),
  /** how many daily backups the folder keeps */
  [IPC.backupSetKeep]: v.tuple([v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365))]),
  /** the renderer makes the bytes; main names the file by the day, writes it atomically and rotates */
  [IPC.backupWriteDaily]: v.tuple([v.object({ day: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)), bytes: bytesSchema })]),
} as const;

export type IpcChannel = (typeof IPC)[keyof typeof IPC];

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  electron: string | null;
  dataPath: string | null;
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface SaveResult {
  saved: boolean;
  /** where it was written, for the analyst to see; null when cancelled */
  path: string | null;
}

export interface InboxFile {
  name: string;
  size: number;
  modifiedAt: string;
}

export interface DailyBackupFile {
  name: string;
  /** YYYY-MM-DD, from the name */
  day: string;
  size: number;
  modifiedAt: string;
}

export interface BackupFolderStatus {
  folder: string;
  keep: number;
  /** newest first */
  backups: DailyBackupFile[];
  /** why the folder cannot be read, for the analyst; null when it can */
  problem: string | null;
}

export interface DailyBackupResult {
  path: string;
  /** older backups removed to keep the last N */
  removed: string[];
}

export interface IpcResults {
  [IPC.appInfo]: AppInfo;
  [IPC.openFiles]: OpenedFile[];
  [IPC.saveFile]: SaveResult;
  [IPC.saveFolder]: SaveResult;
  [IPC.printToPdf]: Uint8Array;
  [IPC.openExternal]: boolean;
  [IPC.inboxList]: InboxFile[];
  [IPC.inboxMarkImported]: boolean;
  [IPC.inboxRead]: OpenedFile;
  [IPC.inboxQuarantine]: boolean;
  /** the watched folder's absolute path */
  [IPC.inboxFolder]: string;
  /** the newly chosen folder, or null when the analyst cancelled */
  [IPC.inboxChooseFolder]: string | null;
  [IPC.backupStatus]: BackupFolderStatus;
  /** the status with the newly chosen folder, or null when the analyst cancelled */
  [IPC.backupChooseFolder]: BackupFolderStatus | null;
  [IPC.backupSetKeep]: BackupFolderStatus;
  [IPC.backupWriteDaily]: DailyBackupResult;
}

export type IpcArgs<C extends IpcChannel> = v.InferOutput<(typeof ipcArgSchemas)[C]>;

export type IpcMethod = keyof typeof IPC;

/** The API the preload exposes on window.opinionDesk: one method per channel, named as in IPC. */
export type DeskBridge = {
  [M in IpcMethod]: (...args: IpcArgs<(typeof IPC)[M]>) => Promise<IpcResults[(typeof IPC)[M]]>;
} & {
  onInboxChanged(listener: () => void): () => void;
};
