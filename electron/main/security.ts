// The security baseline, kept in one module so it can be read, reviewed and tested as a whole. Every
// function takes the Electron pieces it works on as parameters: tests hand in fakes and assert the
// behaviour, and nothing here reaches for a global.
import type { App, BrowserWindow, Dialog, Session, Shell, WebContents, WebPreferences } from 'electron';
import { PRODUCTION_CSP } from '../../shared/csp';
import { isAllowedRequest, isAppUrl, isWebUrl, type AppLocation } from './app-url';

/**
 * Options for every window the app opens. The sandbox is on from the first commit: turning it on later
 * means rewriting every preload that grew to depend on Node.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    webviewTag: false,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    spellcheck: false,
    preload,
  };
}

export function hardenSession(session: Session, location: AppLocation): void {
  // The workstation needs no camera, location, notifications or devices: refuse without asking.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);

  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(location, details.url) });
  });

  // In development the dev server's page carries its own looser policy (React refresh needs inline
  // script); a header would be combined with it and break hot reload. A built app gets the strict one.
  if (location.devServerUrl === null) {
    session.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [PRODUCTION_CSP] } });
    });
  }
}

export interface ExternalLinkDeps {
  dialog: Pick<Dialog, 'showMessageBox'>;
  shell: Pick<Shell, 'openExternal'>;
}

/** Opens an http(s) link in the system browser, but only after the analyst has seen and agreed to it. */
export async function confirmOpenExternal(deps: ExternalLinkDeps, url: string, parent?: BrowserWindow | null): Promise<boolean> {
  if (!isWebUrl(url)) return false;
  const options = {
    type: 'question' as const,
    buttons: ['在浏览器中打开', '取消'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: '打开外部链接',
    message: '是否在系统浏览器中打开以下链接？',
    detail: `${url}\n\n该链接将离开舆情工作台，在系统默认浏览器中打开。`,
  };
  const { response } = parent ? await deps.dialog.showMessageBox(parent, options) : await deps.dialog.showMessageBox(options);
  if (response !== 0) return false;
  await deps.shell.openExternal(url);
  return true;
}

/** Applied to every web contents the app creates, including ones we did not expect to exist. */
export function hardenContents(contents: WebContents, location: AppLocation, deps: ExternalLinkDeps): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebUrl(url)) {
      void confirmOpenExternal(deps, url).catch(() => false);
    }
    return { action: 'deny' };
  });

  const stayInApp = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(location, url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-redirect', (event) => stayInApp(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenAllContents(app: Pick<App, 'on'>, location: AppLocation, deps: ExternalLinkDeps): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, location, deps));
}

/**
 * One workstation per user: two instances would open the same IndexedDB and the same inbox folder.
 * Returns false when another instance already runs (this one should quit at once).
 */
export function claimSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'on'>, focusExisting: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => focusExisting());
  return true;
}

export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * The hidden window that turns a report into PDF: the same locked-down options, but no bridge and no
 * script at all — it only lays out HTML the app produced.
 */
export function printWebPreferences(): WebPreferences {
  const { preload: _noBridge, ...locked } = secureWebPreferences('');
  return { ...locked, javascript: false, offscreen: true };
}
