import Dexie, { type Table } from 'dexie';
import type {
  AuditEntry,
  ImportBatch,
  OpinionEvent,
  Profile,
  Refutation,
  Reporter,
  Setting,
  SpreadEdge,
  Tag,
  Unit,
} from '../../shared/domain/types';
import type { ZeroReport } from '../../shared/network/types';
import { changeTracking } from './store-changes';
import { DatabaseClosedForUpgradeError, NewerDatabaseError, UpgradeFailedError } from './errors';
import {
  DESK_DATABASE_NAME,
  SCHEMA_VERSIONS,
  latestVersionOf,
  type DerivedRow,
  type ItemRow,
  type MappingRow,
  type ReportRow,
  type SchemaVersion,
} from './schema';

// Dexie multiplies declared versions by 10 for IndexedDB (to leave room for its own schema patches).
const DEXIE_VERSION_FACTOR = 10;

export type Durability = 'relaxed' | 'strict';

export interface OpenOptions {
  /** Schema versions to declare; tests add a version of their own, production never passes this. */
  versions?: readonly SchemaVersion[];
  /**
   * 'relaxed' lets Chromium report a commit before it reaches the disk: imports of a million rows need the
   * speed, and a lost last second is re-imported. Sign-off writes use a strict connection.
   */
  durability?: Durability;
}

export type BlockedListener = () => void;

export class DeskDatabase extends Dexie {
  // `declare`, not fields: with ES2022 class fields an initialiser-less field would overwrite the tables
  // Dexie installs in its constructor.
  declare items: Table<ItemRow, string>;
  declare spreadEdges: Table<SpreadEdge, string>;
  declare events: Table<OpinionEvent, string>;
  declare tags: Table<Tag, string>;
  declare refutations: Table<Refutation, string>;
  declare units: Table<Unit, string>;
  declare reporters: Table<Reporter, string>;
  declare reports: Table<ReportRow, string>;
  declare importBatches: Table<ImportBatch, string>;
  declare mappings: Table<MappingRow, string>;
  declare settings: Table<Setting, string>;
  declare profiles: Table<Profile, string>;
  declare auditLog: Table<AuditEntry, number>;
  declare derived: Table<DerivedRow, string>;
  declare zeroReports: Table<ZeroReport, string>;

  readonly codeVersion: number;
  private closedForUpgrade = false;
  private readonly blockedListeners = new Set<BlockedListener>();

  constructor(name: string = DESK_DATABASE_NAME, options: OpenOptions = {}) {
    const versions = options.versions ?? SCHEMA_VERSIONS;
    const codeVersion = latestVersionOf(versions);
    super(name, {
      chromeTransactionDurability: options.durability ?? 'relaxed',
      indexedDB: pinnedVersionFactory(codeVersion * DEXIE_VERSION_FACTOR),
    });
    this.codeVersion = codeVersion;
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(markUpgradeFailures(upgrade));
    }
    this.use(changeTracking);
    this.on('ready', () => this.refuseNewerDatabase());
    // Dexie's own handler closes and later reopens silently, after which this window would go on writing
    // with old-schema code. Instead: close for good, refuse writes, and let the UI ask for a reload.
    this.on('versionchange', () => {
      this.closedForUpgrade = true;
      this.close({ disableAutoOpen: true });
      for (const listener of this.blockedListeners) listener();
      return false;
    });
  }

  /** True once another window upgraded (or deleted) the database; every write then throws. */
  get isClosedForUpgrade(): boolean {
    return this.closedForUpgrade;
  }

  /** Called when another window upgrades the database; returns an unsubscribe function. */
  onBlockedByNewerWindow(listener: BlockedListener): () => void {
    this.blockedListeners.add(listener);
    return () => this.blockedListeners.delete(listener);
  }

  assertWritable(): void {
    if (this.closedForUpgrade) throw new DatabaseClosedForUpgradeError();
  }

  // Second line of defence behind pinnedVersionFactory.
  private refuseNewerDatabase(): void {
    const diskVersion = this.backendDB().version / DEXIE_VERSION_FACTOR;
    if (diskVersion > this.codeVersion) throw new NewerDatabaseError(diskVersion, this.codeVersion);
  }
}

