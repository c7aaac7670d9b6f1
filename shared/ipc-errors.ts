// How a coded failure crosses from Electron's main process to the page. ipcMain.handle keeps only an
// Error's message (the renderer sees "Error invoking remote method '<channel>': <message>"), so main writes
// the code and values as JSON after a fixed marker and the page's bridge reads them back. What is read
// comes from another process and is checked before it is believed.
import { codedErrorData, type CodedErrorData } from './errors';

/** Failures main's IPC layer itself reports; the handlers' own codes travel the same way. */
export type HostErrorCode =
  | 'host.foreignSender'
  | 'host.invalidArguments'
  | 'host.failed'
  | 'host.notAvailable.inbox'
  | 'host.notAvailable.autoBackup'
  | 'host.file.unsafePath'
  | 'host.file.outsideFolder'
  | 'host.file.duplicatePath'
  | 'host.file.notAFile'
  | 'host.file.tooLarge'
  | 'host.inbox.notOffered'
  | 'host.inbox.unreadable'
  | 'host.inbox.folderUnreadable'
  | 'host.backup.keepOutOfRange'
  | 'host.backup.folderUnreadable'
  | 'host.print.timedOut';

export const IPC_ERROR_MARKER = '[opinion-desk-error]';

export function encodeIpcError(data: CodedErrorData): string {
  return `${IPC_ERROR_MARKER}${JSON.stringify({ code: data.code, params: data.params })}`;
}

const CODE_SHAPE = /^[A-Za-z][\w.-]{0,99}$/;

/** The code and values in a message main encoded; undefined for any other message or a malformed one. */
export function decodeIpcError(message: string): CodedErrorData | undefined {
  const at = message.indexOf(IPC_ERROR_MARKER);
  if (at < 0) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(message.slice(at + IPC_ERROR_MARKER.length));
  } catch {
    return undefined;
  }
  const data = codedErrorData(parsed);
  if (!data || !CODE_SHAPE.test(data.code)) return undefined;
  // Only the values' own entries are kept, so nothing from the prototype chain or a huge value comes along.
  const params = Object.fromEntries(
    Object.entries(data.params)
      .filter(([name]) => CODE_SHAPE.test(name))
      .map(([name, value]) => [name, typeof value === 'string' ? value.slice(0, 2000) : value]),
  );
  return { code: data.code, params };
}
