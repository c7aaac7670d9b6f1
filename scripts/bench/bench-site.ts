// The renderer built with a bench page beside it, and a static server for it. Each bench builds into a
// folder of its own, so it never overwrites dist-web that `npm run web` or an e2e run is serving.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'vite';
import { rendererConfig, rendererRoot } from '../../renderer/vite.shared';

/** `benchPage`: the bench's own HTML entry, relative to renderer/ (e.g. features/spread/bench/bench.html). */
export async function buildBenchSite(outDir: string, benchPage: string): Promise<void> {
  const config = rendererConfig();
  await build({
    ...config,
    configFile: false,
    logLevel: 'error',
    build: {
      ...config.build,
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: { index: resolve(rendererRoot, 'index.html'), bench: resolve(rendererRoot, benchPage) } },
    },
  });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ServeOptions {
  /** 0 picks a free port: several benches and e2e suites may run at once */
  port?: number;
  /** files served from outside the site, by URL path (e.g. the generated workbook) */
  extraFiles?: Readonly<Record<string, string>>;
}

export function serveBenchSite(root: string, options: ServeOptions = {}): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const extra = options.extraFiles?.[path];
    const file = extra ?? join(root, normalize(path === '/' ? '/index.html' : path));
    let size = -1;
    if (extra !== undefined || file.startsWith(root)) {
      try {
        size = statSync(file).size;
      } catch {
        // a missing file is answered 404 below
      }
    }
    if (size < 0) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': size });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise(server));
  });
}
