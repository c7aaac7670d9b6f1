// A real server on a real, freshly migrated database, listening on a free local port over HTTPS.
import { ed25519 } from '@noble/curves/ed25519.js';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import { buildServer, type RouteInfo, type ServerApp } from '../../server/app';
import { deriveAuthKey } from '../../server/auth/auth-key';
import { migrate } from '../../server/db/migrate';
import { createPool } from '../../server/db/pool';
import { initialise } from '../../server/setup';
import { createServerIdentity } from '../../server/tls/certificate';
import { httpsJson, type JsonResponse, type RequestOptions } from './https-client';
import { createTestDatabase, type TestDatabase } from './test-database';

export const ADMIN_ACCOUNT = 'admin';
export const ADMIN_PASSWORD = 'correct horse battery staple';
export const DESK_VERSION = '0.1.0';

export interface TestServer {
  port: number;
  routes: RouteInfo[];
  certificatePem: string;
  pool: pg.Pool;
  database: TestDatabase;
  request(path: string, options?: RequestOptions): Promise<JsonResponse>;
  signIn(account: string, password: string, deskId?: string, appVersion?: string): Promise<JsonResponse>;
  /** Signs in as the administrator and registers a person, their key and an account; returns their session. */
  addPerson(person: { id: string; role: 'drafter' | 'reviewer' | 'signer'; password: string; deskId?: string }): Promise<TestPerson>;
  close(): Promise<void>;
}

export interface TestPerson {
  id: string;
  account: string;
  privateKey: Uint8Array;
  accessToken: string;
  refreshToken: string;
}

export async function startTestServer(): Promise<TestServer> {
  const database = await createTestDatabase();
  const pool = createPool({ url: database.url });
  await migrate(pool);
  const identity = createServerIdentity({ commonName: 'localhost', dnsNames: ['localhost'], ipAddresses: ['127.0.0.1'] });
  await initialise(pool, { adminAccount: ADMIN_ACCOUNT, adminAuthKey: deriveAuthKey(ADMIN_PASSWORD, ADMIN_ACCOUNT), identity });
  const server: ServerApp = await buildServer({ pool, connection: { connectionString: database.url } });
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const port = (server.app.server.address() as AddressInfo).port;
  const requestTo = (path: string, options?: RequestOptions) => httpsJson(port, identity.certificatePem, path, options);
  const signIn = (account: string, password: string, deskId = 'desk-a', appVersion = DESK_VERSION) =>
    requestTo('/api/auth/sign-in', { body: { account, authKey: deriveAuthKey(password, account).toString('base64'), deskId, appVersion } });
  let adminToken: string | null = null;
  return {
    port,
    routes: server.routes,
    certificatePem: identity.certificatePem,
    pool,
    database,
    request: requestTo,
    signIn,
    async addPerson({ id, role, password, deskId = 'desk-a' }) {
      if (!adminToken)
        adminToken = ((await signIn(ADMIN_ACCOUNT, ADMIN_PASSWORD, 'admin-console')).body as { accessToken: string }).accessToken;
      const privateKey = ed25519.utils.randomSecretKey();
      const publicKey = Buffer.from(ed25519.getPublicKey(privateKey)).toString('base64');
      const added = await requestTo('/api/admin/people', { token: adminToken, body: { id, name: id, role, publicKey } });
      if (added.status !== 200) throw new Error(`add person failed: ${added.text}`);
      const authKey = deriveAuthKey(password, id).toString('base64');
      const account = await requestTo('/api/admin/accounts', {
        token: adminToken,
        body: { account: id, displayName: id, role, personId: id, authKey },
      });
      if (account.status !== 200) throw new Error(`add account failed: ${account.text}`);
      const session = (await signIn(id, password, deskId)).body as { accessToken: string; refreshToken: string };
      return { id, account: id, privateKey, accessToken: session.accessToken, refreshToken: session.refreshToken };
    },
    async close() {
      await server.close();
      await pool.end();
      await database.drop();
    },
  };
}
