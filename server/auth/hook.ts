// Authentication happens in onRequest, before Fastify reads a single byte of the body: an unauthenticated
// client cannot make the server buffer or parse anything. Routes say what they need in their config.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import { refuse } from '../http/errors';
import { bearerToken } from './tokens';
import { principalForAccessToken, type AccountRole, type SessionPrincipal } from './sessions';

export type RouteAuth = 'none' | 'refresh' | 'session';

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: RouteAuth;
  }
  interface FastifyRequest {
    principal: SessionPrincipal | null;
  }
}

export const DISABLED_MESSAGE = '该账户已被停用，不能再使用协同服务器；请联系管理员。';

export function installAuthentication(app: FastifyInstance, pool: pg.Pool): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request, reply) => {
    // Unknown routes (404s) have no config and so need a session too: nothing answers anonymously by accident.
    const auth: RouteAuth = request.routeOptions.config?.auth ?? 'session';
    if (auth !== 'session') return;
    const token = bearerToken(request.headers.authorization, 'Bearer');
    const principal = token ? await principalForAccessToken(pool, token) : null;
    if (!principal) return unauthorised(reply);
    if (principal.disabled) return refuse(reply, 403, 'accountDisabled', DISABLED_MESSAGE);
    request.principal = principal;
  });
}

export function unauthorised(reply: FastifyReply): FastifyReply {
  reply.header('www-authenticate', 'Bearer');
  // The body may not have been read; closing keeps a client from streaming the rest of it to us.
  reply.header('connection', 'close');
  return refuse(reply, 401, 'unauthenticated', '需要先登录（会话无效或已过期）。');
}

export function principalOf(request: FastifyRequest): SessionPrincipal {
  if (!request.principal) throw new Error('route reached without a session');
  return request.principal;
}

/** onRequest guard for routes only some roles may use; runs after authentication, still before the body. */
export function requireRole(roles: readonly AccountRole[], what: string) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const principal = principalOf(request);
    if (!roles.includes(principal.role)) await refuse(reply, 403, 'forbidden', `当前账户的角色不能${what}。`);
  };
}
