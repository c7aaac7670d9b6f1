// The command line as an administrator runs it: init prints a fingerprint; start serves exactly that key.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { spkiFingerprint } from '../../server/tls/fingerprint';
import { freePort } from './postgres-cluster';
import { createTestDatabase, type TestDatabase } from './test-database';

const CLI = ['--import', 'tsx', 'server/cli.ts'];
const PASSWORD = 'an administrator password';

let database: TestDatabase;
let dir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'opinion-desk-cli-'));
  writeFileSync(join(dir, 'admin-password'), `${PASSWORD}\nsecond line is ignored\n`, { mode: 0o600 });
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await database?.drop();
});

function runCli(args: string[]) {
  return spawnSync(process.execPath, [...CLI, ...args], { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('npm run server', () => {
  let printedHex = '';
  let printedBase64 = '';

  it('init creates the schema, the administrator and the certificate, and prints the SPKI fingerprint', () => {
    const result = runCli(['init', '--db', database.url, '--admin-password-file', join(dir, 'admin-password')]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    printedHex = /hex:\s+([0-9a-f]{64})/.exec(result.stdout)?.[1] ?? '';
    printedBase64 = /base64:\s+([A-Za-z0-9+/]{43}=)/.exec(result.stdout)?.[1] ?? '';
    expect(printedHex).toHaveLength(64);
    expect(Buffer.from(printedBase64, 'base64').toString('hex')).toBe(printedHex);
    expect(result.stdout).not.toContain(PASSWORD);
    expect(result.stdout).not.toContain('PRIVATE KEY');
  });

  it('stored the administrator as a scrypt verifier, never the password', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const accounts = await client.query<{ account: string; role: string; auth_params: unknown; auth_hash: Buffer }>(
        'SELECT account, role, auth_params, auth_hash FROM accounts',
      );
      expect(accounts.rows).toHaveLength(1);
      expect(accounts.rows[0]).toMatchObject({ account: 'admin', role: 'admin', auth_params: { N: 32768, r: 8, p: 1 } });
      const dump = JSON.stringify((await client.query('SELECT * FROM accounts')).rows);
      expect(dump).not.toContain(PASSWORD);
      const config = await client.query<{ tls_certificate_pem: string }>('SELECT tls_certificate_pem FROM server_config');
      expect(spkiFingerprint(config.rows[0]!.tls_certificate_pem).hex).toBe(printedHex);
    } finally {
      await client.end();
    }
  });

  it('init refuses a database that already has a server', () => {
    const result = runCli(['init', '--db', database.url, '--admin-password-file', join(dir, 'admin-password')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('已经初始化过了');
  });

  it('refuses a password in the --db address', () => {
    const withPassword = new URL(database.url);
    withPassword.password = 'secret';
    const result = runCli(['start', '--db', withPassword.toString()]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--db-password-file');
    expect(result.stderr).not.toContain('secret');
  });

  it('start serves HTTPS with the very key whose fingerprint init printed', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [...CLI, 'start', '--db', database.url, '--listen', `127.0.0.1:${port}`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    try {
      await expect.poll(() => output, { timeout: 30_000, interval: 200 }).toContain('协同服务器已在');
      const presented = await new Promise<ReturnType<typeof spkiFingerprint>>((resolve, reject) => {
        // Pinning as a desk does: no CA, the SPKI fingerprint alone decides.
        const socket = connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
          const certificate = socket.getPeerX509Certificate();
          socket.end();
          if (certificate) resolve(spkiFingerprint(certificate));
          else reject(new Error('no certificate'));
        });
        socket.on('error', reject);
      });
      expect(presented).toEqual({ hex: printedHex, base64: printedBase64 });
      expect(output).not.toContain(PASSWORD);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });

  it('start refuses a database that was never initialised, in Chinese', async () => {
    const empty = await createTestDatabase();
    try {
      const result = runCli(['start', '--db', empty.url, '--listen', '127.0.0.1:1']);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('尚未初始化');
    } finally {
      await empty.drop();
    }
  });
});
