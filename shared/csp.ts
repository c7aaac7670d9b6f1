// The production Content-Security-Policy: no remote origin, no inline script, no eval. Workers and
// exported images are made from blob: URLs. It lives in shared/ because two hosts apply it: the renderer
// build writes it into index.html, and Electron main sends it as a response header.
export const PRODUCTION_CSP = [
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
].join('; ');
