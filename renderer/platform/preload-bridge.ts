import type { DeskBridge } from '../../shared/ipc';
import type { Platform } from './platform';

/** The Electron host: every call goes straight through the preload's typed bridge. */
export function createElectronPlatform(bridge: DeskBridge): Platform {
  return {
    ...bridge,
    host: 'electron',
    capabilities: { pdfBytes: true, inbox: true, realFolders: true },
  };
}
