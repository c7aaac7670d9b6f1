// The upgrade test every schema version repeats: a database written by an earlier version,
// kept as a committed fixture, is opened with the current code, and nothing may be lost. Adding version N+1
// means: run tests/fixtures/db/write-fixture.ts while N is still the latest (giving v<N>/), then add the
// case for N below saying how its rows look after the upgrade.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../shared/audit/chain';
import type { AuditEntry, Item } from '../../../shared/domain/types';
import {
  LATEST_SCHEMA_VERSION,
  SCHEMA_VERSIONS,
  createRepositories,
  fromItemRow,
  openDeskDatabase,
  tableNamesOf,
  type ItemRow,
} from '../../../renderer/db';
import { cumulativeStores, fixtureVersions, readDatabaseFixture } from '../../fixtures/db/fixture-files';
import { uniqueDatabaseName } from './harness';

interface UpgradeCase {
  /** the rows of every table of the latest version, as the upgrade must leave them */
  expectedAfterUpgrade: (rowsBefore: Record<string, unknown[]>) => Record<string, unknown[]>;
}

const UPGRADE_CASES: Record<number, UpgradeCase> = {
  1: { expectedAfterUpgrade: (rows) => rows },
};

async function writeWithFrozenSchema(name: string, version: number, stores: Record<string, string>, rows: Record<string, unknown[]>) {
  const old = new Dexie(name);
  old.version(version).stores(stores);
  await old.open();
  await old.transaction('rw', Object.keys(stores), async () => {
    for (const [table, tableRows] of Object.entries(rows)) await old.table(table).bulkAdd(tableRows);
  });
  old.close();
}

function byPrimaryKey(stores: Record<string, string>, table: string, rows: unknown[]): unknown[] {
  const keyPath = (stores[table] ?? '').split(',')[0]?.trim() ?? '';
  return [...rows].sort((a, b) => indexedDB.cmp((a as Record<string, unknown>)[keyPath], (b as Record<string, unknown>)[keyPath]));
}

describe('opening a database written by an earlier schema version', () => {
  it('has a fixture and a case for every earlier version, and both fixtures and released versions are frozen', () => {
    const versions = fixtureVersions();
    expect(versions).toContain(1);
    expect(Object.keys(UPGRADE_CASES).map(Number)).toEqual(versions);
    for (const version of versions) {
      expect(readDatabaseFixture(version).stores, `schema version ${version} was edited after release`).toEqual(
        cumulativeStores(SCHEMA_VERSIONS, version),
      );
    }
  });

  it.each(fixtureVersions())('loses nothing from version %i: every table, every row, every field', async (version) => {
    const fixture = readDatabaseFixture(version);
    const upgradeCase = UPGRADE_CASES[version];
    if (!upgradeCase) throw new Error(`no upgrade case for version ${version}`);
    for (const [table, rows] of Object.entries(fixture.rows)) expect(rows.length, `fixture table ${table} is empty`).toBeGreaterThan(0);

    const name = uniqueDatabaseName(`upgrade-v${version}`);
    await writeWithFrozenSchema(name, version, fixture.stores, fixture.rows);
    const db = await openDeskDatabase(name);
    try {
      expect(db.backendDB().version).toBe(LATEST_SCHEMA_VERSION * 10);
      const latestStores = cumulativeStores(SCHEMA_VERSIONS, LATEST_SCHEMA_VERSION);
      const expected = upgradeCase.expectedAfterUpgrade(structuredClone(fixture.rows));
      for (const table of tableNamesOf(SCHEMA_VERSIONS)) {
        const stored = await db.table(table).toArray();
        expect(stored, `table ${table}`).toEqual(byPrimaryKey(latestStores, table, expected[table] ?? []));
      }

      // Still usable through the repositories: indexes answer, the chain verifies, and writes extend it.
      const repos = createRepositories(db);
      const items = (expected.items ?? []) as ItemRow[];
      const firstItem = items[0] as ItemRow;
      expect(await repos.items.get(firstItem.id)).toEqual(fromItemRow(firstItem));
      const paged: Item[] = [];
      let after = null;
      do {
        const page = await repos.items.page({ index: 'publishedAt', direction: 'desc', after, limit: 2 });
        paged.push(...page.items);
        after = page.next;
      } while (after);
      expect(paged.map((item) => item.id).sort()).toEqual(items.map((item) => item.id).sort());
      const log = (expected.auditLog ?? []) as AuditEntry[];
      expect(await repos.audit.verify()).toMatchObject({ ok: true, count: log.length });
      await repos.settings.set('afterUpgrade', true, { actor: 'system' });
      expect(verifyAuditChain(await db.auditLog.toArray())).toMatchObject({ ok: true, count: log.length + 1 });
    } finally {
      db.close();
    }
  });
});
