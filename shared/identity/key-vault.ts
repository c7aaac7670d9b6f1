import { fromBase64, toBase64, wipe } from './encoding';
import { IdentityError } from './errors';
import { signingKeyFrom, type SigningKey } from './keys';
import { PASSWORD_SCRYPT, randomBytes, scryptKey, type ScryptParameters } from './password';

// A secret key at rest: AES-256-GCM under a key that scrypt derives from its owner's password with a salt
// of its own (not the password hash's), bound to the key id so one person's sealed key cannot be passed off
// as another's. Web Crypto does the AES, as every runtime of the desk has it.

export interface SealedSecretKey {
  alg: 'aes-256-gcm';
  kdf: ScryptParameters & { alg: 'scrypt'; salt: string };
  /** the key this opens to; also the AES additional data */
  keyId: string;
  iv: string;
  ciphertext: string;
}

const encoder = new TextEncoder();

/** A copy on a plain ArrayBuffer, the only kind Web Crypto takes. */
function owned(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy;
}

async function wrappingKey(password: string, salt: Uint8Array, parameters: ScryptParameters) {
  const derived = scryptKey(password, salt, parameters);
  const raw = owned(derived);
  wipe(derived);
  try {
    return await globalThis.crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  } finally {
    wipe(raw);
  }
}

export async function sealSecretKey(key: SigningKey, password: string): Promise<SealedSecretKey> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const aes = await wrappingKey(password, salt, PASSWORD_SCRYPT);
  const ciphertext = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: owned(iv), additionalData: owned(encoder.encode(key.keyId)) },
    aes,
    owned(key.secretKey),
  );
  return {
    alg: 'aes-256-gcm',
    kdf: { alg: 'scrypt', ...PASSWORD_SCRYPT, salt: toBase64(salt) },
    keyId: key.keyId,
    iv: toBase64(iv),
    ciphertext: toBase64(new Uint8Array(ciphertext)),
  };
}

/** The signing key inside, or IdentityError('wrongPassword') when the password (or anything sealed) is wrong. */
export async function openSealedKey(sealed: SealedSecretKey, password: string): Promise<SigningKey> {
  const salt = fromBase64(sealed.kdf.salt);
  const iv = fromBase64(sealed.iv);
  const ciphertext = fromBase64(sealed.ciphertext);
  if (
    sealed.alg !== 'aes-256-gcm' ||
    sealed.kdf.alg !== 'scrypt' ||
    salt === null ||
    iv === null ||
    iv.length !== 12 ||
    ciphertext === null
  ) {
    throw new IdentityError('malformedKey');
  }
  const aes = await wrappingKey(password, salt, sealed.kdf);
  let plain: Uint8Array;
  try {
    plain = new Uint8Array(
      await globalThis.crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: owned(iv), additionalData: owned(encoder.encode(sealed.keyId)) },
        aes,
        owned(ciphertext),
      ),
    );
  } catch {
    throw new IdentityError('wrongPassword');
  }
  if (plain.length !== 32) throw new IdentityError('malformedKey');
  const key = signingKeyFrom(plain);
  if (key.keyId !== sealed.keyId) {
    wipe(plain);
    throw new IdentityError('malformedKey');
  }
  return key;
}
