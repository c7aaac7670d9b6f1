// The one IPC contract between the renderer and the Electron main process. Channel names are constants;
// each channel has a valibot schema for its arguments (main validates every payload before use) and a
// result type. The preload exposes exactly these calls, and main registers exactly these handlers.
import * as v from 'valibot';
import type { CodedErrorData } from './errors';
import { BRIDGE_GLOBAL, IPC_EVENTS, ipcChannel, type IpcChannelOf } from './ipc-channels';
import { MENU_COMMAND_IDS, MENU_LABEL_IDS, type MenuLabelId, type MenuLabels } from './commands/menu';
import type { CommandId } from './commands/table';

const MAX_FILE_BYTES = 512 * 1024 * 1024;

function isShared(buffer: ArrayBufferLike): boolean {
  return typeof SharedArrayBuffer !== 'undefined' && buffer instanceof SharedArrayBuffer;
}

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

// Structured cloning across IPC always yields bytes over a plain ArrayBuffer, never a shared one.
const bytesSchema = v.pipe(
  v.custom<Uint8Array<ArrayBuffer>>((value) => value instanceof Uint8Array && !isShared(value.buffer), '不是文件内容'),
  v.check((bytes) => bytes.byteLength <= MAX_FILE_BYTES, '文件过大'),
);

const fileFilterSchema = v.object({
  name: v.pipe(v.string(), v.maxLength(100)),
  extensions: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9*]{1,10}$/i))), v.maxLength(20)),
});

const menuLabelSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

/** Every menu word and every menu command's label, and nothing else: main builds the menu from exactly these. */
const menuLabelsSchema = v.strictObject({
  menu: v.strictObject(
    Object.fromEntries(MENU_LABEL_IDS.map((id) => [id, menuLabelSchema])) as { [K in MenuLabelId]: typeof menuLabelSchema },
  ),
  commands: v.strictObject(
    Object.fromEntries(MENU_COMMAND_IDS.map((id) => [id, v.optional(menuLabelSchema)])) as {
      [K in CommandId]: v.OptionalSchema<typeof menuLabelSchema, undefined>;
    },
  ),
});

export { BRIDGE_GLOBAL, IPC_EVENTS, ipcChannel };
export type { MenuLabels };

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
  /** why the folder cannot be read, as a code the page puts into words; null when it can */
  problem: CodedErrorData | null;
}

export interface DailyBackupResult {
  path: string;
  /** older backups removed to keep the last N */
  removed: string[];
}

declare const resultType: unique symbol;
/** A call's result type, carried by the contract for the compiler alone (main's answers are trusted). */
interface Returns<T> {
  readonly [resultType]?: T;
}
function returns<T>(): Returns<T> {
  return {};
}

/**
 * Every call the page may make of main: its arguments' schema (main validates each payload before use) and
 * its result type. Adding a call takes this entry, main's handler (electron/main/handlers.ts) and the
 * preload's line; the channel name, the handler's and the bridge's types all follow from here.
 */
export const ipcContract = {
  appInfo: { args: v.tuple([]), result: returns<AppInfo>() },
  /** resolves to [] when the analyst cancels */
  openFiles: {
    args: v.tuple([v.object({ multiple: v.boolean(), filters: v.pipe(v.array(fileFilterSchema), v.maxLength(10)) })]),
    result: returns<OpenedFile[]>(),
  },
  saveFile: { args: v.tuple([v.object({ suggestedName: fileNameSchema, bytes: bytesSchema })]), result: returns<SaveResult>() },
  saveFolder: {
    args: v.tuple([
      v.object({
        suggestedName: fileNameSchema,
        files: v.pipe(v.array(v.object({ path: relativePathSchema, bytes: bytesSchema })), v.minLength(1), v.maxLength(10000)),
      }),
    ]),
    result: returns<SaveResult>(),
  },
  printToPdf: { args: v.tuple([v.object({ html: v.pipe(v.string(), v.maxLength(50 * 1024 * 1024)) })]), result: returns<Uint8Array>() },
  openExternal: { args: v.tuple([v.pipe(v.string(), v.maxLength(4096), v.url())]), result: returns<boolean>() },
  inboxList: { args: v.tuple([]), result: returns<InboxFile[]>() },
  inboxMarkImported: { args: v.tuple([fileNameSchema]), result: returns<boolean>() },
  inboxRead: { args: v.tuple([fileNameSchema]), result: returns<OpenedFile>() },
  /** a file whose parsing crashed: moved aside so the inbox never offers it again; the reason is kept beside it */
  inboxQuarantine: { args: v.tuple([fileNameSchema, v.pipe(v.string(), v.maxLength(2000))]), result: returns<boolean>() },
  /** the watched folder's absolute path */
  inboxFolder: { args: v.tuple([]), result: returns<string>() },
  /** the newly chosen folder, or null when the analyst cancelled */
  inboxChooseFolder: { args: v.tuple([]), result: returns<string | null>() },
  backupStatus: { args: v.tuple([]), result: returns<BackupFolderStatus>() },
  /** the status with the newly chosen folder, or null when the analyst cancelled */
  backupChooseFolder: { args: v.tuple([]), result: returns<BackupFolderStatus | null>() },
  /** how many daily backups the folder keeps */
  backupSetKeep: {
    args: v.tuple([v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365))]),
    result: returns<BackupFolderStatus>(),
  },
  /** the renderer makes the bytes; main names the file by the day, writes it atomically and rotates */
  backupWriteDaily: {
    args: v.tuple([v.object({ day: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)), bytes: bytesSchema })]),
    result: returns<DailyBackupResult>(),
  },
  /** the menu's words in the desk's language: main rebuilds the native menu with them */
  setMenuLabels: { args: v.tuple([menuLabelsSchema]), result: returns<boolean>() },
} as const;

export type IpcMethod = keyof typeof ipcContract;

export type IpcArgs<M extends IpcMethod> = v.InferOutput<(typeof ipcContract)[M]['args']>;

export type IpcResult<M extends IpcMethod> = (typeof ipcContract)[M]['result'] extends Returns<infer T> ? T : never;

export const IPC_METHODS = Object.keys(ipcContract) as IpcMethod[];

/** Each method's channel, for main's registration and the tests. */
export const IPC = Object.fromEntries(IPC_METHODS.map((method) => [method, ipcChannel(method)])) as {
  readonly [M in IpcMethod]: IpcChannelOf<M>;
};

export type IpcChannel = (typeof IPC)[IpcMethod];

/** The API the preload exposes on window.opinionDesk: one method per contract call, plus main's notices. */
export type DeskBridge = {
  [M in IpcMethod]: (...args: IpcArgs<M>) => Promise<IpcResult<M>>;
} & {
  onInboxChanged(listener: () => void): () => void;
  /** a native menu entry was chosen: its command id, to be checked against the command table before use */
  onMenuCommand(listener: (commandId: string) => void): () => void;
};
