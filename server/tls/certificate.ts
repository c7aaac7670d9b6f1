// The server's own TLS identity: an ECDSA P-256 key and a self-signed X.509 v3 certificate. Desks do not
// trust it through a CA; they pin the SHA-256 of its public key (the fingerprint init prints), as SSH does.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import {
  derBitString,
  derBoolean,
  derExplicit,
  derIa5,
  derObjectIdentifier,
  derOctetString,
  derSequence,
  derSet,
  derSmallInteger,
  derTime,
  derUnsignedInteger,
  derUtf8String,
} from './der';

const OID_COMMON_NAME = '2.5.4.3';
const OID_ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';
const OID_BASIC_CONSTRAINTS = '2.5.29.19';
const OID_KEY_USAGE = '2.5.29.15';
const OID_EXTENDED_KEY_USAGE = '2.5.29.37';
const OID_SUBJECT_ALT_NAME = '2.5.29.17';
const OID_SUBJECT_KEY_IDENTIFIER = '2.5.29.14';
const OID_SERVER_AUTH = '1.3.6.1.5.5.7.3.1';

const VALIDITY_YEARS = 10;

export interface ServerIdentity {
  keyPem: string;
  certificatePem: string;
}

export interface CertificateOptions {
  commonName: string;
  dnsNames: readonly string[];
  ipAddresses: readonly string[];
  now?: Date;
}

export function createServerIdentity(options: CertificateOptions): ServerIdentity {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const certificateDer = buildSelfSignedCertificate(privateKey, publicKey, options);
  return {
    keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    certificatePem: toPem('CERTIFICATE', certificateDer),
  };
}

export function buildSelfSignedCertificate(privateKey: KeyObject, publicKey: KeyObject, options: CertificateOptions): Buffer {
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const notBefore = new Date((options.now ?? new Date()).getTime() - 60 * 60 * 1000);
  const notAfter = new Date(notBefore);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + VALIDITY_YEARS);
  const name = derSequence(derSet(derSequence(derObjectIdentifier(OID_COMMON_NAME), derUtf8String(options.commonName))));
  const signatureAlgorithm = derSequence(derObjectIdentifier(OID_ECDSA_WITH_SHA256));
  // 16 random bytes with the top bit cleared: positive, unique, within RFC 5280's 20-octet limit.
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const tbsCertificate = derSequence(
    derExplicit(0, derSmallInteger(2)),
    derUnsignedInteger(serial),
    signatureAlgorithm,
    name,
    derSequence(derTime(notBefore), derTime(notAfter)),
    name,
    spki,
    derExplicit(3, derSequence(...extensions(spki, options))),
  );
  const signature = sign('sha256', tbsCertificate, { key: privateKey, dsaEncoding: 'der' });
  return derSequence(tbsCertificate, signatureAlgorithm, derBitString(signature));
}

function extensions(spki: Buffer, options: CertificateOptions): Buffer[] {
  const altNames = [
    ...options.dnsNames.map((dnsName) => derIa5(0x82, dnsName)),
    ...options.ipAddresses.map((address) => Buffer.concat([Buffer.from([0x87, 0]), ipAddressBytes(address)])).map(fixIpLength),
  ];
  const keyIdentifier = createHash('sha1').update(spki).digest();
  return [
    extension(OID_BASIC_CONSTRAINTS, true, derSequence()),
    // digitalSignature for the TLS handshake, keyCertSign because the certificate signs itself.
    extension(OID_KEY_USAGE, true, derBitStringBits([0, 5])),
    extension(OID_EXTENDED_KEY_USAGE, false, derSequence(derObjectIdentifier(OID_SERVER_AUTH))),
    extension(OID_SUBJECT_KEY_IDENTIFIER, false, derOctetString(keyIdentifier)),
    extension(OID_SUBJECT_ALT_NAME, false, derSequence(...altNames)),
  ];
}

function extension(oid: string, critical: boolean, value: Buffer): Buffer {
  return derSequence(derObjectIdentifier(oid), ...(critical ? [derBoolean(true)] : []), derOctetString(value));
}

/** A named bit list (KeyUsage): bit 0 is the most significant bit of the first byte; unused trailing bits counted. */
function derBitStringBits(bits: readonly number[]): Buffer {
  const highest = Math.max(...bits);
  const bytes = Buffer.alloc(Math.floor(highest / 8) + 1);
  for (const bit of bits) bytes[Math.floor(bit / 8)] = (bytes[Math.floor(bit / 8)] ?? 0) | (0x80 >> (bit % 8));
  const unused = 7 - (highest % 8);
  return Buffer.concat([Buffer.from([0x03, bytes.length + 1, unused]), bytes]);
}

function fixIpLength(encoded: Buffer): Buffer {
  encoded[1] = encoded.length - 2;
  return encoded;
}

export function ipAddressBytes(address: string): Buffer {
  if (isIPv4(address)) return Buffer.from(address.split('.').map(Number));
  if (!isIPv6(address)) throw new Error(`不是 IP 地址：${address}`);
  const zoneless = address.split('%')[0] ?? address;
  const [head = '', tail = ''] = zoneless.includes('::') ? zoneless.split('::') : [zoneless, ''];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(zoneless.includes('::') ? missing : 0).fill('0'), ...tailGroups];
  return Buffer.concat(groups.map((group) => Buffer.from(group.padStart(4, '0'), 'hex')));
}

export function toPem(label: string, der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
