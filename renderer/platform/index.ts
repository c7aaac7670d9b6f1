import type { DeskBridge } from '../../shared/ipc';
import { BRIDGE_GLOBAL } from '../../shared/ipc';
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './preload-bridge';
import type { Platform } from './platform';

export type { FileFilter, FolderFile, HostKind, Platform, PlatformCapabilities } from './platform';
export { NotAvailableError } from './platform';

function bridgeOf(host: object): DeskBridge | null {
  const candidate = (host as Record<string, unknown>)[BRIDGE_GLOBAL];
  return candidate && typeof candidate === 'object' ? (candidate as DeskBridge) : null;
}

/** Electron's preload puts the bridge on window before any script runs; its absence means a plain browser. */
export function detectPlatform(host: object = window): Platform {
  const bridge = bridgeOf(host);
  return bridge ? createElectronPlatform(bridge) : createBrowserPlatform();
}

let current: Platform | null = null;

/** The host chosen once at start. */
export function platform(): Platform {
  current ??= detectPlatform();
  return current;
}
