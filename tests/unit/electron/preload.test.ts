import { describe, expect, it, vi, type Mock } from 'vitest';
import { BRIDGE_GLOBAL, IPC, IPC_EVENTS, type DeskBridge } from '../../../shared/ipc';

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ channel, args })),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      listeners.set(channel, listener);
    }),
    removeListener: vi.fn((channel: string) => {
      listeners.delete(channel);
    }),
    send: vi.fn(),
    sendSync: vi.fn(),
  };
  const contextBridge = {
    exposeInMainWorld: vi.fn((key: string, api: unknown) => {
      exposed.set(key, api);
    }),
  };
  return { exposed, listeners, ipcRenderer, contextBridge };
});

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

async function loadBridge(): Promise<DeskBridge> {
  await import('../../../electron/preload/index');
  return electron.exposed.get(BRIDGE_GLOBAL) as DeskBridge;
}

/**
 * Hands a fresh listener to one of the bridge's notices; `send` plays main sending on `channel`, with the
 * IPC event first as Electron passes it.
 */
async function subscribe(channel: string, listen: (bridge: DeskBridge, listener: Mock) => () => void) {
  const bridge = await loadBridge();
  const listener = vi.fn();
  const stop = listen(bridge, listener);
  const send = (payload: unknown) => electron.listeners.get(channel)?.({ sender: electron.ipcRenderer }, payload);
  return { listener, send, stop };
}

describe('preload bridge', () => {
  it('exposes one global with exactly the contract methods and the two notices', async () => {
    const bridge = await loadBridge();
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...electron.exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(IPC), 'onInboxChanged', 'onMenuCommand'].sort());
  });

  it('never hands out ipcRenderer or any of its functions', async () => {
    const bridge = await loadBridge();
    const forbidden = new Set<unknown>([electron.ipcRenderer, ...Object.values(electron.ipcRenderer)]);
    for (const [key, value] of Object.entries(bridge)) {
      expect(forbidden.has(value), key).toBe(false);
      expect(typeof value, key).toBe('function');
    }
  });

  it('sends each method to its own channel with the arguments unchanged', async () => {
    const bridge = await loadBridge();
    for (const [method, channel] of Object.entries(IPC)) {
      const call = bridge[method as keyof typeof IPC] as (...args: unknown[]) => Promise<unknown>;
      await expect(call('arg-1', 2)).resolves.toEqual({ channel, args: ['arg-1', 2] });
    }
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(Object.keys(IPC).length);
  });

  it('tells a listener about inbox changes without passing the IPC event, and can stop', async () => {
    const { listener, send, stop } = await subscribe(IPC_EVENTS.inboxChanged, (bridge, heard) => bridge.onInboxChanged(heard));
    send('extra');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith();
    stop();
    expect(electron.listeners.has(IPC_EVENTS.inboxChanged)).toBe(false);
  });

  it('passes a chosen menu entry on as its command id alone, ignores anything but a string, and can stop', async () => {
    const { listener, send, stop } = await subscribe(IPC_EVENTS.menuCommand, (bridge, heard) => bridge.onMenuCommand(heard));
    send('items.tag');
    send({ id: 'items.tag' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith('items.tag');
    stop();
    expect(electron.listeners.has(IPC_EVENTS.menuCommand)).toBe(false);
  });
});

describe('preload sources', () => {
  // A sandboxed preload can require only 'electron'; anything else it imports must be bundled into it,
  // and must itself import nothing, or the build would leave a require() that fails at runtime.
  const valueImports = (source: string): string[] =>
    [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)';/gms)].map((match) => match[1] ?? '');

  it('import at run time only electron and self-contained modules', async () => {
    const { readFile } = await import('node:fs/promises');
    const { dirname, resolve } = await import('node:path');
    const entry = resolve('electron/preload/index.ts');
    const imports = valueImports(await readFile(entry, 'utf8'));
    expect(imports).toContain('electron');
    for (const specifier of imports.filter((name) => name !== 'electron')) {
      expect(specifier, 'only relative modules are bundled').toMatch(/^\.\.?\//);
      const source = await readFile(`${resolve(dirname(entry), specifier)}.ts`, 'utf8');
      expect(source, specifier).not.toMatch(/^\s*import\s/m);
    }
  });
});
