// Sessions live in PostgreSQL, so any server process answers any desk. Refreshing rotates both tokens and
// revokes the old pair: a token seen again after its refresh is a replay and is refused.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { newToken, tokenHash } from './tokens';

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const REFRESH_TOKEN_SECONDS = 12 * 60 * 60;

export type AccountRole = 'admin' | 'drafter' | 'reviewer' | 'signer';

export interface SessionPrincipal {
  sessionId: string;
  accountId: string;
  account: string;
  role: AccountRole;
  personId: string | null;
  deskId: string;
  disabled: boolean;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  accessExpiresAt: string;
  refreshExpiresAt: string;
}

export async function issueSession(
  db: pg.Pool | pg.ClientBase,
  accountId: string,
  deskId: string,
  appVersion: string,
): Promise<IssuedTokens> {
  const accessToken = newToken();
  const refreshToken = newToken();
  const result = await db.query<{ access_expires_at: Date; refresh_expires_at: Date }>(
    `INSERT INTO sessions (id, account_id, desk_id, app_version, access_hash, refresh_hash, access_expires_at, refresh_expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7), now() + make_interval(secs => $8))
     RETURNING access_expires_at, refresh_expires_at`,
    [
      randomUUID(),
      accountId,
      deskId,
      appVersion,
      tokenHash(accessToken),
      tokenHash(refreshToken),
      ACCESS_TOKEN_SECONDS,
      REFRESH_TOKEN_SECONDS,
    ],
  );
  const row = result.rows[0]!;
  return {
    accessToken,
    refreshToken,
    accessExpiresAt: row.access_expires_at.toISOString(),
    refreshExpiresAt: row.refresh_expires_at.toISOString(),
  };
}

interface PrincipalRow {
  session_id: string;
  account_id: string;
  account: string;
  role: AccountRole;
  person_id: string | null;
  desk_id: string;
  disabled: boolean;
}

const PRINCIPAL_COLUMNS = `s.id AS session_id, a.id AS account_id, a.account, a.role, a.person_id, s.desk_id,
  (a.disabled_at IS NOT NULL OR EXISTS (SELECT 1 FROM people p WHERE p.id = a.person_id AND p.disabled_at IS NOT NULL)) AS disabled`;

function toPrincipal(row: PrincipalRow): SessionPrincipal {
  return {
    sessionId: row.session_id,
    accountId: row.account_id,
    account: row.account,
    role: row.role,
    personId: row.person_id,
    deskId: row.desk_id,
    disabled: row.disabled,
  };
}

/** The live session an access token belongs to, or null when it is unknown, expired or revoked. */
export async function principalForAccessToken(db: pg.Pool, accessToken: string): Promise<SessionPrincipal | null> {
  const result = await db.query<PrincipalRow>(
    `SELECT ${PRINCIPAL_COLUMNS} FROM sessions s JOIN accounts a ON a.id = s.account_id
     WHERE s.access_hash = $1 AND s.revoked_at IS NULL AND s.access_expires_at > now()`,
    [tokenHash(accessToken)],
  );
  return result.rows[0] ? toPrincipal(result.rows[0]) : null;
}

export type RefreshOutcome =
  { ok: true; principal: SessionPrincipal; tokens: IssuedTokens } | { ok: false; reason: 'unknown' | 'disabled' };

export async function refreshSession(pool: pg.Pool, refreshToken: string): Promise<RefreshOutcome> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await client.query<PrincipalRow & { app_version: string }>(
      `SELECT ${PRINCIPAL_COLUMNS}, s.app_version FROM sessions s JOIN accounts a ON a.id = s.account_id
       WHERE s.refresh_hash = $1 AND s.revoked_at IS NULL AND s.refresh_expires_at > now() FOR UPDATE OF s`,
      [tokenHash(refreshToken)],
    );
    const row = result.rows[0];
    if (!row) {
      await client.query('ROLLBACK');
      return { ok: false, reason: 'unknown' };
    }
    await client.query('UPDATE sessions SET revoked_at = now() WHERE id = $1', [row.session_id]);
    if (row.disabled) {
      await client.query('COMMIT');
      return { ok: false, reason: 'disabled' };
    }
    const tokens = await issueSession(client, row.account_id, row.desk_id, row.app_version);
    await client.query('COMMIT');
    return { ok: true, principal: toPrincipal(row), tokens };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

export async function revokeSessionsOf(db: pg.Pool | pg.ClientBase, accountId: string): Promise<void> {
  await db.query('UPDATE sessions SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL', [accountId]);
}