/**
 * Opens the workstation's database, upgrading it to the latest schema version. Refuses a database written
 * by a newer version of the program, and reports a failed upgrade (which IndexedDB rolls back) as such.
 */
export async function openDeskDatabase(name: string = DESK_DATABASE_NAME, options: OpenOptions = {}): Promise<DeskDatabase> {
  const codeVersion = latestVersionOf(options.versions ?? SCHEMA_VERSIONS);
  // Checked before opening too: when a newer version dropped an index this code declares, Dexie would
  // "repair" the schema by upgrading the database, a write this code must never make.
  const diskVersion = await readDiskVersion(name);
  if (diskVersion !== null && diskVersion > codeVersion) throw new NewerDatabaseError(diskVersion, codeVersion);
  const db = new DeskDatabase(name, options);
  try {
    await db.open();
  } catch (error) {
    db.close({ disableAutoOpen: true });
    const newer = findCause(error, (cause): cause is NewerDatabaseError => cause instanceof NewerDatabaseError);
    if (newer) throw newer;
    if (findCause(error, isNamed('VersionError'))) {
      throw new NewerDatabaseError(await readDiskVersion(name), codeVersion);
    }
    const upgradeFailure = findCause(error, (cause): cause is UpgradeFailedError => cause instanceof UpgradeFailedError);
    if (upgradeFailure) throw upgradeFailure;
    throw error;
  }
  return db;
}

/** A second connection whose commits reach the disk before they resolve: for sign-off writes. */
export function openStrictConnection(name: string = DESK_DATABASE_NAME, options: Omit<OpenOptions, 'durability'> = {}) {
  return openDeskDatabase(name, { ...options, durability: 'strict' });
}

/**
 * The IndexedDB factory Dexie sees, with every open pinned to this code's version. After a VersionError
 * Dexie retries without a version and opens a newer database as it is; when the schemas differ it then even
 * "repairs" it with an upgrade. Pinned, the retry fails with VersionError too, and nothing is written.
 */
function pinnedVersionFactory(nativeVersion: number): IDBFactory | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  const factory = indexedDB;
  return new Proxy(factory, {
    get(target, property) {
      if (property === 'open') return (name: string) => target.open(name, nativeVersion);
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function markUpgradeFailures(upgrade: NonNullable<SchemaVersion['upgrade']>): NonNullable<SchemaVersion['upgrade']> {
  return async (transaction) => {
    try {
      await upgrade(transaction);
    } catch (error) {
      throw new UpgradeFailedError(error);
    }
  };
}

async function readDiskVersion(name: string): Promise<number | null> {
  // indexedDB.databases() exists in Chromium (Electron) and Firefox; where it does not, the check after
  // opening still refuses the database.
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return null;
  const databases = await indexedDB.databases();
  const found = databases.find((database) => database.name === name);
  return found?.version === undefined ? null : found.version / DEXIE_VERSION_FACTOR;
}

export function isNamed(name: string) {
  return (cause: unknown): cause is Error => typeof cause === 'object' && cause !== null && (cause as { name?: unknown }).name === name;
}

/** Dexie wraps errors (inner) and so do we (cause): look through both. */
export function findCause<T>(error: unknown, matches: (cause: unknown) => cause is T): T | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === null || current === undefined || seen.has(current)) continue;
    seen.add(current);
    if (matches(current)) return current;
    if (typeof current === 'object') {
      const record = current as { inner?: unknown; cause?: unknown; failures?: unknown };
      queue.push(record.inner, record.cause);
      if (Array.isArray(record.failures)) queue.push(...(record.failures as unknown[]));
    }
  }
  return null;
}
