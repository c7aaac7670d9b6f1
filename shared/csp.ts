// The production Content-Security-Policy: no remote origin, no inline script, no eval. Workers and
// exported images are made from blob: URLs. It lives in shared/ because every host applies it: the
// browser host's server and Electron main send it as a response header, and the built index.html carries
// it in a meta element for a host that can send no header.

export type CspDelivery = 'header' | 'meta';

const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
] as const;

// Browsers ignore these in a meta element and log an error each time they meet one there.
const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'] as const;

function directiveName(directive: string): string {
  return directive.split(' ')[0] ?? directive;
}

/** The policy as one delivery can carry it: a header carries every directive, a meta element fewer. */
export function cspFor(delivery: CspDelivery): string {
  const directives =
    delivery === 'header'
      ? DIRECTIVES
      : DIRECTIVES.filter((directive) => !(HEADER_ONLY_DIRECTIVES as readonly string[]).includes(directiveName(directive)));
  return directives.join('; ');
}

/** The full policy, as a response header sends it. */
export const PRODUCTION_CSP = cspFor('header');
