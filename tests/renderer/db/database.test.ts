import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../shared/audit/chain';
import { failWritesTo } from './full-disk';
import {
  DatabaseClosedForUpgradeError,
  DeskDatabase,
  LATEST_SCHEMA_VERSION,
  NewerDatabaseError,
  SCHEMA_VERSIONS,
  StorageFullError,
  UpgradeFailedError,
  createRepositories,
  openDeskDatabase,
  openStrictConnection,
  type SchemaVersion,
} from '../../../renderer/db';
import { buildItem, buildUnit } from '../../builders';
import { analyst, openTestStore, steppingClock, uniqueDatabaseName } from './harness';

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}

/** A version after the latest, as the next release of the program would declare it. */
function nextVersion(overrides: Partial<SchemaVersion> = {}): SchemaVersion[] {
  return [...SCHEMA_VERSIONS, { version: LATEST_SCHEMA_VERSION + 1, stores: { items: 'id, status' }, ...overrides }];
}

interface RawShape {
  version: number;
  stores: Record<string, string[]>;
}

/** The database as IndexedDB holds it, read without Dexie. */
function readRawShape(name: string): Promise<RawShape> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const idb = request.result;
      const names = Array.from(idb.objectStoreNames);
      const transaction = idb.transaction(names, 'readonly');
      const stores = Object.fromEntries(names.map((store) => [store, Array.from(transaction.objectStore(store).indexNames).sort()]));
      idb.close();
      resolve({ version: idb.version, stores });
    };
  });
}

async function writeNewerDatabase(name: string): Promise<void> {
  // The next release drops the fingerprint index, so this code's schema differs from the one on disk.
  const newer = new Dexie(name);
  for (const { version, stores } of nextVersion({ stores: { items: 'id, status, eventId' } })) newer.version(version).stores(stores);
  await newer.open();
  await newer.table('items').add(buildItem());
  newer.close();
}

describe('refusing a database written by a newer version', () => {
  it('throws NewerDatabaseError with its code and leaves the database untouched', async () => {
    const name = uniqueDatabaseName('newer');
    await writeNewerDatabase(name);
    const shapeBefore = await readRawShape(name);
    const error: unknown = await openDeskDatabase(name).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NewerDatabaseError);
    expect(error).toMatchObject({ diskVersion: LATEST_SCHEMA_VERSION + 1, codeVersion: LATEST_SCHEMA_VERSION });
    expect(error).toMatchObject({ code: 'db.newerDatabase' });
    expect(await readRawShape(name)).toEqual(shapeBefore);
  });

  it('still refuses, without writing, where the host cannot list databases', async () => {
    const name = uniqueDatabaseName('newer-unlisted');
    await writeNewerDatabase(name);
    const shapeBefore = await readRawShape(name);
    Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true });
    try {
      await expect(openDeskDatabase(name)).rejects.toBeInstanceOf(NewerDatabaseError);
      // Opening the Dexie subclass directly is pinned to the code's version as well.
      await expect(track(new DeskDatabase(name)).open()).rejects.toThrow();
    } finally {
      delete (indexedDB as { databases?: unknown }).databases;
    }
    expect(await readRawShape(name)).toEqual(shapeBefore);
  });

  it('opens a database of its own version', async () => {
    const { db } = await openTestStore('same');
    track(db);
    expect(db.backendDB().version).toBe(LATEST_SCHEMA_VERSION * 10);
  });
});

