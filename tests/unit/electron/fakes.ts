// Stand-ins for the pieces of Electron the main-process modules touch. They record what was registered
// so a test can call the registered callback exactly as Electron would.
import { EventEmitter } from 'node:events';
import type { App, IpcMainInvokeEvent, Session, WebContents } from 'electron';
import type { AppLocation } from '../../../electron/main/app-url';
import type { HandlerMap } from '../../../electron/main/ipc';
import { IPC, type IpcChannel } from '../../../shared/ipc';

export const APP_LOCATION: AppLocation = {
  indexFileUrl: 'file:///opt/opinion-desk/resources/app.asar/out/renderer/index.html',
  devServerUrl: null,
};
export const DEV_LOCATION: AppLocation = { indexFileUrl: APP_LOCATION.indexFileUrl, devServerUrl: 'http://localhost:5173/' };

type WindowOpenHandler = Parameters<WebContents['setWindowOpenHandler']>[0];

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  mainFrame: FakeFrame;

  constructor(url = APP_LOCATION.indexFileUrl) {
    super();
    this.mainFrame = { url };
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }
}

export interface FakeFrame {
  url: string;
}

/** An Electron-style event whose preventDefault is observable. */
export function navigationEvent(url: string): { url: string; defaultPrevented: boolean; preventDefault(): void } {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

type Listener = (...args: never[]) => unknown;

export class FakeSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  devicePermissionHandler: Listener | null = null;
  beforeRequest: Listener | null = null;
  headersReceived: Listener | null = null;
  webRequest = {
    onBeforeRequest: (listener: Listener) => {
      this.beforeRequest = listener;
    },
    onHeadersReceived: (listener: Listener) => {
      this.headersReceived = listener;
    },
  };

  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Listener): void {
    this.devicePermissionHandler = handler;
  }

  asSession(): Session {
    return this as unknown as Session;
  }

  /** Runs the registered request filter the way Electron does and reports whether it cancelled. */
  isCancelled(url: string): boolean {
    let cancelled: boolean | undefined;
    (this.beforeRequest as unknown as (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void)(
      { url },
      (response) => {
        cancelled = response.cancel ?? false;
      },
    );
    if (cancelled === undefined) throw new Error('the request filter never answered');
    return cancelled;
  }
}

export class FakeApp extends EventEmitter {
  constructor(private readonly holdsLock = true) {
    super();
  }
  requestSingleInstanceLock(): boolean {
    return this.holdsLock;
  }
  asApp(): App {
    return this as unknown as App;
  }
}

export type InvokeListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

export class FakeIpcMain {
  readonly listeners = new Map<string, InvokeListener>();
  handle(channel: string, listener: InvokeListener): void {
    if (this.listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.listeners.set(channel, listener);
  }
  listener(channel: string): InvokeListener {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener;
  }
}

/** An invoke event as sent by the app's own main frame, or by whatever frame the test names. */
export function invokeEvent(options: { frameUrl?: string; fromSubframe?: boolean; frameGone?: boolean } = {}): IpcMainInvokeEvent {
  const contents = new FakeWebContents();
  const frame: FakeFrame | null = options.frameGone
    ? null
    : options.fromSubframe
      ? { url: options.frameUrl ?? APP_LOCATION.indexFileUrl }
      : contents.mainFrame;
  if (frame && options.frameUrl !== undefined) frame.url = options.frameUrl;
  return { sender: contents, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

/** A handler map whose every entry records its call; the answers are never looked at by these tests. */
export function recordingHandlers(): { handlers: HandlerMap; calls: { channel: IpcChannel; args: unknown[] }[] } {
  const calls: { channel: IpcChannel; args: unknown[] }[] = [];
  const handlers = Object.fromEntries(
    Object.entries(IPC).map(([method, channel]) => [
      method,
      (...args: unknown[]) => {
        calls.push({ channel, args });
        return null;
      },
    ]),
  ) as unknown as HandlerMap;
  return { handlers, calls };
}
