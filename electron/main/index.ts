// Electron entry: wires the pieces together and owns the one main window. Policy lives in the modules
// it imports (security, ipc, handlers, inbox); this file only decides the order things happen in.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { homedir } from 'node:os';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { IPC_EVENTS, type MenuLabels } from '../../shared/ipc';
import { isAppUrl, type AppLocation } from './app-url';
import { startBackupService } from './backup';
import { createHandlers } from './handlers';
import { defaultInboxFolder } from './inbox';
import { quarantineWhenRendererDies, startInbox } from './inbox-service';
import { registerHandlers } from './ipc';
import { menuTemplate } from './menu';
import { printHtmlToPdf } from './print';
import { claimSingleInstance, focusWindow, hardenAllContents, hardenSession, secureWebPreferences } from './security';

const TITLE = '舆情工作台';
const devServerUrl = !app.isPackaged ? (process.env['ELECTRON_RENDERER_URL'] ?? null) : null;
const location: AppLocation = {
  indexFileUrl: pathToFileURL(join(app.getAppPath(), 'out', 'renderer', 'index.html')).href,
  devServerUrl,
};

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    title: TITLE,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(join(app.getAppPath(), 'out', 'preload', 'index.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  window.on('page-title-updated', (event) => event.preventDefault());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadURL(location.indexFileUrl);
  return window;
}

function setMenu(labels: MenuLabels | null): void {
  const onCommand = (id: string) => mainWindow?.webContents.send(IPC_EVENTS.menuCommand, id);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isDev: devServerUrl !== null, onAbout: showAbout, labels, onCommand })));
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: `关于${TITLE}`,
    message: `${TITLE} · OpinionDesk`,
    detail: `版本 ${app.getVersion()}\nElectron ${process.versions.electron}\n离线运行，数据保存在本机。`,
  };
  if (mainWindow) void dialog.showMessageBox(mainWindow, options);
  else void dialog.showMessageBox(options);
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession, location);
  setMenu(null);

  const inbox = await startInbox({
    settingsPath: join(app.getPath('userData'), 'inbox.json'),
    defaultFolder: defaultInboxFolder(homedir()),
    onChange: () => mainWindow?.webContents.send(IPC_EVENTS.inboxChanged),
  });
  app.on('will-quit', () => inbox.close());
  const backups = await startBackupService({
    settingsPath: join(app.getPath('userData'), 'backup.json'),
    defaultFolder: join(app.getPath('documents'), '舆情工作台自动备份'),
  });

  registerHandlers(
    { ipcMain, isAppUrl: (url) => isAppUrl(location, url) },
    createHandlers({
      app,
      dialog,
      shell,
      inbox,
      backups,
      getWindow: () => mainWindow,
      setMenuLabels: setMenu,
      printToPdf: (html) => printHtmlToPdf((options) => new BrowserWindow(options), html),
    }),
  );

  mainWindow = createMainWindow();
  quarantineWhenRendererDies(mainWindow.webContents, inbox);
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createMainWindow();
  });
}

if (!claimSingleInstance(app, () => focusWindow(mainWindow))) {
  app.quit();
} else {
  hardenAllContents(app, location, { dialog, shell });
  app.on('window-all-closed', () => app.quit());
  start().catch((error: unknown) => {
    dialog.showErrorBox(`${TITLE}无法启动`, error instanceof Error ? error.message : String(error));
    app.quit();
  });
}
