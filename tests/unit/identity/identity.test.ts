import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  checkSignature,
  fromBase64,
  generateSigningKey,
  hashPassword,
  IdentityError,
  keyFingerprint,
  NO_LOCKOUT,
  openSealedKey,
  passwordProblem,
  remainingWait,
  sealSecretKey,
  signPayload,
  toBase64,
  verifyPassword,
  type LockoutState,
} from '../../../shared/identity';

const AT = '2026-03-02T10:00:00+08:00';

describe('base64', () => {
  it('round-trips every length and refuses a second spelling of the same bytes', () => {
    for (let length = 0; length < 8; length += 1) {
      const bytes = Uint8Array.from({ length }, (_, index) => (index * 73 + 5) & 255);
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
    expect(toBase64(new TextEncoder().encode('foobar'))).toBe('Zm9vYmFy');
    expect(fromBase64('Zm9=')).toBeNull(); // non-zero padding bits
    expect(fromBase64('Zm9')).toBeNull();
    expect(fromBase64('Zm9v!')).toBeNull();
  });
});

describe('passwords', () => {
  it('are kept as scrypt N=2^15, r=8, p=1 with a 16-byte salt and a 32-byte key, parameters beside them', () => {
    const stored = hashPassword('草原青川2026');
    expect(stored).toMatchObject({ alg: 'scrypt', N: 2 ** 15, r: 8, p: 1 });
    expect(fromBase64(stored.salt)).toHaveLength(16);
    expect(fromBase64(stored.hash)).toHaveLength(32);
    expect(JSON.stringify(stored)).not.toContain('草原青川2026');
    expect(verifyPassword('草原青川2026', stored)).toBe(true);
    expect(verifyPassword('草原青川2027', stored)).toBe(false);
  });

  it('are salted: one password gives two different records', () => {
    expect(hashPassword('correct horse').hash).not.toBe(hashPassword('correct horse').hash);
  });

  it('must have 8 to 128 characters, counted as a person counts them', () => {
    expect(passwordProblem('1234567')).toBe('passwordTooShort');
    expect(passwordProblem('舆情工作台密码八')).toBeNull();
    expect(passwordProblem('a'.repeat(129))).toBe('passwordTooLong');
    expect(() => hashPassword('short')).toThrow(IdentityError);
  });

  it('refuses a stored record whose parameters would stall the desk', () => {
    const stored = hashPassword('correct horse');
    expect(verifyPassword('correct horse', { ...stored, N: 2 ** 24 })).toBe(false);
    expect(verifyPassword('correct horse', { ...stored, hash: 'not base64' })).toBe(false);
  });
});

describe('signing keys', () => {
  it('show a fingerprint of 16 hex digits in groups of four', () => {
    const key = generateSigningKey();
    expect(key.keyId).toMatch(/^[0-9a-f]{64}$/);
    expect(keyFingerprint(key.keyId)).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
    expect(keyFingerprint(key.keyId).replaceAll(' ', '').toLowerCase()).toBe(key.keyId.slice(0, 16));
  });

  it('are sealed under the password and open only with it', async () => {
    const key = generateSigningKey();
    const sealed = await sealSecretKey(key, 'correct horse');
    expect(JSON.stringify(sealed)).not.toContain(toBase64(key.secretKey));
    const opened = await openSealedKey(sealed, 'correct horse');
    expect(opened.secretKey).toEqual(key.secretKey);
    expect(opened.keyId).toBe(key.keyId);
    await expect(openSealedKey(sealed, 'wrong horse')).rejects.toMatchObject({ code: 'wrongPassword' });
  });

  it('cannot be passed off as another person by relabelling the sealed record', async () => {
    const sealed = await sealSecretKey(generateSigningKey(), 'correct horse');
    const other = generateSigningKey();
    await expect(openSealedKey({ ...sealed, keyId: other.keyId }, 'correct horse')).rejects.toBeInstanceOf(IdentityError);
  });
});

describe('signatures', () => {
  const key = generateSigningKey();
  const payload = 'a'.repeat(64);
  const signature = signPayload('audit-entry', payload, key, AT, true);

  it('verify for the key, the domain and the payload they were made for', () => {
    expect(checkSignature(signature, 'audit-entry', payload, key)).toBe('valid');
  });

  it('of one kind are never valid as another (domain separation)', () => {
    expect(checkSignature(signature, 'pack-manifest', payload, key)).toBe('wrongDomain');
    expect(checkSignature({ ...signature, domain: 'pack-manifest' }, 'pack-manifest', payload, key)).toBe('invalid');
  });

  it('fail for another payload, another key, a changed time or a changed password flag', () => {
    expect(checkSignature(signature, 'audit-entry', 'b'.repeat(64), key)).toBe('invalid');
    const other = generateSigningKey();
    expect(checkSignature(signature, 'audit-entry', payload, other)).toBe('wrongKey');
    expect(checkSignature({ ...signature, keyId: other.keyId }, 'audit-entry', payload, other)).toBe('invalid');
    expect(checkSignature({ ...signature, at: '2026-03-02T10:00:01+08:00' }, 'audit-entry', payload, key)).toBe('invalid');
    expect(checkSignature({ ...signature, protected: false }, 'audit-entry', payload, key)).toBe('invalid');
  });

  it('answer hostile records instead of throwing', () => {
    expect(checkSignature({ ...signature, value: 'AAAA' }, 'audit-entry', payload, key)).toBe('malformed');
    expect(checkSignature({ ...signature, keyId: 'nope' }, 'audit-entry', payload, key)).toBe('malformed');
    expect(checkSignature(signature, 'audit-entry', payload, { ...key, publicKey: toBase64(new Uint8Array(32)) })).toBe('malformed');
  });
});

describe('lockout after wrong passwords', () => {
  it('lets five tries pass, then waits 30 s, doubling up to 15 min', () => {
    let state: LockoutState = NO_LOCKOUT;
    const waits: number[] = [];
    for (let attempt = 0; attempt < 12; attempt += 1) {
      state = afterFailure(state, 0);
      waits.push(remainingWait(state, 0));
    }
    expect(waits).toEqual([0, 0, 0, 0, 30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000]);
    expect(remainingWait(state, 900_000)).toBe(0);
  });
});
