// Every schema version of the `opinion-desk` database, oldest first. A version, once released, is never
// edited: a change is a new entry at the end (with an upgrade function when rows must be rewritten), a
// fixture of the previous version in tests/fixtures/db/v<N>/, and one case in the upgrade test.
import type { Transaction } from 'dexie';
import type {
  AuditEntry,
  ImportBatch,
  Item,
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

export const DESK_DATABASE_NAME = 'opinion-desk';

export interface SchemaVersion {
  version: number;
  /** Dexie store declarations; null deletes a table. Tables not named keep their previous declaration. */
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void> | void;
}

// Items carry two derived sort keys, epoch milliseconds of publishedAt and reportedAt. The ISO strings
// themselves do not sort: partner files mix offsets (+08:00, Z), and social items often have no publishedAt
// at all, which IndexedDB would leave out of an index on it, so keyset paging would skip them. Repositories
// add the keys on write and strip them on read.
export interface ItemRow extends Item {
  sortPublished: number;
  sortReported: number;
}

/** Sort key of an item whose time is missing or unreadable: before every real time. */
export const UNKNOWN_TIME_SORT_KEY = Number.MIN_SAFE_INTEGER;

/** A stored report. Its full shape belongs to the report feature; the store needs only the indexed fields. */
export interface ReportRow {
  id: string;
  seriesId: string;
  year: number;
  number: number;
  status: string;
}

/** A saved column mapping for one partner or feed (shared/import/MAPPING-TEMPLATE.md). */
export interface MappingRow {
  id: string;
  name: string;
  headerSignature: string;
}

/** A rebuildable blob (search index, facet counts, list order): losing one costs time, not data. */
export interface DerivedRow {
  key: string;
  builtAt: string;
  value: unknown;
}

export interface DeskTables {
  items: ItemRow;
  spreadEdges: SpreadEdge;
  events: OpinionEvent;
  tags: Tag;
  refutations: Refutation;
  units: Unit;
  reporters: Reporter;
  reports: ReportRow;
  importBatches: ImportBatch;
  mappings: MappingRow;
  settings: Setting;
  profiles: Profile;
  auditLog: AuditEntry;
  derived: DerivedRow;
  zeroReports: ZeroReport;
}

export type DeskTableName = keyof DeskTables;

// Item indexes are chosen one by one because every index slows every write (measured: ~6k rows/s
// with 5 indexes), and imports write up to a million rows:
//   [sortPublished+id], [sortReported+id]  keyset paging of the item list by either time; the id breaks ties,
//                                          and a range on the first part serves "reported today" counts
//   status                                 待研判 counts and queues on 首页
//   fingerprint                            exact de-duplication on every import chunk
//   [platform+externalId]                  de-duplication by platform id and resolving repost parents
//   eventId                                the items of one event
//   *tags                                  tag filters (one index row per tag)
//   [unitId+sortReported]                  unit assessment: one unit's items in a period, and all of them
//   rootExternalId                         the members of one repost cascade (传播); items outside any cascade
//                                          have none and take no index row
//   assessment.veracity                    rumours (谣言/不实) still waiting for a refutation (辟谣); unassessed items
//                                          (null) take no index row
//   [reporterId+sortReported]              unit assessment: a reporter's items that name no unit count for the
//                                          reporter's unit; items without a reporter take no index row
// Left out on purpose: kind, feeds, platform, region, sentiment — low-cardinality facets that the derived
// facet counts serve; externalId alone — ids are only unique within a platform.
const ITEM_INDEXES_V1 =
  'id, [sortPublished+id], [sortReported+id], status, fingerprint, [platform+externalId], eventId, *tags, [unitId+sortReported], rootExternalId, assessment.veracity, [reporterId+sortReported]';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      items: ITEM_INDEXES_V1,
      spreadEdges: 'id, from, to',
      events: 'id',
      tags: 'path',
      refutations: 'id, *itemIds',
      units: 'id',
      reporters: 'id, unitId',
      reports: 'id, &[seriesId+year+number], status',
      importBatches: 'id, startedAt',
      mappings: 'id, headerSignature',
      settings: 'key',
      profiles: 'id',
      // seq is assigned inside the writing transaction, not by ++, so the hash chain and the key agree.
      // target and *items find the history of one record, including the bulk writes that touched it.
      auditLog: 'seq, target, *items',
      derived: 'key',
      // 零报告 notes: one unit's notes in a period (the dashboard), and every unit's in a period (alerts).
      zeroReports: 'id, [unitId+date], date',
    },
  },
];

export function latestVersionOf(versions: readonly SchemaVersion[]): number {
  return versions.reduce((highest, { version }) => Math.max(highest, version), 0);
}

export const LATEST_SCHEMA_VERSION = latestVersionOf(SCHEMA_VERSIONS);

/** Tables of the latest version, in declaration order. */
export function tableNamesOf(versions: readonly SchemaVersion[]): string[] {
  const names = new Map<string, boolean>();
  for (const { stores } of versions) {
    for (const [name, declaration] of Object.entries(stores)) names.set(name, declaration !== null);
  }
  return [...names].filter(([, present]) => present).map(([name]) => name);
}
