import { CodedError } from '../../shared/errors';
import { IPC_METHODS, type DeskBridge } from '../../shared/ipc';
import { decodeIpcError } from '../../shared/ipc-errors';
import type { Platform } from './platform';

/** A failure main sent coded comes back as a CodedError the page can put into words; others stay as they are. */
export function decodedFailure(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const data = decodeIpcError(error.message);
  return data ? new CodedError(data.code, data.params) : error;
}

function decodingFailures(bridge: DeskBridge): DeskBridge {
  const wrapped: Record<string, unknown> = { ...bridge };
  for (const method of IPC_METHODS) {
    const call = bridge[method] as (...args: unknown[]) => Promise<unknown>;
    wrapped[method] = (...args: unknown[]) =>
      Promise.resolve()
        .then(() => call(...args))
        .catch((error: unknown) => {
          throw decodedFailure(error);
        });
  }
  return wrapped as unknown as DeskBridge;
}

/** The Electron host: every call goes through the preload's typed bridge, its failures decoded. */
export function createElectronPlatform(bridge: DeskBridge): Platform {
  return {
    ...decodingFailures(bridge),
    host: 'electron',
    capabilities: { pdfBytes: true, inbox: true, realFolders: true },
  };
}
