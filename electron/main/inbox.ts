// The inbox folder: partner agencies' spreadsheets are dropped here (from a USB stick or the internal
// mail client) and the workstation offers them for import. Everything here takes the folder path as a
// parameter so it is tested against a real temporary folder.
import { createHash } from 'node:crypto';
import { createReadStream, watch, type FSWatcher } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import type { InboxFile, OpenedFile } from '../../shared/ipc';
import { freeName, readFilesCapped, resolveInside, writeFileAtomic } from './files';
import { CodedError } from '../../shared/errors';

export const IMPORTED_FOLDER = '已导入';
export const QUARANTINE_FOLDER = '隔离区';
/** in the quarantine folder: what was put there and why, for the analyst and IT to read */
export const QUARANTINE_LEDGER = '隔离记录.json';
export const INBOX_EXTENSIONS: ReadonlySet<string> = new Set(['.xlsx', '.xls', '.csv', '.txt', '.json']);

export function defaultInboxFolder(home: string): string {
  return join(home, 'OpinionDesk', '收件箱');
}

export async function ensureInboxFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
}

interface QuarantineRecord {
  name: string;
  storedAs: string;
  size: number;
  sha256: string;
  reason: string;
  at: string;
}

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function readLedger(folder: string): Promise<QuarantineRecord[]> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(folder, QUARANTINE_FOLDER, QUARANTINE_LEDGER), 'utf8'));
    return Array.isArray(parsed) ? (parsed as QuarantineRecord[]) : [];
  } catch {
    return [];
  }
}

/** Office leaves `~$name.xlsx` lock files beside an open workbook; they are not data. */
function isOffered(name: string): boolean {
  return !name.startsWith('.') && !name.startsWith('~$') && INBOX_EXTENSIONS.has(extname(name).toLowerCase());
}

/** Resolves a name from the renderer to a file directly in the inbox, or throws. */
function inboxPath(folder: string, name: string): string {
  if (name.includes('/') || name.includes('\\') || !isOffered(name)) throw new CodedError('host.inbox.notOffered', { name });
  return resolveInside(folder, name);
}

/**
 * The files waiting for import, oldest first. A file with the same content as one already quarantined
 * is moved straight to quarantine: a partner resending the same broken file must not crash the import
 * again.
 */
export async function listInbox(folder: string): Promise<InboxFile[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const ledger = await readLedger(folder);
  const quarantinedSizes = new Set(ledger.map((record) => record.size));
  const files: InboxFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !isOffered(entry.name)) continue;
    const path = join(folder, entry.name);
    let info;
    try {
      info = await stat(path);
    } catch {
      continue; // moved away between readdir and stat
    }
    if (quarantinedSizes.has(info.size)) {
      const digest = await sha256OfFile(path);
      const earlier = ledger.find((record) => record.sha256 === digest);
      if (earlier) {
        await quarantineFile(folder, entry.name, `与已隔离的文件“${earlier.name}”内容相同：${earlier.reason}`);
        continue;
      }
    }
    files.push({ name: entry.name, size: info.size, modifiedAt: info.mtime.toISOString() });
  }
  return files.sort((a, b) => a.modifiedAt.localeCompare(b.modifiedAt) || a.name.localeCompare(b.name));
}

export async function readInboxFile(folder: string, name: string): Promise<OpenedFile> {
  const [file] = await readFilesCapped([inboxPath(folder, name)]);
  if (!file) throw new CodedError('host.inbox.unreadable', { name });
  return file;
}

async function moveInto(folder: string, name: string, subfolder: string): Promise<string | null> {
  const source = inboxPath(folder, name);
  try {
    await stat(source);
  } catch {
    return null;
  }
  await mkdir(join(folder, subfolder), { recursive: true });
  const destination = await freeName(join(folder, subfolder, name));
  await rename(source, destination);
  return destination;
}

/** Moves an imported file into 已导入/ (a numbered name if one is there already). False if it is gone. */
export async function markImported(folder: string, name: string): Promise<boolean> {
  return (await moveInto(folder, name, IMPORTED_FOLDER)) !== null;
}

/** Beside each quarantined file: why it is there, in a text file anyone can open from the file manager. */
export function quarantineReasonFileName(storedAs: string): string {
  return `${storedAs}.隔离原因.txt`;
}

// The ledger is read, extended and written whole; two quarantines at once (a crash with two files in flight)
// must not each write a ledger without the other's record.
let ledgerTurn: Promise<unknown> = Promise.resolve();

