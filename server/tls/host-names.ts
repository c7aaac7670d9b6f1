// The names a desk may use to reach this machine, for the certificate's subjectAltName.
import { hostname, networkInterfaces } from 'node:os';

export function localHostNames(): { dnsNames: string[]; ipAddresses: string[] } {
  const dnsNames = new Set(['localhost']);
  const host = hostname();
  if (/^[A-Za-z0-9.-]+$/.test(host)) dnsNames.add(host);
  const ipAddresses = new Set(['127.0.0.1', '::1']);
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) if (!address.address.includes('%')) ipAddresses.add(address.address);
  }
  return { dnsNames: [...dnsNames], ipAddresses: [...ipAddresses] };
}
