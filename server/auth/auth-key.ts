// How a desk turns a person's password into the key it sends at sign-in. The same password also gives a
// key-encryption key that never leaves the desk; the two come from one scrypt by HKDF with different labels,
// so knowing the authentication key reveals nothing about the other. The server only needs this for the
// administrator that `init` creates from a password typed at the server.
import { hkdfSync, scryptSync } from 'node:crypto';

export const PASSWORD_SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;
export const AUTH_KEY_BYTES = 32;

export function deriveAuthKey(password: string, account: string): Buffer {
  const master = scryptSync(password.normalize('NFC'), `opinion-desk/password/v1/${account}`, 32, {
    ...PASSWORD_SCRYPT,
    maxmem: 64 * 1024 * 1024,
  });
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'opinion-desk/auth-key/v1', AUTH_KEY_BYTES));
}
