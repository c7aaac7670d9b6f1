import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';

import { cspFor, PRODUCTION_CSP } from '../shared/csp';

// Dev mode needs inline script for React refresh and a websocket for HMR, so it gets its own looser
// policy and the strict one is what ships and what e2e sees.
export { PRODUCTION_CSP };

/** The header every response of the browser host's server carries (vite preview). */
export const RESPONSE_HEADERS = { 'Content-Security-Policy': PRODUCTION_CSP } as const;

const DEV_CSP = cspFor('meta')
  .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  .replace("connect-src 'self' blob: data:", "connect-src 'self' blob: data: ws://localhost:* http://localhost:*");

function contentSecurityPolicy(): Plugin {
  let isDev = false;
  return {
    name: 'opinion-desk-csp',
    configResolved(config) {
      isDev = config.command === 'serve';
    },
    transformIndexHtml(html) {
      return html.replace('%CSP%', isDev ? DEV_CSP : cspFor('meta'));
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
