// The renderer's view of its host. Two hosts run the same renderer: Electron (the preload's bridge) and a
// plain browser (file inputs and downloads). Features call only this interface, never window.opinionDesk.
import { CodedError } from '../../shared/errors';
import type { HostErrorCode } from '../../shared/ipc-errors';
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

/** The contract's calls as the page makes them; printing differs by host and is declared below. */
type HostCalls = Omit<DeskBridge, 'printToPdf'>;

/**
 * Every bridge call (their arguments and results come from the contract in shared/ipc.ts), and what the
 * hosts do differently. Adding a contract call adds it here by itself; the browser host must then say what
 * it does instead.
 */
export interface Platform extends HostCalls {
  readonly host: HostKind;
  readonly capabilities: PlatformCapabilities;
  /** PDF bytes where the host can print to PDF; null where it could only open the print dialog */
  printToPdf(options: { html: string }): Promise<Uint8Array | null>;
}

/** Thrown by a host for a feature it does not have; the message is for the analyst. */
export class NotAvailableError extends CodedError<Extract<HostErrorCode, `host.notAvailable.${string}`>> {
  override name = 'NotAvailableError';
}
