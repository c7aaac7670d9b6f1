// One connection pool per process. The password comes from a file (never from the command line, where
// `ps` would show it); the URL may name the user, host, port and database.
import { readFileSync } from 'node:fs';
import pg from 'pg';

export interface DatabaseOptions {
  url: string;
  passwordFile?: string | null;
  max?: number;
}

export function createPool(options: DatabaseOptions): pg.Pool {
  const parsed = new URL(options.url);
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:')
    throw new Error('--db 应是 postgres://用户@主机:端口/数据库 形式的地址。');
  if (parsed.password) throw new Error('不要把数据库密码写在 --db 地址里；请用 --db-password-file 指定一个只有本账户可读的文件。');
  const password = options.passwordFile ? firstLineOf(options.passwordFile) : undefined;
  const pool = new pg.Pool({ connectionString: options.url, ...(password !== undefined ? { password } : {}), max: options.max ?? 10 });
  // An idle client losing its connection (PostgreSQL restarted) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  return pool;
}

export function firstLineOf(file: string): string {
  const line = readFileSync(file, 'utf8').split(/\r?\n/, 1)[0] ?? '';
  if (line.length === 0) throw new Error(`文件 ${file} 的第一行是空的。`);
  return line;
}
