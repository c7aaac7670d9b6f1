// The records one triage operation reads and changes, staged in memory so the operation's audit entry holds exactly
// what it changed.
import type { Table } from 'dexie';
import type { Item, OpinionEvent, Refutation, SpreadEdge, Tag } from '../../shared/domain/types';
import type { ChangeSet } from '../../shared/triage';
import type { WriteScope } from './audited-write';
import { RecordNotFoundError } from './errors';
import { diffFields } from './field-diff';
import { fromItemRow, toItemRow } from './items-repository';
import type { ItemRow } from './schema';

// Bookkeeping the items repository maintains on every write; recording it would only repeat the entry's time.
const UNAUDITED_ITEM_FIELDS = ['updatedAt', 'rev', 'sortPublished', 'sortReported'];

export type EntityTableName = 'tags' | 'events' | 'refutations' | 'spreadEdges';
export type EntityRow = Tag | OpinionEvent | Refutation | SpreadEdge;
export type Fields = Record<string, unknown>;

// Audit diffs record a field that was absent as null (field-diff.ts); an undo that restores "absent" must leave
// optional item fields out rather than store a null their type does not allow.
const OPTIONAL_ITEM_FIELDS = ['notDuplicateOf'] as const;

function withoutNullOptionals(item: Item): Item {
  const cleaned = { ...item } as Record<string, unknown>;
  for (const field of OPTIONAL_ITEM_FIELDS) if (cleaned[field] === null) delete cleaned[field];
  return cleaned as unknown as Item;
}

const keyOfEntity = (table: EntityTableName, row: EntityRow): string => (table === 'tags' ? (row as Tag).path : (row as { id: string }).id);

/**
 * The records one operation reads and changes, staged in memory: the operation edits the staged copies, and commit
 * writes only what differs from what was read and returns the change for the audit entry.
 */
export class Staging {
  private readonly originalItems = new Map<string, ItemRow | undefined>();
  private readonly stagedItems = new Map<string, Item | undefined>();
  private readonly originalEntities = new Map<EntityTableName, Map<string, EntityRow | undefined>>();
  private readonly stagedEntities = new Map<EntityTableName, Map<string, EntityRow | undefined>>();

  constructor(private readonly scope: WriteScope) {}

  private entityTable(table: EntityTableName): Table<EntityRow, string> {
    return this.scope.db[table] as unknown as Table<EntityRow, string>;
  }

  /** Reads items not read yet; unknown ids throw unless `optional`. */
  async loadItems(ids: readonly string[], optional = false): Promise<Item[]> {
    const missing = [...new Set(ids)].filter((id) => !this.originalItems.has(id));
    if (missing.length > 0) {
      const rows = await this.scope.db.items.bulkGet(missing);
      missing.forEach((id, index) => {
        const row = rows[index];
        this.originalItems.set(id, row);
        this.stagedItems.set(id, row && fromItemRow(row));
      });
    }
    const items: Item[] = [];
    for (const id of ids) {
      const item = this.stagedItems.get(id);
      if (item) items.push(item);
      else if (!optional) throw new RecordNotFoundError('items', id);
    }
    return items;
  }

  async loadItemRows(rows: readonly ItemRow[]): Promise<Item[]> {
    for (const row of rows) {
      if (this.originalItems.has(row.id)) continue;
      this.originalItems.set(row.id, row);
      this.stagedItems.set(row.id, fromItemRow(row));
    }
    return rows.map((row) => this.stagedItems.get(row.id)).filter((item): item is Item => item !== undefined);
  }

  updateItem(item: Item, changes: Partial<Item>): Item {
    const next = { ...item, ...changes, id: item.id, createdAt: item.createdAt };
    this.stagedItems.set(item.id, next);
    return next;
  }

  putItem(item: Item): void {
    if (!this.originalItems.has(item.id)) this.originalItems.set(item.id, undefined);
    this.stagedItems.set(item.id, item);
  }

  removeItem(id: string): void {
    this.stagedItems.set(id, undefined);
  }

