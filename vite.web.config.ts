import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig, RESPONSE_HEADERS } from './renderer/vite.shared';

// The browser host: the same renderer, built on its own and served on a fixed port by scripts/web.mjs.
export const WEB_PORT = 47800;

export default defineConfig({
  ...rendererConfig(),
  build: { ...rendererConfig().build, outDir: resolve('dist-web'), emptyOutDir: true },
  preview: { port: WEB_PORT, strictPort: true, host: '127.0.0.1', headers: RESPONSE_HEADERS },
  server: { port: WEB_PORT, strictPort: true, host: '127.0.0.1' },
});
