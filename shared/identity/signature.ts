import { ed25519 } from '@noble/curves/ed25519.js';
import { canonicalJson } from '../crypto/canonical-json';
import { sha256Hex } from '../crypto/sha256';
import type { IsoDateTime } from '../domain/types';
import { fromBase64, toBase64 } from './encoding';
import { rawPublicKey, type PublicKeyRecord, type SignatureAlgorithm, type SigningKey } from './keys';

// One signature record for every kind of thing the desk signs. What is signed is never the bare payload:
// it is the canonical JSON of the record's own fields with the payload's SHA-256, so a signature binds its
// domain (an audit entry's signature is never valid as a pack's), its time, its key and whether its owner
// had a password.

export const SIGNATURE_DOMAINS = ['audit-entry', 'report-action', 'pack-manifest', 'audit-head', 'roster', 'bundle'] as const;
export type SignatureDomain = (typeof SIGNATURE_DOMAINS)[number];

export interface SignatureRecord {
  domain: SignatureDomain;
  alg: SignatureAlgorithm;
  keyId: string;
  at: IsoDateTime;
  /** false when the key's owner had no password (单人模式): anyone at the desk could have signed */
  protected: boolean;
  /** the 64-byte Ed25519 signature, base64 */
  value: string;
}

const SIGNED_FORMAT = 'opinion-desk-signature/v1';
const encoder = new TextEncoder();

function signedMessage(fields: Omit<SignatureRecord, 'value'>, payload: string | Uint8Array): Uint8Array {
  const { domain, alg, keyId, at } = fields;
  return encoder.encode(
    canonicalJson({ format: SIGNED_FORMAT, domain, alg, keyId, at, protected: fields.protected, payloadSha256: sha256Hex(payload) }),
  );
}

export function signPayload(
  domain: SignatureDomain,
  payload: string | Uint8Array,
  key: SigningKey,
  at: IsoDateTime,
  isProtected: boolean,
): SignatureRecord {
  const fields = { domain, alg: key.alg, keyId: key.keyId, at, protected: isProtected };
  return { ...fields, value: toBase64(ed25519.sign(signedMessage(fields, payload), key.secretKey)) };
}

export type SignatureCheck = 'valid' | 'wrongDomain' | 'wrongKey' | 'malformed' | 'invalid';

/** Whether `record` is `key`'s signature of `payload` in `domain`. Never throws: hostile input is answered, not raised. */
export function checkSignature(
  record: SignatureRecord,
  domain: SignatureDomain,
  payload: string | Uint8Array,
  key: PublicKeyRecord,
): SignatureCheck {
  if (!isSignatureRecord(record)) return 'malformed';
  if (record.domain !== domain) return 'wrongDomain';
  if (record.keyId !== key.keyId || record.alg !== key.alg) return 'wrongKey';
  const publicKey = rawPublicKey(key);
  const value = fromBase64(record.value);
  if (publicKey === null || value === null || value.length !== 64) return 'malformed';
  try {
    return ed25519.verify(value, signedMessage(record, payload), publicKey) ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
}

export function isSignatureRecord(value: unknown): value is SignatureRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    (SIGNATURE_DOMAINS as readonly unknown[]).includes(record.domain) &&
    record.alg === 'ed25519' &&
    typeof record.keyId === 'string' &&
    /^[0-9a-f]{64}$/.test(record.keyId) &&
    typeof record.at === 'string' &&
    typeof record.protected === 'boolean' &&
    typeof record.value === 'string'
  );
}
