// What a desk compares when it joins: the SHA-256 of the certificate's public key (SPKI), not of the whole
// certificate, so the pin is exactly what Chromium's --ignore-certificate-errors-spki-list takes.
import { X509Certificate, createHash } from 'node:crypto';

export interface SpkiFingerprint {
  hex: string;
  base64: string;
}

export function spkiFingerprint(certificate: string | Buffer | X509Certificate): SpkiFingerprint {
  const parsed = certificate instanceof X509Certificate ? certificate : new X509Certificate(certificate);
  const spki = parsed.publicKey.export({ type: 'spki', format: 'der' });
  const digest = createHash('sha256').update(spki).digest();
  return { hex: digest.toString('hex'), base64: digest.toString('base64') };
}

/** The hex form in pairs, easier to read aloud and compare by eye. */
export function groupedHex(hex: string): string {
  return (hex.match(/.{2}/g) ?? []).join(':').toUpperCase();
}