  async loadEntities<Row extends EntityRow>(table: EntityTableName, keys: readonly string[]): Promise<Array<Row | undefined>> {
    const originals = this.mapOf(this.originalEntities, table);
    const staged = this.mapOf(this.stagedEntities, table);
    const missing = [...new Set(keys)].filter((key) => !originals.has(key));
    if (missing.length > 0) {
      const rows = await this.entityTable(table).bulkGet(missing);
      missing.forEach((key, index) => {
        originals.set(key, rows[index]);
        staged.set(key, rows[index]);
      });
    }
    return keys.map((key) => staged.get(key) as Row | undefined);
  }

  adoptEntities<Row extends EntityRow>(table: EntityTableName, rows: readonly Row[]): Row[] {
    const originals = this.mapOf(this.originalEntities, table);
    const staged = this.mapOf(this.stagedEntities, table);
    for (const row of rows) {
      const key = keyOfEntity(table, row);
      if (originals.has(key)) continue;
      originals.set(key, row);
      staged.set(key, row);
    }
    return rows.map((row) => staged.get(keyOfEntity(table, row)) as Row);
  }

  putEntity(table: EntityTableName, row: EntityRow): void {
    const key = keyOfEntity(table, row);
    const originals = this.mapOf(this.originalEntities, table);
    if (!originals.has(key)) originals.set(key, undefined);
    this.mapOf(this.stagedEntities, table).set(key, row);
  }

  removeEntity(table: EntityTableName, key: string): void {
    this.mapOf(this.stagedEntities, table).set(key, undefined);
  }

  private mapOf<V>(maps: Map<EntityTableName, Map<string, V>>, table: EntityTableName): Map<string, V> {
    let map = maps.get(table);
    if (!map) {
      map = new Map();
      maps.set(table, map);
    }
    return map;
  }

  async commit(nowIso: string): Promise<ChangeSet> {
    const changes: ChangeSet = {};
    const itemChanges: Record<string, { before: Fields | null; after: Fields | null }> = {};
    const itemPuts: ItemRow[] = [];
    const itemDeletes: string[] = [];
    for (const [id, original] of this.originalItems) {
      const staged = this.stagedItems.get(id);
      if (!original && !staged) continue;
      if (!original && staged) {
        const row = toItemRow(withoutNullOptionals(staged));
        itemPuts.push(row);
        itemChanges[id] = { before: null, after: fromItemRow(row) as unknown as Fields };
      } else if (original && !staged) {
        itemDeletes.push(id);
        itemChanges[id] = { before: fromItemRow(original) as unknown as Fields, after: null };
      } else if (original && staged) {
        const next = toItemRow(withoutNullOptionals(staged));
        const diff = diffFields(original, next, UNAUDITED_ITEM_FIELDS);
        if (!diff) continue;
        itemPuts.push({ ...next, updatedAt: nowIso, rev: original.rev + 1 });
        itemChanges[id] = diff;
      }
    }
    if (Object.keys(itemChanges).length > 0) changes['items'] = itemChanges;
    if (itemPuts.length > 0) await this.scope.db.items.bulkPut(itemPuts);
    if (itemDeletes.length > 0) await this.scope.db.items.bulkDelete(itemDeletes);

    for (const [table, originals] of this.originalEntities) {
      const staged = this.mapOf(this.stagedEntities, table);
      const records: Record<string, { before: Fields | null; after: Fields | null }> = {};
      const puts: EntityRow[] = [];
      const deletes: string[] = [];
      for (const [key, original] of originals) {
        const next = staged.get(key);
        if (!original && !next) continue;
        if (!original && next) {
          puts.push(next);
          records[key] = { before: null, after: { ...next } };
        } else if (original && !next) {
          deletes.push(key);
          records[key] = { before: { ...original }, after: null };
        } else if (original && next) {
          const diff = diffFields(original, next);
          if (!diff) continue;
          puts.push(next);
          records[key] = diff;
        }
      }
      if (Object.keys(records).length > 0) changes[table] = records;
      if (puts.length > 0) await this.entityTable(table).bulkPut(puts);
      if (deletes.length > 0) await this.entityTable(table).bulkDelete(deletes);
    }
    return changes;
  }
}
