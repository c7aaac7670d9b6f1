// The server never holds an authentication key: it stores scrypt of it with a per-account salt, and compares in
// constant time.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { AUTH_KEY_BYTES } from './auth-key';

export interface VerifierParams {
  N: number;
  r: number;
  p: number;
}

export interface StoredVerifier {
  salt: Buffer;
  hash: Buffer;
  params: VerifierParams;
}

export const VERIFIER_PARAMS: VerifierParams = { N: 2 ** 15, r: 8, p: 1 };
const HASH_BYTES = 32;

function scryptAsync(key: Buffer, salt: Buffer, params: VerifierParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(key, salt, HASH_BYTES, { ...params, maxmem: 128 * params.N * params.r * 2 }, (error, derived) =>
      error ? reject(error) : resolve(derived),
    );
  });
}

export async function createVerifier(authKey: Buffer): Promise<StoredVerifier> {
  const salt = randomBytes(16);
  return { salt, hash: await scryptAsync(authKey, salt, VERIFIER_PARAMS), params: VERIFIER_PARAMS };
}

export async function checkVerifier(authKey: Buffer, stored: StoredVerifier): Promise<boolean> {
  const hash = await scryptAsync(authKey, stored.salt, stored.params);
  return hash.length === stored.hash.length && timingSafeEqual(hash, stored.hash);
}

/** A base64 string that decodes to exactly a 32-byte key, or null. */
export function decodeAuthKey(encoded: unknown): Buffer | null {
  if (typeof encoded !== 'string' || !/^[A-Za-z0-9+/]{43}=$/.test(encoded)) return null;
  const key = Buffer.from(encoded, 'base64');
  return key.length === AUTH_KEY_BYTES ? key : null;
}
