import { sha256 } from '@noble/hashes/sha2.js';
import { hmac } from '@noble/hashes/hmac.js';
import { bytesToHex } from '@noble/hashes/utils.js';

// Synchronous on purpose: Web Crypto's digest() is asynchronous, and awaiting it inside a Dexie
// transaction lets the transaction commit before the audit entry is written.

const encoder = new TextEncoder();

export function sha256Hex(input: string | Uint8Array): string {
  return bytesToHex(sha256(typeof input === 'string' ? encoder.encode(input) : input));
}

export function hmacSha256Hex(secret: string | Uint8Array, message: string): string {
  const key = typeof secret === 'string' ? encoder.encode(secret) : secret;
  return bytesToHex(hmac(sha256, key, encoder.encode(message)));
}
