import { scrypt } from '@noble/hashes/scrypt.js';
import { fromBase64, toBase64, wipe } from './encoding';
import { IdentityError } from './errors';

// Passwords are kept as scrypt hashes with their parameters beside them, so the cost can be raised later
// and old hashes still verify. scrypt is slow on purpose (about a quarter of a second here): callers run it
// off the UI thread.

export interface ScryptParameters {
  N: number;
  r: number;
  p: number;
}

export const PASSWORD_SCRYPT: ScryptParameters = { N: 2 ** 15, r: 8, p: 1 };
export const PASSWORD_MIN_CHARACTERS = 8;
export const PASSWORD_MAX_CHARACTERS = 128;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

export interface PasswordHash extends ScryptParameters {
  alg: 'scrypt';
  /** 16 random bytes, base64 */
  salt: string;
  /** the 32-byte scrypt output, base64 */
  hash: string;
}

const encoder = new TextEncoder();

/** Characters as a person counts them: code points of the NFC form, so 汉字 and emoji count once. */
function characterCount(password: string): number {
  return [...password.normalize('NFC')].length;
}

export function passwordProblem(password: string): 'passwordTooShort' | 'passwordTooLong' | null {
  const length = characterCount(password);
  if (length < PASSWORD_MIN_CHARACTERS) return 'passwordTooShort';
  if (length > PASSWORD_MAX_CHARACTERS) return 'passwordTooLong';
  return null;
}

// A stored record is input too: parameters far beyond today's would let a forged record stall the desk.
export function isSupportedScrypt({ N, r, p }: ScryptParameters): boolean {
  const powerOfTwo = Number.isInteger(N) && N >= 2 ** 14 && N <= 2 ** 20 && (N & (N - 1)) === 0;
  return powerOfTwo && Number.isInteger(r) && r >= 8 && r <= 16 && Number.isInteger(p) && p >= 1 && p <= 4;
}

export function scryptKey(password: string, salt: Uint8Array, parameters: ScryptParameters): Uint8Array {
  if (!isSupportedScrypt(parameters)) throw new IdentityError('unsupportedParameters');
  return scrypt(encoder.encode(password.normalize('NFC')), salt, { ...parameters, dkLen: KEY_BYTES, maxmem: 2 ** 31 });
}

export function randomBytes(length: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

export function hashPassword(password: string, salt: Uint8Array = randomBytes(SALT_BYTES)): PasswordHash {
  const problem = passwordProblem(password);
  if (problem !== null) throw new IdentityError(problem);
  const key = scryptKey(password, salt, PASSWORD_SCRYPT);
  const record: PasswordHash = { alg: 'scrypt', ...PASSWORD_SCRYPT, salt: toBase64(salt), hash: toBase64(key) };
  wipe(key);
  return record;
}

function equalInConstantTime(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) difference |= (a[index] as number) ^ (b[index] as number);
  return difference === 0;
}

export function verifyPassword(password: string, stored: PasswordHash): boolean {
  const salt = fromBase64(stored.salt);
  const expected = fromBase64(stored.hash);
  if (stored.alg !== 'scrypt' || salt === null || expected === null || expected.length !== KEY_BYTES) return false;
  if (!isSupportedScrypt(stored)) return false;
  const actual = scryptKey(password, salt, stored);
  const same = equalInConstantTime(actual, expected);
  wipe(actual);
  return same;
}