describe('another window upgrading the database', () => {
  it('closes this connection, blocks every repository write and tells the UI', async () => {
    const name = uniqueDatabaseName('versionchange');
    const db = track(await openDeskDatabase(name));
    const repos = createRepositories(db, { clock: steppingClock() });
    await repos.units.put(buildUnit(), analyst);
    let notified = 0;
    db.onBlockedByNewerWindow(() => (notified += 1));

    // The newer window's upgrade must not be blocked by this one.
    const newerWindow = track(new DeskDatabase(name, { versions: nextVersion() }));
    await newerWindow.open();

    expect(notified).toBe(1);
    expect(db.isClosedForUpgrade).toBe(true);
    expect(db.isOpen()).toBe(false);
    await expect(repos.units.put(buildUnit(), analyst)).rejects.toBeInstanceOf(DatabaseClosedForUpgradeError);
    await expect(repos.items.bulkAdd([buildItem()], analyst)).rejects.toBeInstanceOf(DatabaseClosedForUpgradeError);
    await expect(repos.settings.set('k', 1, analyst)).rejects.toBeInstanceOf(DatabaseClosedForUpgradeError);
    expect(await newerWindow.table('units').count()).toBe(1);
    expect(await newerWindow.table('auditLog').count()).toBe(1);
  });

  it('lets a write already under way finish whole, with its audit entry, before the connection closes', async () => {
    const name = uniqueDatabaseName('versionchange-inflight');
    const db = track(await openDeskDatabase(name));
    const repos = createRepositories(db, { clock: steppingClock() });
    const unit = buildUnit();
    const write = repos.units.put(unit, analyst);
    const newerWindow = track(new DeskDatabase(name, { versions: nextVersion() }));
    await newerWindow.open();
    await expect(write).resolves.toEqual(unit);
    expect(await newerWindow.table('units').get(unit.id)).toEqual(unit);
    expect(verifyAuditChain(await newerWindow.table('auditLog').toArray())).toMatchObject({ ok: true, count: 1 });
    await expect(repos.units.put(buildUnit(), analyst)).rejects.toBeInstanceOf(DatabaseClosedForUpgradeError);
  });
});

describe('a failing upgrade', () => {
  it('leaves the data of the previous version intact and says so', async () => {
    const name = uniqueDatabaseName('failing-upgrade');
    const { db, repos } = await (async () => {
      const opened = await openDeskDatabase(name);
      return { db: opened, repos: createRepositories(opened, { clock: steppingClock() }) };
    })();
    const item = buildItem();
    await repos.items.bulkAdd([item], analyst);
    db.close();

    const failing = nextVersion({
      stores: { items: 'id, status', notes: 'id' },
      upgrade: async (transaction) => {
        await transaction.table('items').toCollection().modify({ status: 'closed' });
        await transaction.table('notes').add({ id: 'n' });
        throw new Error('升级函数出错');
      },
    });
    const error: unknown = await openDeskDatabase(name, { versions: failing }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpgradeFailedError);
    expect(error).toMatchObject({ code: 'db.upgradeFailed' });

    const reopened = track(await openDeskDatabase(name));
    expect(reopened.backendDB().version).toBe(LATEST_SCHEMA_VERSION * 10);
    expect(Array.from(reopened.backendDB().objectStoreNames)).not.toContain('notes');
    const reopenedRepos = createRepositories(reopened);
    expect(await reopenedRepos.items.get(item.id)).toEqual(item);
    expect(verifyAuditChain(await reopened.auditLog.toArray())).toMatchObject({ ok: true, count: 1 });
  });
});

describe('a full disk', () => {
  it.each(['items', 'auditLog'])('rethrows a QuotaExceededError in %s as StorageFullError, with nothing written', async (tableName) => {
    const name = uniqueDatabaseName('quota');
    const setup = await openDeskDatabase(name);
    const existing = buildItem();
    await createRepositories(setup).items.bulkAdd([existing], analyst);
    setup.close();

    const db = track(new DeskDatabase(name));
    failWritesTo(db, tableName);
    await db.open();
    const repos = createRepositories(db, { clock: steppingClock() });
    const error: unknown = await repos.items.bulkAdd([buildItem(), buildItem(), buildItem()], analyst).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StorageFullError);
    expect(error).toMatchObject({ code: 'db.storageFull' });
    expect(await db.items.count()).toBe(1);
    expect(await db.auditLog.count()).toBe(1);
    await expect(repos.items.update(existing.id, { status: 'closed' }, analyst)).rejects.toBeInstanceOf(StorageFullError);
    expect((await repos.items.get(existing.id))?.status).toBe('new');
  });
});

describe('durability', () => {
  function durabilityOf(db: DeskDatabase): Promise<string | undefined> {
    return db.transaction('r', db.items, (transaction) => (transaction.idbtrans as IDBTransaction & { durability?: string }).durability);
  }

  it('is relaxed on the main connection and strict on the sign-off connection', async () => {
    const name = uniqueDatabaseName('durability');
    const main = track(await openDeskDatabase(name));
    const strict = track(await openStrictConnection(name));
    expect(await durabilityOf(main)).toBe('relaxed');
    expect(await durabilityOf(strict)).toBe('strict');
  });
});
