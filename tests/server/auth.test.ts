import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../server/db/migrate';
import { FREE_FAILURES } from '../../server/auth/rate-limit';
import { SERVER_VERSION } from '../../server/version';
import { ADMIN_ACCOUNT, ADMIN_PASSWORD, startTestServer, type TestServer } from './test-server';

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('transport', () => {
  it('answers health without a session: ok, the version and the schema number', async () => {
    const response = await server.request('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ok: true, version: SERVER_VERSION, schema: loadMigrations().length });
  });

  it('gives a plain-HTTP request no data at all', async () => {
    const outcome = await new Promise<{ status: number | null; body: string } | { error: string }>((resolve) => {
      const outgoing = httpRequest({ host: '127.0.0.1', port: server.port, path: '/api/health' }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? null, body }));
      });
      outgoing.on('error', (error) => resolve({ error: error.message }));
      outgoing.end();
    });
    if ('error' in outcome) expect(outcome.error).toMatch(/socket hang up|ECONNRESET|Parse Error/i);
    else {
      expect(outcome.status).toBe(400);
      expect(outcome.body).not.toContain('version');
    }
  });
});

describe('sign-in', () => {
  it('gives the administrator a session and a refresh token for the right key', async () => {
    const response = await server.signIn(ADMIN_ACCOUNT, ADMIN_PASSWORD, 'admin-console');
    expect(response.status).toBe(200);
    const body = response.body as Tokens & { account: { role: string }; accessExpiresAt: string };
    expect(body.accessToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.account.role).toBe('admin');
    const minutes = (Date.parse(body.accessExpiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    const stored = await server.pool.query('SELECT 1 FROM sessions WHERE access_hash = $1 OR refresh_hash = $1', [
      Buffer.from(body.accessToken),
    ]);
    expect(stored.rowCount).toBe(0);
  });

  it('refuses a wrong key and an unknown account alike', async () => {
    const wrong = await server.signIn(ADMIN_ACCOUNT, 'not the password', 'desk-wrong');
    const unknown = await server.signIn('nobody', 'whatever', 'desk-wrong');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect((wrong.body as { error: { message: string } }).error.message).toBe('账户或密码不对。');
  });

  it('refuses a desk older than the server accepts, telling it to update', async () => {
    const response = await server.signIn(ADMIN_ACCOUNT, ADMIN_PASSWORD, 'desk-old', '0.0.9');
    expect(response.status).toBe(426);
    const error = (response.body as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('deskTooOld');
    expect(error.message).toContain('请先更新');
  });

  it(`locks an account after ${FREE_FAILURES} failures, even for the right key, and tells how long to wait`, async () => {
    const person = await server.addPerson({ id: 'rate-limited', role: 'drafter', password: 'the right one' });
    expect(person.accessToken).toBeTruthy();
    // Every test signs in from 127.0.0.1: start with a clean address count so only this account's failures matter.
    await server.pool.query('DELETE FROM sign_in_failures');
    for (let attempt = 0; attempt < FREE_FAILURES; attempt += 1) {
      expect((await server.signIn('rate-limited', `wrong ${attempt}`, 'desk-r')).status).toBe(401);
    }
    const locked = await server.signIn('rate-limited', 'the right one', 'desk-r');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect((locked.body as { error: { message: string } }).error.message).toMatch(/秒后再试/);
    const keys = await server.pool.query<{ key: string }>('SELECT key FROM sign_in_failures WHERE locked_until > now() ORDER BY key');
    expect(keys.rows.map((row) => row.key)).toEqual(['account:rate-limited', 'address:127.0.0.1']);
    // The locks are in PostgreSQL, not in this process: once they lapse, the right key works again.
    await server.pool.query("UPDATE sign_in_failures SET locked_until = now() - interval '1 second'");
    expect((await server.signIn('rate-limited', 'the right one', 'desk-r')).status).toBe(200);
  });

  it('locks a client address that tries many accounts', async () => {
    await server.pool.query('DELETE FROM sign_in_failures');
    for (let attempt = 0; attempt < FREE_FAILURES; attempt += 1)
      expect((await server.signIn(`guess-${attempt}`, 'x', 'desk-g')).status).toBe(401);
    const response = await server.signIn(ADMIN_ACCOUNT, ADMIN_PASSWORD, 'desk-g');
    expect(response.status).toBe(429);
    await server.pool.query('DELETE FROM sign_in_failures');
  });

  it('refuses a disabled account at sign-in and cuts its live session at once', async () => {
    const person = await server.addPerson({ id: 'leaving', role: 'reviewer', password: 'pass for leaving' });
    expect((await server.request('/api/sync/pull?after=0&limit=1', { token: person.accessToken })).status).toBe(200);
    const admin = (await server.signIn(ADMIN_ACCOUNT, ADMIN_PASSWORD, 'admin-console')).body as Tokens;
    expect((await server.request('/api/admin/accounts/leaving/disable', { method: 'POST', token: admin.accessToken })).status).toBe(200);
    expect((await server.request('/api/sync/pull?after=0&limit=1', { token: person.accessToken })).status).toBe(401);
    const again = await server.signIn('leaving', 'pass for leaving', 'desk-a');
    expect(again.status).toBe(403);
    expect((again.body as { error: { code: string } }).error.code).toBe('accountDisabled');
    expect((await server.request('/api/auth/refresh', { method: 'POST', refreshToken: person.refreshToken })).status).not.toBe(200);
  });

  it('refuses a session whose person was disabled in the roster, on the very next request', async () => {
    const person = await server.addPerson({ id: 'roster-off', role: 'drafter', password: 'pass for roster' });
    await server.pool.query("UPDATE people SET disabled_at = now() WHERE id = 'roster-off'");
    const response = await server.request('/api/sync/pull?after=0', { token: person.accessToken });
    expect(response.status).toBe(403);
    expect((response.body as { error: { code: string } }).error.code).toBe('accountDisabled');
  });
});

describe('sessions', () => {
  it('refuses an expired session token', async () => {
    const tokens = (await server.signIn(ADMIN_ACCOUNT, ADMIN_PASSWORD, 'desk-exp')).body as Tokens;
    expect((await server.request('/api/sync/pull', { token: tokens.accessToken })).status).toBe(200);
    await server.pool.query("UPDATE sessions SET access_expires_at = now() - interval '1 second' WHERE desk_id = 'desk-exp'");
    expect((await server.request('/api/sync/pull', { token: tokens.accessToken })).status).toBe(401);
  });

  it('refreshes into a new pair and refuses both old tokens when replayed', async () => {
    const first = (await server.signIn(ADMIN_ACCOUNT, ADMIN_PASSWORD, 'desk-refresh')).body as Tokens;
    const refreshed = await server.request('/api/auth/refresh', { method: 'POST', refreshToken: first.refreshToken });
    expect(refreshed.status).toBe(200);
    const second = refreshed.body as Tokens;
    expect(second.accessToken).not.toBe(first.accessToken);
    expect((await server.request('/api/sync/pull', { token: second.accessToken })).status).toBe(200);
    expect((await server.request('/api/sync/pull', { token: first.accessToken })).status).toBe(401);
    expect((await server.request('/api/auth/refresh', { method: 'POST', refreshToken: first.refreshToken })).status).toBe(401);
  });

  it('refuses an expired refresh token', async () => {
    const tokens = (await server.signIn(ADMIN_ACCOUNT, ADMIN_PASSWORD, 'desk-old-refresh')).body as Tokens;
    await server.pool.query("UPDATE sessions SET refresh_expires_at = now() - interval '1 second' WHERE desk_id = 'desk-old-refresh'");
    expect((await server.request('/api/auth/refresh', { method: 'POST', refreshToken: tokens.refreshToken })).status).toBe(401);
  });

  it('does not accept a refresh token as a session token, nor the reverse', async () => {
    const tokens = (await server.signIn(ADMIN_ACCOUNT, ADMIN_PASSWORD, 'desk-swap')).body as Tokens;
    expect((await server.request('/api/sync/pull', { token: tokens.refreshToken })).status).toBe(401);
    expect((await server.request('/api/auth/refresh', { method: 'POST', refreshToken: tokens.accessToken })).status).toBe(401);
  });
});

describe('authentication before the body', () => {
  it('covers every route except health and sign-in', () => {
    const open = server.routes.filter((route) => route.auth === 'none').map((route) => `${route.method} ${route.url}`);
    expect(open.sort()).toEqual(['GET /api/health', 'POST /api/auth/sign-in']);
    expect(server.routes.length).toBeGreaterThan(6);
  });

  it('answers 401 on every protected route while the body is still being sent', async () => {
    const protectedRoutes = [
      ...server.routes.filter((route) => route.auth !== 'none'),
      { method: 'POST', url: '/api/not-a-route', auth: 'session' },
    ];
    for (const route of protectedRoutes) {
      const path = route.url.replace(':account', 'someone');
      const status = await new Promise<number>((resolve, reject) => {
        const outgoing = httpsRequest(
          {
            host: '127.0.0.1',
            port: server.port,
            path,
            method: route.method,
            ca: server.certificatePem,
            headers: route.method === 'GET' ? {} : { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) },
          },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
            outgoing.destroy();
          },
        );
        outgoing.on('error', (error) => (outgoing.destroyed ? undefined : reject(error)));
        // Only the start of a body that would be 50 MB, and not even valid JSON: a server that read the body
        // first would wait for the rest, or answer 400.
        if (route.method === 'GET') outgoing.end();
        else outgoing.write('{"not json');
      });
      expect(status, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('refuses a made-up or malformed token', async () => {
    expect((await server.request('/api/sync/pull', { token: 'A'.repeat(43) })).status).toBe(401);
    expect((await server.request('/api/sync/pull', { headers: { authorization: 'Bearer short' } })).status).toBe(401);
  });
});

describe('roles', () => {
  it('lets only the administrator change the roster', async () => {
    const drafter = await server.addPerson({ id: 'just-a-drafter', role: 'drafter', password: 'drafter password' });
    const response = await server.request('/api/admin/people', {
      token: drafter.accessToken,
      body: { id: 'intruder', name: 'x', role: 'signer', publicKey: Buffer.alloc(32).toString('base64') },
    });
    expect(response.status).toBe(403);
    const roster = await server.pool.query("SELECT 1 FROM people WHERE id = 'intruder'");
    expect(roster.rowCount).toBe(0);
  });
});
