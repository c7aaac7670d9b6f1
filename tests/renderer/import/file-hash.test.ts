import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../../shared/crypto/sha256';
import { fileSha256 } from '../../../renderer/features/import/file-hash';

const bytes = new Uint8Array(100_000).map((_, index) => (index * 31) & 0xff);

describe('fileSha256', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the digest the script hash gives', async () => {
    expect(globalThis.crypto.subtle).toBeDefined();
    expect(await fileSha256(bytes)).toBe(sha256Hex(bytes));
    expect(await fileSha256(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes in script where the page has no Web Crypto digest', async () => {
    vi.stubGlobal('crypto', { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) });
    expect(await fileSha256(bytes)).toBe(sha256Hex(bytes));
  });
});
