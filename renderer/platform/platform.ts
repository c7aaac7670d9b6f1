// The renderer's view of its host. Two hosts run the same renderer: Electron (the preload's bridge) and a
// plain browser (file inputs and downloads). Features call only this interface, never window.opinionDesk.
import type { AppInfo, BackupFolderStatus, DailyBackupResult, DeskBridge, InboxFile, OpenedFile, SaveResult } from '../../shared/ipc';

export type { AppInfo, BackupFolderStatus, DailyBackupResult, InboxFile, OpenedFile, SaveResult };

export type HostKind = 'electron' | 'browser';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface FolderFile {
  /** posix relative path inside the folder, e.g. charts/trend.png */
  path: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export interface PlatformCapabilities {
  /** printToPdf returns PDF bytes (Electron); otherwise it opens the print dialog and returns null */
  pdfBytes: boolean;
  /** the watched inbox folder exists only where the host can see the file system */
  inbox: boolean;
  /** saveFolder writes a real folder; otherwise the folder arrives as one .zip download */
  realFolders: boolean;
}

export interface Platform {
  readonly host: HostKind;
  readonly capabilities: PlatformCapabilities;
  appInfo(): Promise<AppInfo>;
  /** resolves to [] when the analyst cancels */
  openFiles(options: { multiple: boolean; filters: FileFilter[] }): Promise<OpenedFile[]>;
  saveFile(options: { suggestedName: string; bytes: Uint8Array<ArrayBuffer> }): Promise<SaveResult>;
  saveFolder(options: { suggestedName: string; files: FolderFile[] }): Promise<SaveResult>;
  /** PDF bytes where the host can print to PDF; null where it could only open the print dialog */
  printToPdf(options: { html: string }): Promise<Uint8Array | null>;
  openExternal(url: string): Promise<boolean>;
  inboxList(): Promise<InboxFile[]>;
  inboxRead(name: string): Promise<OpenedFile>;
  inboxMarkImported(name: string): Promise<boolean>;
  inboxQuarantine(name: string, reason: string): Promise<boolean>;
  inboxFolder(): Promise<string>;
  inboxChooseFolder(): Promise<string | null>;
  /** returns the function that stops listening */
  onInboxChanged(listener: () => void): () => void;
  /** automatic daily backups exist only where the host can write to a folder of its own (Electron) */
  backupStatus(): Promise<BackupFolderStatus>;
  /** null when the analyst cancelled */
  backupChooseFolder(): Promise<BackupFolderStatus | null>;
  backupSetKeep(keep: number): Promise<BackupFolderStatus>;
  backupWriteDaily(options: { day: string; bytes: Uint8Array<ArrayBuffer> }): Promise<DailyBackupResult>;
}

/** Thrown by a host for a feature it does not have; the message is for the analyst. */
export class NotAvailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAvailableError';
  }
}

// Keeps the interface honest: every bridge method has a Platform method of the same name.
export type BridgeMethodsCovered = keyof DeskBridge extends keyof Platform ? true : never;
export const bridgeMethodsCovered: BridgeMethodsCovered = true;
