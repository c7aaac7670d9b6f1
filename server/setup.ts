// What `init` writes once and `start` reads: the TLS identity, the epoch and the administrator account.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { createVerifier } from './auth/verifier';
import type { ServerIdentity } from './tls/certificate';
import { SERVER_VERSION } from './version';

export interface ServerConfig {
  tlsKeyPem: string;
  tlsCertificatePem: string;
  epoch: string;
  minimumDeskVersion: string;
}

export class NotInitialisedError extends Error {
  constructor() {
    super('数据库尚未初始化：请先运行 npm run server -- init --db …');
    this.name = 'NotInitialisedError';
  }
}

export async function isInitialised(db: pg.Pool): Promise<boolean> {
  const result = await db.query('SELECT 1 FROM server_config');
  return (result.rowCount ?? 0) > 0;
}

export interface InitialiseInput {
  adminAccount: string;
  adminAuthKey: Buffer;
  identity: ServerIdentity;
}

export async function initialise(pool: pg.Pool, input: InitialiseInput): Promise<void> {
  const verifier = await createVerifier(input.adminAuthKey);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const existing = await client.query('SELECT 1 FROM server_config FOR UPDATE');
    if ((existing.rowCount ?? 0) > 0) throw new Error('这个数据库已经初始化过了；不会覆盖已有的证书和管理员。');
    await client.query(
      'INSERT INTO server_config (tls_key_pem, tls_certificate_pem, epoch, minimum_desk_version) VALUES ($1, $2, $3, $4)',
      [input.identity.keyPem, input.identity.certificatePem, randomUUID(), SERVER_VERSION],
    );
    await client.query(
      `INSERT INTO accounts (id, account, display_name, role, auth_salt, auth_hash, auth_params) VALUES ($1, $2, $3, 'admin', $4, $5, $6)`,
      [randomUUID(), input.adminAccount, '管理员', verifier.salt, verifier.hash, verifier.params],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

export async function loadServerConfig(db: pg.Pool): Promise<ServerConfig> {
  const result = await db.query<{ tls_key_pem: string; tls_certificate_pem: string; epoch: string; minimum_desk_version: string }>(
    'SELECT tls_key_pem, tls_certificate_pem, epoch, minimum_desk_version FROM server_config',
  );
  const row = result.rows[0];
  if (!row) throw new NotInitialisedError();
  return {
    tlsKeyPem: row.tls_key_pem,
    tlsCertificatePem: row.tls_certificate_pem,
    epoch: row.epoch,
    minimumDeskVersion: row.minimum_desk_version,
  };
}
