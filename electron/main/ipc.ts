// The only way main answers the renderer. Every call is checked twice before a handler sees it: it must
// come from the app's own top-level page (not an iframe, not some other page a bug let in), and its
// arguments must match the contract's schema. A handler therefore only ever receives validated values of
// the contract's types.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import * as v from 'valibot';
import { codedErrorData, CodedError } from '../../shared/errors';
import { IPC, IPC_METHODS, ipcContract, type IpcArgs, type IpcChannel, type IpcMethod, type IpcResult } from '../../shared/ipc';
import { encodeIpcError, type HostErrorCode } from '../../shared/ipc-errors';

export type MethodHandler<M extends IpcMethod> = (...args: IpcArgs<M>) => Promise<IpcResult<M>> | IpcResult<M>;

export type HandlerMap = { [M in IpcMethod]: MethodHandler<M> };

export interface IpcGuard {
  ipcMain: Pick<IpcMain, 'handle'>;
  /** true for the app's own page URL (file:// index or the dev server) */
  isAppUrl(url: string): boolean;
}

type InvokeListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function isFromAppMainFrame(guard: IpcGuard, event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame) return false; // the frame navigated away or was destroyed while the message was in flight
  return frame === event.sender.mainFrame && guard.isAppUrl(frame.url);
}

function fieldOf(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues[0]?.path?.map((item) => String(item.key)).join('.') ?? '';
}

function hostError(code: HostErrorCode, params: Record<string, string>): CodedError<HostErrorCode> {
  return new CodedError(code, params);
}

/**
 * What the renderer receives for a failure: a coded one keeps its code and values inside the message (the
 * only part Electron passes on); an uncoded Error passes as it is; anything else becomes a coded failure.
 */
function forRenderer(error: unknown, channel: string): Error {
  const coded = codedErrorData(error);
  if (coded) return new Error(encodeIpcError(coded));
  if (error instanceof Error) return error;
  return new Error(encodeIpcError(hostError('host.failed', { channel, detail: String(error) })));
}

/** The listener ipcMain.handle receives; exported so tests can call it exactly as Electron would. */
export function guardedListener<M extends IpcMethod>(guard: IpcGuard, method: M, handler: MethodHandler<M>): InvokeListener {
  const schema = ipcContract[method].args;
  const channel = IPC[method];
  return async (event, ...args) => {
    try {
      if (!isFromAppMainFrame(guard, event)) throw hostError('host.foreignSender', { channel });
      const parsed = v.safeParse(schema, args);
      if (!parsed.success) throw hostError('host.invalidArguments', { channel, field: fieldOf(parsed.issues) });
      return await handler(...(parsed.output as IpcArgs<M>));
    } catch (error) {
      throw forRenderer(error, channel);
    }
  };
}

export function handle<M extends IpcMethod>(guard: IpcGuard, method: M, handler: MethodHandler<M>): void {
  guard.ipcMain.handle(IPC[method], guardedListener(guard, method, handler));
}

/** Registers exactly the contract's channels; the HandlerMap type makes a missing one a compile error. */
export function registerHandlers(guard: IpcGuard, handlers: HandlerMap): IpcChannel[] {
  const registered: IpcChannel[] = [];
  for (const method of IPC_METHODS) {
    handle(guard, method, handlers[method] as MethodHandler<typeof method>);
    registered.push(IPC[method]);
  }
  return registered;
}
