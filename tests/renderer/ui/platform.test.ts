import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { DeskBridge } from '../../../shared/ipc';
import { detectPlatform, NotAvailableError } from '../../../renderer/platform';
import { zipFolder } from '../../../renderer/platform/folder-zip';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('host detection', () => {
  it('uses the preload bridge when Electron put one on window', async () => {
    const appInfo = vi.fn(async () => ({ name: 'OpinionDesk', version: '9.9.9', platform: 'win32', electron: '45', dataPath: 'C:\\data' }));
    const platform = detectPlatform({ opinionDesk: { appInfo } as unknown as DeskBridge });
    expect(platform.host).toBe('electron');
    expect(platform.capabilities).toEqual({ pdfBytes: true, inbox: true, realFolders: true });
    expect((await platform.appInfo()).version).toBe('9.9.9');
    expect(appInfo).toHaveBeenCalledOnce();
  });

  it('falls back to the browser host without a bridge, where the inbox is refused in Chinese', async () => {
    const platform = detectPlatform({});
    expect(platform.host).toBe('browser');
    expect(platform.capabilities.inbox).toBe(false);
    expect(await platform.inboxList()).toEqual([]);
    await expect(platform.inboxRead('a.xlsx')).rejects.toThrow(NotAvailableError);
    await expect(platform.inboxFolder()).rejects.toMatchObject({ code: 'host.notAvailable.inbox' });
  });
});

describe('a folder delivered as one zip', () => {
  it('keeps every file under one top-level folder with its relative path', () => {
    const zip = zipFolder('简报包-第12期', [
      { path: 'manifest.json', bytes: bytes('{}') },
      { path: 'charts/趋势.png', bytes: bytes('png') },
    ]);
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(['简报包-第12期/charts/趋势.png', '简报包-第12期/manifest.json']);
    expect(new TextDecoder().decode(entries['简报包-第12期/charts/趋势.png'])).toBe('png');
  });

  it('refuses paths that would escape the folder', () => {
    for (const path of ['../evil.txt', '/etc/passwd', 'C:/x.txt', 'a/../../b', 'a\\b', 'a\0b'])
      expect(() => zipFolder('pack', [{ path, bytes: bytes('x') }]), path).toThrow(/host\.file\.(unsafePath|outsideFolder)/);
  });

  it('refuses the same path twice rather than silently keeping one', () => {
    expect(() =>
      zipFolder('pack', [
        { path: 'a.txt', bytes: bytes('1') },
        { path: 'a.txt', bytes: bytes('2') },
      ]),
    ).toThrow(/host\.file\.duplicatePath/);
  });
});
