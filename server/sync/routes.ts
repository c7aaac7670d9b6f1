// /api/sync/*: push, pull and the event stream. All need a session (checked before the body is read).
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { principalOf, requireRole } from '../auth/hook';
import { refuse } from '../http/errors';
import type { LogAnnouncer } from './announcer';
import { parsePushBody, PushShapeError } from './push-body';
import { applyPush, PushRefusal } from './push';
import { lastGlobalSeq, MAX_PULL_LIMIT, pullPage } from './pull';

const PUSH_BODY_LIMIT = 256 * 1024 * 1024;
const HEARTBEAT_MS = 20_000;

export function registerSyncRoutes(app: FastifyInstance, pool: pg.Pool, announcer: LogAnnouncer): void {
  app.post(
    '/api/sync/push',
    {
      bodyLimit: PUSH_BODY_LIMIT,
      onRequest: requireRole(['drafter', 'reviewer', 'signer'], '推送桌面的改动（管理员账户只管理人员和账户）'),
    },
    async (request, reply) => {
      const principal = principalOf(request);
      let push;
      try {
        push = parsePushBody(request.body);
      } catch (error) {
        if (error instanceof PushShapeError) return refuse(reply, 400, 'badRequest', error.message);
        throw error;
      }
      if (push.deskId !== principal.deskId) {
        return refuse(reply, 403, 'wrongDesk', `这个会话属于桌面 ${principal.deskId}，不能替桌面 ${push.deskId} 推送。`);
      }
      try {
        return await applyPush(pool, push, principal.accountId);
      } catch (error) {
        if (error instanceof PushRefusal)
          return refuse(reply, 422, error.code, error.message, { deskId: push.deskId, deskSeq: error.deskSeq });
        throw error;
      }
    },
  );

  app.get<{ Querystring: { after?: string; limit?: string } }>('/api/sync/pull', async (request, reply) => {
    const after = Number(request.query.after ?? '0');
    const limit = Number(request.query.limit ?? String(MAX_PULL_LIMIT));
    if (!Number.isSafeInteger(after) || after < 0) return refuse(reply, 400, 'badRequest', 'after 应是不小于 0 的整数。');
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_PULL_LIMIT)
      return refuse(reply, 400, 'badRequest', `limit 应是 1 到 ${MAX_PULL_LIMIT} 之间的整数。`);
    return pullPage(pool, after, limit);
  });

  app.get('/api/sync/events', async (request, reply) => {
    const raw = reply.raw;
    reply.hijack();
    raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    const send = (last: number): void => {
      raw.write(`event: log\ndata: ${JSON.stringify({ last })}\n\n`);
    };
    const unsubscribe = announcer.subscribe(send);
    // The current head first, so a desk that missed announcements while reconnecting knows where to pull to.
    send(await lastGlobalSeq(pool));
    const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
    request.raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });
}
