// The HTTPS application: Fastify over node:https with the certificate from the database. There is no plain
// HTTP listener at all; a plain-HTTP request to the port fails the TLS handshake and gets no data.
import Fastify, { type FastifyInstance } from 'fastify';
import type pg from 'pg';
import { registerAdminRoutes } from './admin/routes';
import { installAuthentication } from './auth/hook';
import { registerAuthRoutes } from './auth/routes';
import { schemaVersionWith } from './db/migrate';
import { refuse } from './http/errors';
import { loadServerConfig } from './setup';
import { LogAnnouncer } from './sync/announcer';
import { registerSyncRoutes } from './sync/routes';
import { SERVER_VERSION } from './version';

export interface RouteInfo {
  method: string;
  url: string;
  auth: 'none' | 'refresh' | 'session';
}

export interface ServerApp {
  app: FastifyInstance;
  /** every route served, with the authentication it demands */
  routes: RouteInfo[];
  close(): Promise<void>;
}

export interface BuildOptions {
  pool: pg.Pool;
  /** how the event announcer opens its own LISTEN connection (same database as the pool) */
  connection: pg.ClientConfig;
  logger?: boolean;
}

export async function buildServer(options: BuildOptions): Promise<ServerApp> {
  const { pool } = options;
  const config = await loadServerConfig(pool);
  const announcer = new LogAnnouncer(options.connection);
  await announcer.start();
  const app = Fastify({
    https: { key: config.tlsKeyPem, cert: config.tlsCertificatePem, minVersion: 'TLSv1.2' },
    // Fastify's request log carries method, URL and address only; URLs never hold secrets (tokens travel in headers).
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    // Event streams never end by themselves; stopping the server must not wait for them.
    forceCloseConnections: true,
  });
  const routes: RouteInfo[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, auth: route.config?.auth ?? 'session' });
    }
  });
  installAuthentication(app, pool);
  app.setErrorHandler((error, request, reply) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) {
      request.log.error(
        { err: { message: error instanceof Error ? error.message : String(error), code: (error as { code?: unknown }).code } },
        'request failed',
      );
      return refuse(reply, 500, 'serverError', '服务器内部出错，请稍后再试；如果一直出错，请联系管理员查看服务器日志。');
    }
    if (status === 413) return refuse(reply, 413, 'tooLarge', '请求内容太大。');
    return refuse(reply, status, 'badRequest', '请求的格式不对。');
  });

  app.get('/api/health', { config: { auth: 'none' } }, async () => ({
    ok: true,
    version: SERVER_VERSION,
    schema: await schemaVersionWith(pool),
  }));
  registerAuthRoutes(app, pool, config);
  registerAdminRoutes(app, pool);
  registerSyncRoutes(app, pool, announcer);

  return {
    app,
    routes,
    async close() {
      await announcer.close();
      await app.close();
    },
  };
}
