// Numbered SQL files in server/migrations/, applied in order inside one transaction at start. Several server
// processes may start at once against one database, so the whole run holds an advisory lock.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));
const MIGRATION_FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;
// Any constant works; it only has to be the same in every process of this program.
const MIGRATION_LOCK_KEY = 4_790_001;

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: MIGRATION_FILE.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({ version: Number(match[1]), name: match[2] ?? '', sql: readFileSync(`${dir}/${file}`, 'utf8') }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`迁移文件编号不连续：缺少第 ${index + 1} 号。`);
  });
  return migrations;
}

export class NewerSchemaError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `数据库的结构版本是 ${databaseVersion}，比本服务器程序支持的版本 ${supportedVersion} 更新。` +
        '请先把服务器程序升级到与数据库相符的版本，再启动；不要用旧程序打开新数据库。',
    );
    this.name = 'NewerSchemaError';
  }
}

export interface MigrationResult {
  from: number;
  to: number;
  applied: string[];
}

export async function migrate(pool: pg.Pool, migrations: readonly Migration[] = loadMigrations()): Promise<MigrationResult> {
  const supported = migrations.at(-1)?.version ?? 0;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const current = await schemaVersionWith(client);
    if (current > supported) throw new NewerSchemaError(current, supported);
    const applied: string[] = [];
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(`${String(migration.version).padStart(4, '0')}_${migration.name}`);
    }
    await client.query('COMMIT');
    return { from: current, to: Math.max(current, supported), applied };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

export async function schemaVersionWith(client: pg.ClientBase | pg.Pool): Promise<number> {
  const exists = await client.query<{ present: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
  if (!exists.rows[0]?.present) return 0;
  const result = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
  return result.rows[0]?.version ?? 0;
}
