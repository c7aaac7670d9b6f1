import { describe, expect, it, vi } from 'vitest';
import { isAppUrl } from '../../../electron/main/app-url';
import { handle, registerHandlers } from '../../../electron/main/ipc';
import { CodedError } from '../../../shared/errors';
import { IPC } from '../../../shared/ipc';
import { decodeIpcError } from '../../../shared/ipc-errors';
import { APP_LOCATION, DEV_LOCATION, FakeIpcMain, invokeEvent, recordingHandlers } from './fakes';

function guardWith(ipcMain = new FakeIpcMain(), location = APP_LOCATION) {
  return { ipcMain, isAppUrl: (url: string) => isAppUrl(location, url) };
}

describe('handle()', () => {
  it('passes a valid payload from the app page to the handler', async () => {
    const ipcMain = new FakeIpcMain();
    const handler = vi.fn(async (url: string) => url.startsWith('https:'));
    handle(guardWith(ipcMain), 'openExternal', handler);
    await expect(ipcMain.listener(IPC.openExternal)(invokeEvent(), 'https://www.gov.cn/')).resolves.toBe(true);
    expect(handler).toHaveBeenCalledWith('https://www.gov.cn/');
  });

  it('rejects a sender that is not the app page, without calling the handler', async () => {
    const ipcMain = new FakeIpcMain();
    const handler = vi.fn(() => true);
    handle(guardWith(ipcMain), 'openExternal', handler);
    const listener = ipcMain.listener(IPC.openExternal);
    const foreign = [
      invokeEvent({ frameUrl: 'https://evil.example/' }),
      invokeEvent({ frameUrl: 'file:///tmp/report.html' }),
      invokeEvent({ fromSubframe: true }),
      invokeEvent({ frameGone: true }),
    ];
    for (const event of foreign) {
      await expect(listener(event, 'https://www.gov.cn/')).rejects.toThrow(/host\.foreignSender/);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('accepts the dev server page only in development', async () => {
    const devIpc = new FakeIpcMain();
    handle(guardWith(devIpc, DEV_LOCATION), 'appInfo', () => ({
      name: 'x',
      version: '1',
      platform: 'linux',
      electron: null,
      dataPath: null,
    }));
    await expect(devIpc.listener(IPC.appInfo)(invokeEvent({ frameUrl: 'http://localhost:5173/#/items' }))).resolves.toMatchObject({
      name: 'x',
    });

    const builtIpc = new FakeIpcMain();
    handle(guardWith(builtIpc), 'appInfo', () => ({ name: 'x', version: '1', platform: 'linux', electron: null, dataPath: null }));
    await expect(builtIpc.listener(IPC.appInfo)(invokeEvent({ frameUrl: 'http://localhost:5173/' }))).rejects.toThrow(
      /host\.foreignSender/,
    );
  });

  it('rejects an invalid payload with its code, without calling the handler', async () => {
    const ipcMain = new FakeIpcMain();
    const handler = vi.fn(() => ({ saved: true, path: '/x' }));
    handle(guardWith(ipcMain), 'saveFolder', handler);
    const listener = ipcMain.listener(IPC.saveFolder);
    const invalid: unknown[][] = [
      [],
      [null],
      [{ suggestedName: '简报包', files: [] }],
      [{ suggestedName: '简报包', files: [{ path: '../x', bytes: new Uint8Array(1) }] }],
      [{ suggestedName: '简报包', files: [{ path: '/etc/x', bytes: new Uint8Array(1) }] }],
      [{ suggestedName: '简报包', files: [{ path: 'a\0b', bytes: new Uint8Array(1) }] }],
      [{ suggestedName: '../简报包', files: [{ path: 'a.txt', bytes: new Uint8Array(1) }] }],
      [{ suggestedName: '简报包', files: [{ path: 'a.txt', bytes: 'not bytes' }] }],
    ];
    for (const args of invalid) {
      await expect(listener(invokeEvent(), ...args)).rejects.toThrow(/host\.invalidArguments/);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('hands the handler the parsed values, without keys the contract does not know', async () => {
    const ipcMain = new FakeIpcMain();
    const handler = vi.fn((_options: { multiple: boolean }) => []);
    handle(guardWith(ipcMain), 'openFiles', handler);
    const payload = JSON.parse('{"multiple":true,"filters":[],"__proto__":{"polluted":true},"extra":1}') as unknown;
    await ipcMain.listener(IPC.openFiles)(invokeEvent(), payload);
    expect(handler).toHaveBeenCalledWith({ multiple: true, filters: [] });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('turns whatever a handler throws into an Error for the renderer', async () => {
    const ipcMain = new FakeIpcMain();
    handle(guardWith(ipcMain), 'inboxList', () => {
      throw 'disk gone';
    });
    await expect(ipcMain.listener(IPC.inboxList)(invokeEvent())).rejects.toThrow(/host\.failed.*disk gone/);
  });

  it("sends a handler's coded failure as its code and values, which the renderer can read back", async () => {
    const ipcMain = new FakeIpcMain();
    handle(guardWith(ipcMain), 'inboxRead', () => {
      throw new CodedError('host.inbox.notOffered', { name: 'a.xlsx' });
    });
    const error: unknown = await ipcMain
      .listener(IPC.inboxRead)(invokeEvent(), 'a.xlsx')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    // Electron passes on only the message, prefixed with its own words.
    const received = `Error invoking remote method '${IPC.inboxRead}': ${(error as Error).message}`;
    expect(decodeIpcError(received)).toEqual({ code: 'host.inbox.notOffered', params: { name: 'a.xlsx' } });
  });

  it('passes an uncoded Error on as it is', async () => {
    const ipcMain = new FakeIpcMain();
    handle(guardWith(ipcMain), 'inboxList', () => {
      throw new Error('plain');
    });
    await expect(ipcMain.listener(IPC.inboxList)(invokeEvent())).rejects.toThrow(/^plain$/);
  });
});

describe('registerHandlers()', () => {
  it('registers exactly the channels of the contract', () => {
    const ipcMain = new FakeIpcMain();
    const registered = registerHandlers(guardWith(ipcMain), recordingHandlers().handlers);
    expect(new Set(ipcMain.listeners.keys())).toEqual(new Set(Object.values(IPC)));
    expect(new Set(registered)).toEqual(new Set(Object.values(IPC)));
    expect(registered).toHaveLength(Object.values(IPC).length);
  });

  it('routes each channel to its own handler', async () => {
    const ipcMain = new FakeIpcMain();
    const { handlers, calls } = recordingHandlers();
    registerHandlers(guardWith(ipcMain), handlers);
    await ipcMain.listener(IPC.inboxMarkImported)(invokeEvent(), '网信办日报.xlsx');
    await ipcMain.listener(IPC.inboxQuarantine)(invokeEvent(), '坏文件.csv', '解析时崩溃');
    expect(calls).toEqual([
      { channel: IPC.inboxMarkImported, args: ['网信办日报.xlsx'] },
      { channel: IPC.inboxQuarantine, args: ['坏文件.csv', '解析时崩溃'] },
    ]);
  });
});
