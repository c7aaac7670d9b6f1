// The one place that decides whether an entry's author signature is genuine, so the desk-side signature
// format can replace this function alone. Today's format: Ed25519 over the UTF-8 bytes of the entry's hash
// (64 lowercase hex digits), sent as base64 of the 64-byte signature.
import { ed25519 } from '@noble/curves/ed25519.js';
import type { AuditEntry } from '../../shared/domain/types';

const encoder = new TextEncoder();

export function signedMessageOf(entry: Pick<AuditEntry, 'hash'>): Uint8Array {
  return encoder.encode(entry.hash);
}

export function isWellFormedSignature(signature: unknown): signature is string {
  return typeof signature === 'string' && /^[A-Za-z0-9+/]{86}==$/.test(signature);
}

/** True when `signature` is the author's Ed25519 signature of the entry under `publicKey` (32 raw bytes). */
export function verifyEntrySignature(entry: Pick<AuditEntry, 'hash'>, signature: string, publicKey: Uint8Array): boolean {
  if (!isWellFormedSignature(signature) || publicKey.length !== 32) return false;
  try {
    return ed25519.verify(Buffer.from(signature, 'base64'), signedMessageOf(entry), publicKey);
  } catch {
    return false;
  }
}
