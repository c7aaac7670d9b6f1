import { vi } from 'vitest';
import type { Dialog } from 'electron';
import type { HandlerDeps } from '../../../electron/main/handlers';

/**
 * Main's handler dependencies with everything but the dialog, inbox and backups faked: the app's paths
 * all point at `base`, and printing answers with the bytes of "%PDF".
 */
export function fakeHandlerDeps(
  base: string,
  dialog: Partial<Record<keyof Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>, unknown>>,
  services: Pick<HandlerDeps, 'inbox' | 'backups'>,
): HandlerDeps {
  return {
    app: { getName: () => 'OpinionDesk', getVersion: () => '0.1.0', getPath: () => base },
    dialog: dialog as unknown as Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>,
    shell: { openExternal: vi.fn(async () => undefined) },
    getWindow: () => null,
    setMenuLabels: vi.fn(),
    printToPdf: vi.fn(async () => new Uint8Array([37, 80, 68, 70])),
    ...services,
  };
}
