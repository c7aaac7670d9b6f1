import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { loadMigrations, migrate, NewerSchemaError, schemaVersionWith } from '../../server/db/migrate';
import { createPool } from '../../server/db/pool';
import { SYNCED_TABLES } from '../../server/sync/tables';
import { createTestDatabase, type TestDatabase } from './test-database';

describe('migrations', () => {
  let database: TestDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = createPool({ url: database.url });
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('apply every numbered file once, in order, and a second start applies nothing', async () => {
    const migrations = loadMigrations();
    const first = await migrate(pool);
    expect(first.from).toBe(0);
    expect(first.to).toBe(migrations.length);
    expect(first.applied).toEqual(migrations.map((m) => `${String(m.version).padStart(4, '0')}_${m.name}`));
    const second = await migrate(pool);
    expect(second.applied).toEqual([]);
    expect(await schemaVersionWith(pool)).toBe(migrations.length);
  });

  it('create a real column for every field the sync table map names', async () => {
    const result = await pool.query<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'",
    );
    const columns = new Set(result.rows.map((row) => `${row.table_name}.${row.column_name}`));
    for (const spec of SYNCED_TABLES) {
      for (const column of [...spec.columns.map((c) => c.column), 'extra', 'global_seq', 'origin_desk']) {
        expect(columns, `${spec.sqlTable}.${column}`).toContain(`${spec.sqlTable}.${column}`);
      }
    }
    for (const table of ['audit_log', 'accounts', 'sessions', 'server_config', 'people', 'person_keys', 'report_actions']) {
      expect(
        [...columns].some((column) => column.startsWith(`${table}.`)),
        table,
      ).toBe(true);
    }
  });

  it('refuse a database whose schema is newer than this server, in Chinese, changing nothing', async () => {
    const supported = loadMigrations().length;
    await pool.query("INSERT INTO schema_migrations (version, name) VALUES ($1, 'from_the_future')", [supported + 1]);
    const error = await migrate(pool).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NewerSchemaError);
    expect((error as Error).message).toContain(`结构版本是 ${supported + 1}`);
    expect((error as Error).message).toContain('升级');
    expect(await schemaVersionWith(pool)).toBe(supported + 1);
  });

  it('roll back every file of a run when one fails', async () => {
    const other = await createTestDatabase();
    const otherPool = createPool({ url: other.url });
    try {
      const broken = [...loadMigrations(), { version: loadMigrations().length + 1, name: 'broken', sql: 'CREATE TABLE nope (' }];
      await expect(migrate(otherPool, broken)).rejects.toThrow();
      expect(await schemaVersionWith(otherPool)).toBe(0);
      const tables = await otherPool.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'items'");
      expect(tables.rowCount).toBe(0);
    } finally {
      await otherPool.end();
      await other.drop();
    }
  });
});
