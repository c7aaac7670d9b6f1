import { describe, expect, expectTypeOf, it } from 'vitest';
import { IPC, IPC_METHODS, ipcContract, type BackupFolderStatus, type DeskBridge, type IpcArgs, type IpcResult } from '../../../shared/ipc';
import type { Platform } from '../../../renderer/platform/platform';

describe('the IPC contract', () => {
  it('names one channel per call after its method', () => {
    expect(IPC_METHODS.length).toBeGreaterThan(10);
    expect(Object.keys(IPC)).toEqual(IPC_METHODS);
    for (const method of IPC_METHODS) expect(IPC[method]).toBe(`desk:${method}`);
    expect(new Set(Object.values(IPC)).size).toBe(IPC_METHODS.length);
  });

  it('gives every type from one entry: arguments from the schema, the result from the entry', () => {
    expectTypeOf<IpcArgs<'backupSetKeep'>>().toEqualTypeOf<[number]>();
    expectTypeOf<IpcResult<'backupSetKeep'>>().toEqualTypeOf<BackupFolderStatus>();
    expectTypeOf<IpcResult<'inboxChooseFolder'>>().toEqualTypeOf<string | null>();
    expectTypeOf<DeskBridge['inboxRead']>().parameters.toEqualTypeOf<[string]>();
    // the page's host interface follows the contract without an edit of its own
    expectTypeOf<Platform['backupSetKeep']>().toEqualTypeOf<DeskBridge['backupSetKeep']>();
    expectTypeOf<Platform['printToPdf']>().returns.resolves.toEqualTypeOf<Uint8Array | null>();
    expect(Object.keys(ipcContract)).toEqual(IPC_METHODS);
  });
});
