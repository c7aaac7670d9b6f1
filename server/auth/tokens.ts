// Session and refresh tokens: 32 random bytes, handed out once, stored only as their SHA-256.
import { createHash, randomBytes } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** The token of an `Authorization: <scheme> <token>` header, or null. */
export function bearerToken(header: string | undefined, scheme: 'Bearer' | 'Refresh'): string | null {
  if (!header) return null;
  const match = /^(\S+) ([A-Za-z0-9_-]{43})$/.exec(header);
  if (!match || match[1] !== scheme) return null;
  return match[2] ?? null;
}
