// The administrator's roster: people (with their public keys) and the accounts that sign in as them.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { requireRole } from '../auth/hook';
import { revokeSessionsOf } from '../auth/sessions';
import { createVerifier, decodeAuthKey } from '../auth/verifier';
import { closedBody, textProperty } from '../http/body-schema';
import { refuse } from '../http/errors';

interface PersonBody {
  id: string;
  name: string;
  role: 'drafter' | 'reviewer' | 'signer';
  publicKey: string;
  encryptedPrivateKey?: string;
}

interface AccountBody {
  account: string;
  displayName: string;
  role: 'drafter' | 'reviewer' | 'signer';
  personId: string;
  authKey: string;
}

const ROLE = { type: 'string', enum: ['drafter', 'reviewer', 'signer'] } as const;

const personSchema = closedBody(['id', 'name', 'role', 'publicKey'], {
  id: textProperty(200, true),
  name: textProperty(200, true),
  role: ROLE,
  publicKey: { type: 'string', pattern: '^[A-Za-z0-9+/]{43}=$' },
  encryptedPrivateKey: textProperty(10_000),
});

const accountSchema = closedBody(['account', 'displayName', 'role', 'personId', 'authKey'], {
  account: textProperty(100, true),
  displayName: textProperty(200, true),
  role: ROLE,
  personId: textProperty(200, true),
  authKey: textProperty(64),
});

export function registerAdminRoutes(app: FastifyInstance, pool: pg.Pool): void {
  const adminOnly = { onRequest: requireRole(['admin'], '管理人员和账户'), bodyLimit: 64 * 1024 };

  app.post<{ Body: PersonBody }>('/api/admin/people', { ...adminOnly, schema: { body: personSchema } }, async (request) => {
    const { id, name, role, publicKey, encryptedPrivateKey } = request.body;
    await pool.query(
      `INSERT INTO people (id, name, role) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role`,
      [id, name, role],
    );
    await pool.query(
      `INSERT INTO person_keys (id, person_id, public_key, encrypted_private_key) VALUES ($1, $2, $3, $4) ON CONFLICT (public_key) DO NOTHING`,
      [randomUUID(), id, Buffer.from(publicKey, 'base64'), encryptedPrivateKey ?? null],
    );
    return { ok: true };
  });

  app.post<{ Body: AccountBody }>('/api/admin/accounts', { ...adminOnly, schema: { body: accountSchema } }, async (request, reply) => {
    const { account, displayName, role, personId, authKey } = request.body;
    const key = decodeAuthKey(authKey);
    if (!key) return refuse(reply, 400, 'badRequest', 'authKey 应是 32 字节密钥的 base64。');
    const person = await pool.query('SELECT 1 FROM people WHERE id = $1', [personId]);
    if ((person.rowCount ?? 0) === 0) return refuse(reply, 404, 'unknownPerson', `人员 ${personId} 不在名册上；请先登记。`);
    const verifier = await createVerifier(key);
    const created = await pool.query(
      `INSERT INTO accounts (id, account, display_name, role, person_id, auth_salt, auth_hash, auth_params) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT DO NOTHING`,
      [randomUUID(), account, displayName, role, personId, verifier.salt, verifier.hash, verifier.params],
    );
    if ((created.rowCount ?? 0) === 0) return refuse(reply, 409, 'accountExists', `账户 ${account} 或人员 ${personId} 的账户已经存在。`);
    return { ok: true };
  });

  app.post<{ Params: { account: string } }>('/api/admin/accounts/:account/disable', adminOnly, async (request, reply) => {
    const result = await pool.query<{ id: string }>(
      "UPDATE accounts SET disabled_at = coalesce(disabled_at, now()) WHERE account = $1 AND role <> 'admin' RETURNING id",
      [request.params.account],
    );
    const row = result.rows[0];
    if (!row) return refuse(reply, 404, 'unknownAccount', `没有可停用的账户 ${request.params.account}。`);
    await revokeSessionsOf(pool, row.id);
    return { ok: true };
  });
}
