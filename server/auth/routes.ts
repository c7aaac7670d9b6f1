// Sign-in and refresh. Sign-in takes the key the desk derived from the password, never the password.
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { closedBody, textProperty } from '../http/body-schema';
import { refuse } from '../http/errors';
import type { ServerConfig } from '../setup';
import { compareVersions, isVersionString } from '../version';
import { DISABLED_MESSAGE, unauthorised } from './hook';
import { accountKey, addressKey, clearFailures, lockedSeconds, recordFailure } from './rate-limit';
import { issueSession, refreshSession } from './sessions';
import { bearerToken } from './tokens';
import { checkVerifier, createVerifier, decodeAuthKey, type StoredVerifier } from './verifier';

import { DESK_ID_PATTERN } from '../http/desk-id';

interface SignInBody {
  account: string;
  authKey: string;
  deskId: string;
  appVersion: string;
}

const signInSchema = closedBody(['account', 'authKey', 'deskId', 'appVersion'], {
  account: textProperty(100, true),
  authKey: textProperty(64),
  deskId: { type: 'string', pattern: DESK_ID_PATTERN.source },
  appVersion: textProperty(60),
});

interface AccountRow {
  id: string;
  account: string;
  display_name: string;
  role: string;
  person_id: string | null;
  auth_salt: Buffer;
  auth_hash: Buffer;
  auth_params: StoredVerifier['params'];
  disabled: boolean;
}

export function registerAuthRoutes(app: FastifyInstance, pool: pg.Pool, config: ServerConfig): void {
  // Compared against when the account does not exist, so a wrong name costs as long as a wrong password.
  const decoy = createVerifier(Buffer.alloc(32));

  app.post<{ Body: SignInBody }>(
    '/api/auth/sign-in',
    { config: { auth: 'none' }, bodyLimit: 4096, schema: { body: signInSchema } },
    async (request, reply) => {
      const { account, authKey, deskId, appVersion } = request.body;
      if (!isVersionString(appVersion)) return refuse(reply, 400, 'badRequest', 'appVersion 不是有效的版本号。');
      if (compareVersions(appVersion, config.minimumDeskVersion) < 0) {
        return refuse(
          reply,
          426,
          'deskTooOld',
          `本机舆情工作台的版本 ${appVersion} 太旧，这台服务器要求 ${config.minimumDeskVersion} 或更新的版本。请先更新本机的舆情工作台，再登录。`,
          { minimumVersion: config.minimumDeskVersion },
        );
      }
      const keys = [accountKey(account), addressKey(request.ip)];
      const wait = await lockedSeconds(pool, keys);
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        return refuse(reply, 429, 'tooManyAttempts', `登录失败次数过多，请 ${wait} 秒后再试。`, { retryAfterSeconds: wait });
      }
      const key = decodeAuthKey(authKey);
      const result = await pool.query<AccountRow>(
        `SELECT a.id, a.account, a.display_name, a.role, a.person_id, a.auth_salt, a.auth_hash, a.auth_params,
         (a.disabled_at IS NOT NULL OR EXISTS (SELECT 1 FROM people p WHERE p.id = a.person_id AND p.disabled_at IS NOT NULL)) AS disabled
       FROM accounts a WHERE a.account = $1`,
        [account],
      );
      const row = result.rows[0];
      const verifier = row ? { salt: row.auth_salt, hash: row.auth_hash, params: row.auth_params } : await decoy;
      const matches = await checkVerifier(key ?? Buffer.alloc(32), verifier);
      if (!row || !key || !matches) {
        await recordFailure(pool, keys);
        return refuse(reply, 401, 'wrongCredentials', '账户或密码不对。');
      }
      if (row.disabled) return refuse(reply, 403, 'accountDisabled', DISABLED_MESSAGE);
      await clearFailures(pool, accountKey(account));
      const tokens = await issueSession(pool, row.id, deskId, appVersion);
      return {
        ...tokens,
        account: { account: row.account, displayName: row.display_name, role: row.role, personId: row.person_id },
        server: { epoch: config.epoch },
      };
    },
  );

  // The refresh token travels in the Authorization header and the whole refresh happens in onRequest, so it
  // too is decided before any body is read.
  app.post(
    '/api/auth/refresh',
    {
      config: { auth: 'refresh' },
      bodyLimit: 1024,
      onRequest: async (request, reply) => {
        const token = bearerToken(request.headers.authorization, 'Refresh');
        if (!token) return unauthorised(reply);
        const outcome = await refreshSession(pool, token);
        if (!outcome.ok)
          return outcome.reason === 'disabled' ? refuse(reply, 403, 'accountDisabled', DISABLED_MESSAGE) : unauthorised(reply);
        return reply.send({ ...outcome.tokens, server: { epoch: config.epoch } });
      },
    },
    async () => {
      throw new Error('refresh is answered in its onRequest hook');
    },
  );

  app.post('/api/auth/sign-out', { bodyLimit: 1024 }, async (request) => {
    await pool.query('UPDATE sessions SET revoked_at = now() WHERE id = $1', [request.principal?.sessionId]);
    return { ok: true };
  });
}