/** Moves a file that crashed the parser into 隔离区/ and records why, so it is never offered again. */
export function quarantineFile(folder: string, name: string, reason: string): Promise<boolean> {
  const turn = ledgerTurn.then(() => quarantineNow(folder, name, reason));
  ledgerTurn = turn.catch(() => undefined);
  return turn;
}

async function quarantineNow(folder: string, name: string, reason: string): Promise<boolean> {
  const source = inboxPath(folder, name);
  let size: number;
  let digest: string;
  try {
    size = (await stat(source)).size;
    digest = await sha256OfFile(source);
  } catch {
    return false;
  }
  const destination = await moveInto(folder, name, QUARANTINE_FOLDER);
  if (destination === null) return false;
  const quarantine = join(folder, QUARANTINE_FOLDER);
  const record: QuarantineRecord = {
    name,
    storedAs: destination.slice(quarantine.length + 1),
    size,
    sha256: digest,
    reason,
    at: new Date().toISOString(),
  };
  const ledger = await readLedger(folder);
  ledger.push(record);
  await writeFileAtomic(join(quarantine, QUARANTINE_LEDGER), new TextEncoder().encode(JSON.stringify(ledger, null, 2)));
  const note = `文件：${name}\r\n隔离时间：${record.at}\r\nSHA-256：${digest}\r\n原因：${reason}\r\n\r\n此文件不会再出现在收件箱中；内容相同的文件再次放入收件箱时也会直接隔离。\r\n`;
  await writeFileAtomic(join(quarantine, quarantineReasonFileName(record.storedAs)), new TextEncoder().encode(note));
  return true;
}

/**
 * A file handed to the page for parsing, until it is imported, quarantined, or its parse has had time to finish.
 * Kept on disk: if the workstation dies while the file is in flight (a parse that took the whole page down with
 * it, before the page could ask for quarantine), the next start finds the record and quarantines the file instead
 * of offering it again.
 */
export interface ParseInFlight {
  folder: string;
  name: string;
  readAt: string;
}

/**
 * How long after a read the parse may still be running: the page's own time limit for a file of this size
 * (renderer/features/import/parse-session.ts timeLimitFor: two minutes plus ten seconds a megabyte) and a minute
 * for reading it and starting the worker.
 */
export function parseWindowMs(size: number): number {
  return 180_000 + Math.ceil(size / (1024 * 1024)) * 10_000;
}

export async function readInFlight(path: string): Promise<ParseInFlight[]> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (entry): entry is ParseInFlight =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as ParseInFlight).folder === 'string' &&
        typeof (entry as ParseInFlight).name === 'string' &&
        typeof (entry as ParseInFlight).readAt === 'string',
    );
  } catch {
    return [];
  }
}

export async function writeInFlight(path: string, entries: readonly ParseInFlight[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, new TextEncoder().encode(JSON.stringify(entries, null, 2)));
}

export interface InboxWatch {
  close(): void;
}

/**
 * Calls onChange once things settle after files appear, change or leave. A copy from a USB stick fires
 * many events per file; the debounce turns them into one notice. If the folder itself disappears the
 * watch recreates it and carries on.
 */
export function watchInbox(folder: string, onChange: () => void, debounceMs = 400): InboxWatch {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let watcher: FSWatcher | null = null;
  let closed = false;

  const notify = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (!closed) onChange();
    }, debounceMs);
  };

  const start = (): void => {
    if (closed) return;
    try {
      watcher = watch(folder, { persistent: false }, notify);
      watcher.on('error', restart);
    } catch {
      setTimeout(restart, 2000);
    }
  };

  function restart(): void {
    watcher?.close();
    watcher = null;
    if (closed) return;
    void ensureInboxFolder(folder)
      .catch(() => undefined)
      .then(() => {
        start();
        notify();
      });
  }

  start();
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher?.close();
    },
  };
}

/** The watched folder is remembered in a small file in the app's data folder. */
export async function loadInboxSetting(settingsPath: string, fallback: string): Promise<string> {
  try {
    const parsed: unknown = JSON.parse(await readFile(settingsPath, 'utf8'));
    if (parsed && typeof parsed === 'object' && 'inboxFolder' in parsed && typeof parsed.inboxFolder === 'string' && parsed.inboxFolder) {
      return parsed.inboxFolder;
    }
  } catch {
    // no setting yet, or unreadable: the default folder
  }
  return fallback;
}

export async function saveInboxSetting(settingsPath: string, folder: string): Promise<void> {
  await mkdir(dirname(settingsPath), { recursive: true });
  await writeFileAtomic(settingsPath, new TextEncoder().encode(JSON.stringify({ inboxFolder: folder }, null, 2)));
}
