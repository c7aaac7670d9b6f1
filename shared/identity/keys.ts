import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256Hex } from '../crypto/sha256';
import { fromBase64, toBase64 } from './encoding';

// A person's (or the desk's) signing key. Ed25519 today; `alg` travels with every public key and
// signature so another algorithm (国密 SM2) can be added beside it without reinterpreting old records.

export const SIGNATURE_ALGORITHMS = ['ed25519'] as const;
export type SignatureAlgorithm = (typeof SIGNATURE_ALGORITHMS)[number];

export interface PublicKeyRecord {
  alg: SignatureAlgorithm;
  /** the raw 32-byte public key, base64 */
  publicKey: string;
  /** SHA-256 of the raw public key, 64 hex digits: how records name the key */
  keyId: string;
}

export interface SigningKey extends PublicKeyRecord {
  /** the raw 32-byte secret key; held only while its owner is signed in */
  secretKey: Uint8Array;
}

export function keyIdOf(publicKey: Uint8Array): string {
  return sha256Hex(publicKey);
}

/** The first 16 hex digits of the key id in groups of four, as people compare it by eye or over the phone. */
export function keyFingerprint(keyId: string): string {
  return (keyId.slice(0, 16).match(/.{4}/g) ?? []).join(' ').toUpperCase();
}

export function publicKeyRecord(publicKey: Uint8Array): PublicKeyRecord {
  return { alg: 'ed25519', publicKey: toBase64(publicKey), keyId: keyIdOf(publicKey) };
}

export function generateSigningKey(): SigningKey {
  const secretKey = ed25519.utils.randomSecretKey();
  return signingKeyFrom(secretKey);
}

export function signingKeyFrom(secretKey: Uint8Array): SigningKey {
  return { ...publicKeyRecord(ed25519.getPublicKey(secretKey)), secretKey };
}

/** The raw public key of a record, or null when the record is malformed or its id does not match its key. */
export function rawPublicKey(record: PublicKeyRecord): Uint8Array | null {
  if (record.alg !== 'ed25519') return null;
  const bytes = fromBase64(record.publicKey);
  if (bytes === null || bytes.length !== 32 || keyIdOf(bytes) !== record.keyId) return null;
  return bytes;
}
