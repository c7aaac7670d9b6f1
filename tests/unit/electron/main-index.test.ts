// Starts electron/main/index.ts against a mocked electron module and checks what it wired up: the
// window's options, the session guards, the native menu and the exact set of IPC handlers.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { secureWebPreferences } from '../../../electron/main/security';
import { IPC } from '../../../shared/ipc';
import type { FakeApp, FakeIpcMain, FakeSession } from './fakes';
import { FakeWebContents, navigationEvent } from './fakes';

const electron = vi.hoisted(() => {
  const state = {
    windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
    menu: null as unknown,
    userData: '',
    appPath: '/opt/opinion-desk/resources/app.asar',
  };
  return { state };
});

const fakes = vi.hoisted(() => ({}) as { app?: FakeApp; ipcMain?: FakeIpcMain; session?: FakeSession });

vi.mock('electron', async () => {
  const { FakeApp, FakeIpcMain, FakeSession, FakeWebContents } = await import('./fakes');
  const app = Object.assign(new FakeApp(true), {
    isPackaged: true,
    whenReady: () => Promise.resolve(),
    getAppPath: () => electron.state.appPath,
    getPath: (name: string) => (name === 'userData' ? electron.state.userData : tmpdir()),
    getName: () => 'OpinionDesk',
    getVersion: () => '0.1.0',
    quit: vi.fn(),
  });
  fakes.app = app;
  fakes.ipcMain = new FakeIpcMain();
  fakes.session = new FakeSession();
  class BrowserWindow {
    readonly record: { options: Record<string, unknown>; loaded: string[] };
    readonly webContents = new FakeWebContents();
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [] };
      electron.state.windows.push(this.record);
    }
    once(): void {}
    on(): void {}
    loadURL(url: string): Promise<void> {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  return {
    app,
    BrowserWindow,
    ipcMain: fakes.ipcMain,
    session: { defaultSession: fakes.session },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => {
        electron.state.menu = menu;
      },
    },
    dialog: { showMessageBox: vi.fn(), showErrorBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    shell: { openExternal: vi.fn() },
  };
});

describe('the main process at start', () => {
  it('opens one locked-down window on the built page and wires every guard', async () => {
    const base = mkdtempSync(join(tmpdir(), 'opinion-desk-main-'));
    electron.state.userData = join(base, 'userData');
    mkdirSync(electron.state.userData);
    // Point the inbox at a temporary folder so the test never touches the real home folder.
    writeFileSync(join(electron.state.userData, 'inbox.json'), JSON.stringify({ inboxFolder: join(base, '收件箱') }));

    await import('../../../electron/main/index');
    await vi.waitFor(() => expect(electron.state.windows).toHaveLength(1));

    const [window] = electron.state.windows;
    expect(window?.options).toMatchObject({ width: 1366, height: 768, minWidth: 1024, minHeight: 640, title: '舆情工作台', show: false });
    expect(window?.options['webPreferences']).toStrictEqual(
      secureWebPreferences(join(electron.state.appPath, 'out', 'preload', 'index.cjs')),
    );
    expect(window?.loaded).toEqual([pathToFileURL(join(electron.state.appPath, 'out', 'renderer', 'index.html')).href]);

    expect(new Set(fakes.ipcMain?.listeners.keys())).toEqual(new Set(Object.values(IPC)));
    expect(fakes.session?.permissionRequestHandler).not.toBeNull();
    expect(fakes.session?.isCancelled('https://example.com/')).toBe(true);

    const contents = new FakeWebContents();
    fakes.app?.emit('web-contents-created', {}, contents);
    const navigation = navigationEvent('https://example.com/');
    contents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);

    const labels = (electron.state.menu as { label: string }[]).map((entry) => entry.label);
    expect(labels).toEqual(['文件', '编辑', '视图', '帮助']);

    fakes.app?.emit('will-quit'); // stops the inbox watch before its folder goes
    rmSync(base, { recursive: true, force: true });
  });
});
