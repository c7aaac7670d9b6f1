// npm run server -- init|start --db postgres://user@host:port/db [--db-password-file F] …
// Messages are Chinese: the person running this is a department's administrator.
import { parseArgs } from 'node:util';
import { buildServer } from './app';
import { deriveAuthKey } from './auth/auth-key';
import { migrate } from './db/migrate';
import { createPool, firstLineOf } from './db/pool';
import { readPassword } from './secret-input';
import { initialise, loadServerConfig } from './setup';
import { createServerIdentity } from './tls/certificate';
import { groupedHex, spkiFingerprint } from './tls/fingerprint';
import { localHostNames } from './tls/host-names';

const USAGE = `用法：
  npm run server -- init  --db postgres://用户@主机:端口/数据库 [--db-password-file 文件] [--admin-password-file 文件] [--admin 账户名]
  npm run server -- start --db postgres://用户@主机:端口/数据库 [--db-password-file 文件] [--listen 0.0.0.0:47900]`;

const MIN_ADMIN_PASSWORD_LENGTH = 10;

function parseListen(listen: string): { host: string; port: number } {
  const match = /^(.*):(\d{1,5})$/.exec(listen);
  const port = Number(match?.[2]);
  if (!match || !match[1] || port < 1 || port > 65535)
    throw new Error(`--listen 应是 地址:端口，例如 0.0.0.0:47900（收到的是 ${listen}）。`);
  return { host: match[1].replace(/^\[(.*)\]$/, '$1'), port };
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      db: { type: 'string' },
      'db-password-file': { type: 'string' },
      'admin-password-file': { type: 'string' },
      admin: { type: 'string', default: 'admin' },
      listen: { type: 'string', default: '0.0.0.0:47900' },
    },
    strict: true,
  });
  if ((command !== 'init' && command !== 'start') || !values.db) throw new Error(USAGE);
  const passwordFile = values['db-password-file'] ?? null;
  const pool = createPool({ url: values.db, passwordFile });
  try {
    const migration = await migrate(pool);
    if (migration.applied.length > 0) console.log(`数据库结构已从第 ${migration.from} 版升级到第 ${migration.to} 版。`);
    if (command === 'init') await init(pool, values.admin, values['admin-password-file'] ?? null);
    else await start(pool, { url: values.db, passwordFile }, parseListen(values.listen));
  } catch (error) {
    await pool.end();
    throw error;
  }
  if (command === 'init') await pool.end();
}

async function init(pool: ReturnType<typeof createPool>, adminAccount: string, adminPasswordFile: string | null): Promise<void> {
  const password = await readPassword(`为管理员账户 ${adminAccount} 设一个密码：`, adminPasswordFile, true);
  if (password.length < MIN_ADMIN_PASSWORD_LENGTH) throw new Error(`管理员密码至少要 ${MIN_ADMIN_PASSWORD_LENGTH} 个字符。`);
  const { dnsNames, ipAddresses } = localHostNames();
  const identity = createServerIdentity({ commonName: dnsNames[1] ?? 'OpinionDesk', dnsNames, ipAddresses });
  await initialise(pool, { adminAccount, adminAuthKey: deriveAuthKey(password, adminAccount), identity });
  const fingerprint = spkiFingerprint(identity.certificatePem);
  console.log(`已初始化：管理员账户 ${adminAccount}，证书对以下名称有效：${[...dnsNames, ...ipAddresses].join('、')}`);
  console.log('服务器指纹（证书公钥 SPKI 的 SHA-256）——加入服务器时请逐字核对：');
  console.log(`  hex:    ${fingerprint.hex}`);
  console.log(`          ${groupedHex(fingerprint.hex)}`);
  console.log(`  base64: ${fingerprint.base64}`);
}

async function start(
  pool: ReturnType<typeof createPool>,
  database: { url: string; passwordFile: string | null },
  listen: { host: string; port: number },
): Promise<void> {
  const password = database.passwordFile ? firstLineOf(database.passwordFile) : undefined;
  const server = await buildServer({
    pool,
    connection: { connectionString: database.url, ...(password ? { password } : {}) },
    logger: true,
  });
  const fingerprint = spkiFingerprint((await loadServerConfig(pool)).tlsCertificatePem);
  await server.app.listen({ host: listen.host, port: listen.port });
  console.log(`协同服务器已在 https://${listen.host}:${listen.port} 上运行；指纹 base64：${fingerprint.base64}`);
  const stop = (): void => {
    server
      .close()
      .then(() => pool.end())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
