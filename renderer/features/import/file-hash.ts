import { bytesToHex } from '@noble/hashes/utils.js';
import { sha256Hex } from '../../../shared/crypto/sha256';

/**
 * A partner file's SHA-256 (继续 accepts only the very same file). Web Crypto digests off the calling thread,
 * several times faster than the script hash, so the worker hashes while SheetJS reads; a page that is not a
 * secure context has no `crypto.subtle` and hashes in script.
 */
export async function fileSha256(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (!subtle) return sha256Hex(bytes);
  return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
}
