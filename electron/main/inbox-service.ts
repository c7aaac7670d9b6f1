// The inbox as the running app sees it: which folder is watched, who is told when it changes, and which files
// are in the page's hands for parsing, so that one which takes the page (or the whole app) down is quarantined
// instead of offered again after the restart.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import type { InboxFile, OpenedFile } from '../../shared/ipc';
import { CodedError } from '../../shared/errors';
import {
  ensureInboxFolder,
  listInbox,
  loadInboxSetting,
  markImported,
  parseWindowMs,
  quarantineFile,
  readInboxFile,
  readInFlight,
  saveInboxSetting,
  watchInbox,
  writeInFlight,
  type InboxWatch,
  type ParseInFlight,
} from './inbox';

export interface InboxService {
  folder(): string;
  list(): Promise<InboxFile[]>;
  read(name: string): Promise<OpenedFile>;
  markImported(name: string): Promise<boolean>;
  quarantine(name: string, reason: string): Promise<boolean>;
  /**
   * The page died (Electron's render-process-gone): every file it was still parsing is quarantined with that
   * reason, and the page, once reloaded, is told the list changed. Answers the names quarantined.
   */
  rendererGone(reason: string): Promise<string[]>;
  /** switch to another folder: created if missing, remembered, watched from now on */
  moveTo(folder: string): Promise<void>;
  close(): void;
}

/** where the files in the page's hands are recorded, beside the inbox setting in the app's data folder */
export function inFlightPathFor(settingsPath: string): string {
  return join(settingsPath, '..', 'inbox-parsing.json');
}

export function crashReason(detail: string): string {
  return `解析此文件时工作台意外退出（${detail}），文件可能使解析器崩溃或失去响应。`;
}

export async function startInbox(options: { settingsPath: string; defaultFolder: string; onChange: () => void }): Promise<InboxService> {
  let folder = await loadInboxSetting(options.settingsPath, options.defaultFolder);
  const inFlightPath = inFlightPathFor(options.settingsPath);
  let watcher: InboxWatch | null = null;
  let inFlight: ParseInFlight[] = [];
  let closed = false;
  const expiry = new Map<string, ReturnType<typeof setTimeout>>();
  // Records are written one after another, each the whole current list, so the file is never older than memory.
  let recordTurn: Promise<unknown> = Promise.resolve();
  const keyOf = (entry: { folder: string; name: string }) => `${entry.folder}\u0000${entry.name}`;

  const saveInFlight = (): Promise<void> => {
    const snapshot = [...inFlight];
    const turn = recordTurn.then(() => (closed ? undefined : writeInFlight(inFlightPath, snapshot)));
    recordTurn = turn.catch(() => undefined);
    return turn;
  };

  const settle = async (entryFolder: string, name: string): Promise<void> => {
    const key = keyOf({ folder: entryFolder, name });
    clearTimeout(expiry.get(key));
    expiry.delete(key);
    const before = inFlight.length;
    inFlight = inFlight.filter((entry) => keyOf(entry) !== key);
    if (inFlight.length !== before) await saveInFlight().catch(() => undefined);
  };

  const quarantineAll = async (entries: readonly ParseInFlight[], reason: string): Promise<string[]> => {
    const moved: string[] = [];
    for (const entry of entries) {
      if (await quarantineFile(entry.folder, entry.name, reason).catch(() => false)) moved.push(entry.name);
      await settle(entry.folder, entry.name);
    }
    if (moved.length > 0) options.onChange();
    return moved;
  };

  const watchCurrent = async (): Promise<void> => {
    watcher?.close();
    watcher = null;
    await ensureInboxFolder(folder);
    watcher = watchInbox(folder, options.onChange);
  };
  // An unusable inbox (a removed network drive, no permission) must not keep the workstation from
  // starting: the inbox page says what is wrong when it asks for the list.
  await watchCurrent().catch(() => undefined);

  // Left over from the last run: it ended while these were being parsed, without a clean quit.
  const leftOver = await readInFlight(inFlightPath);
  if (leftOver.length > 0) {
    inFlight = leftOver;
    await quarantineAll(leftOver, crashReason('上次运行在解析期间中断'));
  }

  return {
    folder: () => folder,
    async list() {
      try {
        return await listInbox(folder);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new CodedError('host.inbox.folderUnreadable', { folder, detail }, undefined, { cause: error });
      }
    },
    async read(name) {
      const file = await readInboxFile(folder, name);
      const entry: ParseInFlight = { folder, name, readAt: new Date().toISOString() };
      const key = keyOf(entry);
      inFlight = [...inFlight.filter((other) => keyOf(other) !== key), entry];
      clearTimeout(expiry.get(key));
      // Past the window the parse has ended one way or another with the page alive; a later crash is not this file's.
      const timer = setTimeout(() => void settle(entry.folder, name), parseWindowMs(file.bytes.byteLength));
      timer.unref?.();
      expiry.set(key, timer);
      await saveInFlight();
      return file;
    },
    async markImported(name) {
      const moved = await markImported(folder, name);
      await settle(folder, name);
      return moved;
    },
    async quarantine(name, reason) {
      const moved = await quarantineFile(folder, name, reason);
      await settle(folder, name);
      if (moved) options.onChange();
      return moved;
    },
    rendererGone: (reason) => quarantineAll([...inFlight], crashReason(reason)),
    async moveTo(next) {
      folder = next;
      await watchCurrent();
      await saveInboxSetting(options.settingsPath, next);
      options.onChange();
    },
    close() {
      closed = true;
      watcher?.close();
      for (const timer of expiry.values()) clearTimeout(timer);
      expiry.clear();
      // A clean quit: whatever was being parsed did not take the app down. Synchronous, as the app is quitting.
      inFlight = [];
      rmSync(inFlightPath, { force: true });
    },
  };
}

const RENDERER_GONE_REASONS: Readonly<Record<string, string>> = {
  crashed: '页面崩溃',
  oom: '内存耗尽',
  killed: '页面被强制结束',
  'abnormal-exit': '页面异常退出',
  'launch-failed': '页面无法启动',
  'integrity-failure': '程序文件校验失败',
};

/** The part of Electron's WebContents the inbox listens to. */
export interface RendererEvents {
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string }) => void): unknown;
}

/** A parse that takes the page down never reaches the page's own quarantine request, so main makes it. */
export function quarantineWhenRendererDies(contents: RendererEvents, inbox: InboxService): void {
  contents.on('render-process-gone', (_event, details) => {
    // 'clean-exit' is a window closed the ordinary way
    if (details.reason === 'clean-exit') return;
    void inbox.rendererGone(RENDERER_GONE_REASONS[details.reason] ?? `页面异常退出：${details.reason}`);
  });
}
