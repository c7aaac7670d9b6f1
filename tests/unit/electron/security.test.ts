import { describe, expect, it, vi } from 'vitest';
import type { MessageBoxReturnValue } from 'electron';
import {
  claimSingleInstance,
  confirmOpenExternal,
  hardenAllContents,
  hardenContents,
  hardenSession,
  printWebPreferences,
  secureWebPreferences,
} from '../../../electron/main/security';
import { PRODUCTION_CSP } from '../../../shared/csp';
import type { AppLocation } from '../../../electron/main/app-url';
import { APP_LOCATION, DEV_LOCATION, FakeApp, FakeSession, FakeWebContents, navigationEvent } from './fakes';

function linkDeps(answer: number) {
  return {
    dialog: { showMessageBox: vi.fn(async (): Promise<MessageBoxReturnValue> => ({ response: answer, checkboxChecked: false })) },
    shell: { openExternal: vi.fn(async () => undefined) },
  };
}

function hardened(location = APP_LOCATION, answer = 1) {
  const contents = new FakeWebContents();
  const deps = linkDeps(answer);
  hardenContents(contents.asWebContents(), location, deps);
  return { contents, deps };
}

/** Whether a session hardened for `location` cancels each of `urls`, in order. */
function cancelledUnder(location: AppLocation, urls: string[]): boolean[] {
  const session = new FakeSession();
  hardenSession(session.asSession(), location);
  return urls.map((url) => session.isCancelled(url));
}

describe('window options', () => {
  it('are exactly the locked-down set, with the preload given', () => {
    // Listed alphabetically, so a reviewer can tick each switch off against Electron's security checklist.
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toStrictEqual({
      allowRunningInsecureContent: false,
      contextIsolation: true,
      experimentalFeatures: false,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      spellcheck: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('for printing add no bridge and no script', () => {
    const options = printWebPreferences();
    expect(options).not.toHaveProperty('preload');
    expect(options).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
  });
});

describe('session', () => {
  it('denies every permission request and check', () => {
    const session = new FakeSession();
    hardenSession(session.asSession(), APP_LOCATION);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      (session.permissionRequestHandler as unknown as (c: unknown, p: string, cb: (granted: boolean) => void) => void)(
        null,
        permission,
        (granted) => answers.push(granted),
      );
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect((session.permissionCheckHandler as unknown as () => boolean)()).toBe(false);
    expect((session.devicePermissionHandler as unknown as () => boolean)()).toBe(false);
  });

  it('blocks requests that would leave the machine and allows local files', () => {
    expect(
      cancelledUnder(APP_LOCATION, [
        'https://example.com/',
        'http://localhost:5173/',
        'wss://example.com/socket',
        'ftp://example.com/x',
        'not a url',
        APP_LOCATION.indexFileUrl,
        'file:///opt/opinion-desk/resources/app.asar/out/renderer/assets/index.js',
        'devtools://devtools/bundled/inspector.html',
      ]),
    ).toEqual([true, true, true, true, true, false, false, false]);
  });

  it('in development lets the dev server through, and nothing else remote', () => {
    expect(
      cancelledUnder(DEV_LOCATION, [
        'http://localhost:5173/src/main.tsx',
        'ws://localhost:5173/',
        'http://localhost:8080/',
        'https://example.com/',
      ]),
    ).toEqual([false, false, true, true]);
  });

  it('sends the strict CSP with app responses in a built app', () => {
    const session = new FakeSession();
    hardenSession(session.asSession(), APP_LOCATION);
    let headers: Record<string, string[]> | undefined;
    (session.headersReceived as unknown as (d: unknown, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void)(
      { url: APP_LOCATION.indexFileUrl, responseHeaders: { 'Content-Type': ['text/html'] } },
      (response) => {
        headers = response.responseHeaders;
      },
    );
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [PRODUCTION_CSP] });
    expect(PRODUCTION_CSP).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(PRODUCTION_CSP.split('; ').find((part) => part.startsWith('script-src'))).toBe("script-src 'self'");
  });
});

describe('web contents', () => {
  it('denies window.open, and a web link opens in the browser only after the analyst agrees', async () => {
    const { contents, deps } = hardened(APP_LOCATION, 0);
    const answer = contents.windowOpenHandler?.({ url: 'https://www.gov.cn/' } as never);
    expect(answer).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(deps.shell.openExternal).toHaveBeenCalledWith('https://www.gov.cn/'));
    expect(deps.dialog.showMessageBox).toHaveBeenCalledTimes(1);
  });

  it('opens nothing when the analyst declines, and never asks about non-web links', async () => {
    const { contents, deps } = hardened(APP_LOCATION, 1);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' } as never)).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' } as never)).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' } as never)).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(deps.dialog.showMessageBox).toHaveBeenCalledTimes(1));
    expect(deps.shell.openExternal).not.toHaveBeenCalled();
  });

  it('prevents navigation and redirects away from the app page', () => {
    const { contents } = hardened();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'file:///opt/opinion-desk/other.html', 'data:text/html,<h1>x</h1>']) {
      const navigation = navigationEvent(url);
      contents.emit('will-navigate', navigation);
      expect(navigation.defaultPrevented, url).toBe(true);
      const redirect = navigationEvent(url);
      contents.emit('will-redirect', redirect);
      expect(redirect.defaultPrevented, url).toBe(true);
    }
  });

  it('lets the app page reload itself and change its route', () => {
    const { contents } = hardened();
    for (const url of [APP_LOCATION.indexFileUrl, `${APP_LOCATION.indexFileUrl}#/items`, `${APP_LOCATION.indexFileUrl}?lang=en`]) {
      const navigation = navigationEvent(url);
      contents.emit('will-navigate', navigation);
      expect(navigation.defaultPrevented, url).toBe(false);
    }
  });

  it('prevents attaching a webview', () => {
    const { contents } = hardened();
    const attach = navigationEvent('');
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.defaultPrevented).toBe(true);
  });

  it('is applied to every web contents the app creates', () => {
    const app = new FakeApp();
    hardenAllContents(app.asApp(), APP_LOCATION, linkDeps(1));
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler).not.toBeNull();
    const navigation = navigationEvent('https://example.com/');
    contents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
  });
});

describe('external links', () => {
  it('shows the URL in a Chinese confirmation before opening it', async () => {
    const deps = linkDeps(0);
    await expect(confirmOpenExternal(deps, 'https://www.gov.cn/')).resolves.toBe(true);
    const options = deps.dialog.showMessageBox.mock.calls[0] as unknown as [{ message: string; detail: string; buttons: string[] }];
    expect(options[0].message).toMatch(/浏览器/);
    expect(options[0].detail).toContain('https://www.gov.cn/');
    expect(options[0].buttons).toContain('取消');
  });

  it('refuses anything but http and https without asking', async () => {
    const deps = linkDeps(0);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'mailto:a@b.cn']) {
      await expect(confirmOpenExternal(deps, url)).resolves.toBe(false);
    }
    expect(deps.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(deps.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('single instance', () => {
  it('a second start focuses the first window', () => {
    const app = new FakeApp(true);
    const focus = vi.fn();
    expect(claimSingleInstance(app.asApp(), focus)).toBe(true);
    app.emit('second-instance', {}, [], '/');
    expect(focus).toHaveBeenCalledTimes(1);
  });

  it('the second instance learns it must quit', () => {
    const focus = vi.fn();
    expect(claimSingleInstance(new FakeApp(false).asApp(), focus)).toBe(false);
  });
});
