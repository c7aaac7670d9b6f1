import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';

// The production Content-Security-Policy: no remote origin, no inline script, no eval. Workers and
// exported images are made from blob: URLs. Dev mode needs inline script for React refresh and a
// websocket for HMR, so it gets its own looser policy and the strict one is what ships and what e2e sees.
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

const DEV_CSP = PRODUCTION_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
  "connect-src 'self' blob: data:",
  "connect-src 'self' blob: data: ws://localhost:* http://localhost:*",
);

function contentSecurityPolicy(): Plugin {
  let isDev = false;
  return {
    name: 'opinion-desk-csp',
    configResolved(config) {
      isDev = config.command === 'serve';
    },
    transformIndexHtml(html) {
      return html.replace('%CSP%', isDev ? DEV_CSP : PRODUCTION_CSP);
    },
  };
}

export const rendererRoot = new URL('.', import.meta.url).pathname;

export function rendererConfig(): UserConfig {
  return {
    root: rendererRoot,
    base: './',
    plugins: [react(), contentSecurityPolicy()],
    worker: { format: 'es' },
    build: { target: 'chrome130', sourcemap: false, chunkSizeWarningLimit: 4096 },
  };
}
