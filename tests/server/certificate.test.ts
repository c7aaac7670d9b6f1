import { X509Certificate, createPrivateKey } from 'node:crypto';
import { createServer, request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { derLength, derObjectIdentifier, derTime, derUnsignedInteger } from '../../server/tls/der';
import { createServerIdentity, ipAddressBytes } from '../../server/tls/certificate';
import { spkiFingerprint } from '../../server/tls/fingerprint';

const identity = createServerIdentity({
  commonName: 'opinion-server',
  dnsNames: ['localhost', 'desk-server.lan'],
  ipAddresses: ['127.0.0.1', '::1', '10.0.0.7'],
});

describe('DER encoding', () => {
  it('writes long lengths, positive integers, object identifiers and both time forms as X.690 does', () => {
    expect([...derLength(5)]).toEqual([5]);
    expect([...derLength(300)]).toEqual([0x82, 0x01, 0x2c]);
    expect([...derUnsignedInteger(Buffer.from([0x80]))]).toEqual([0x02, 0x02, 0x00, 0x80]);
    expect([...derUnsignedInteger(Buffer.from([0, 0, 5]))]).toEqual([0x02, 0x01, 0x05]);
    expect(derObjectIdentifier('1.2.840.10045.4.3.2').toString('hex')).toBe('06082a8648ce3d040302');
    expect(derTime(new Date('2036-12-07T05:18:08Z')).toString('latin1')).toBe('\x17\x0d361207051808Z');
    expect(derTime(new Date('2050-01-01T00:00:00Z')).toString('latin1')).toBe('\x18\x0f20500101000000Z');
  });

  it('packs IPv6 addresses into 16 bytes, expanding ::', () => {
    expect(ipAddressBytes('::1').toString('hex')).toBe('00000000000000000000000000000001');
    expect(ipAddressBytes('fe80::a:1').toString('hex')).toBe('fe8000000000000000000000000a0001');
  });
});

describe('the self-signed certificate', () => {
  it('parses as X.509 v3 with the names, ten years of validity and its own valid signature', () => {
    const certificate = new X509Certificate(identity.certificatePem);
    expect(certificate.subject).toBe('CN=opinion-server');
    expect(certificate.issuer).toBe('CN=opinion-server');
    expect(certificate.subjectAltName).toBe(
      'DNS:localhost, DNS:desk-server.lan, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1, IP Address:10.0.0.7',
    );
    const years = (Date.parse(certificate.validTo) - Date.parse(certificate.validFrom)) / (365.25 * 24 * 3600 * 1000);
    expect(years).toBeGreaterThan(9.99);
    expect(years).toBeLessThan(10.01);
    expect(certificate.verify(certificate.publicKey)).toBe(true);
    expect(certificate.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(certificate.checkPrivateKey(createPrivateKey(identity.keyPem))).toBe(true);
  });

  it('is accepted by node:https when pinned as the only trusted certificate, for its IP and its DNS name', async () => {
    const server = createServer({ key: identity.keyPem, cert: identity.certificatePem }, (_request, response) => response.end('pinned'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const get = (servername?: string) =>
      new Promise<string>((resolve, reject) => {
        request({ host: '127.0.0.1', port, ca: identity.certificatePem, ...(servername ? { servername } : {}) }, (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () => resolve(body));
        })
          .on('error', reject)
          .end();
      });
    try {
      expect(await get()).toBe('pinned');
      expect(await get('desk-server.lan')).toBe('pinned');
      await expect(get('elsewhere.lan')).rejects.toThrow(/altnames|not in the cert/i);
      // The fingerprint a desk compares is the one the TLS peer presents.
      const presented = await new Promise<X509Certificate>((resolve, reject) => {
        const socket = connect({ host: '127.0.0.1', port, ca: identity.certificatePem, servername: 'localhost' }, () => {
          const peer = socket.getPeerX509Certificate();
          socket.end();
          if (peer) resolve(peer);
          else reject(new Error('no peer certificate'));
        });
        socket.on('error', reject);
      });
      expect(spkiFingerprint(presented)).toEqual(spkiFingerprint(identity.certificatePem));
    } finally {
      server.close();
    }
  });

  it('has an SPKI fingerprint of 32 bytes in hex and base64, different for every new key', () => {
    const fingerprint = spkiFingerprint(identity.certificatePem);
    expect(fingerprint.hex).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(fingerprint.base64, 'base64').toString('hex')).toBe(fingerprint.hex);
    const other = createServerIdentity({ commonName: 'x', dnsNames: ['localhost'], ipAddresses: [] });
    expect(spkiFingerprint(other.certificatePem).hex).not.toBe(fingerprint.hex);
  });
});
