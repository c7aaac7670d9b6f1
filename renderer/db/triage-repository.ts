// The analyst's triage operations: tagging, assessment, actions and status, duplicate merge and dismissal, tag
// rename/merge/delete, events and refutations, and undo/redo. Each operation is ONE audited write — one
// transaction, one audit entry holding every record it changed in every table (StoredTableChanges) — so the
// history shows one line per thing the analyst did, and one undo reverses exactly that.
import type { Table } from 'dexie';
import type {
  ActionType,
  Item,
  ItemAction,
  ItemKind,
  ItemStatus,
  OpinionEvent,
  Refutation,
  RiskLevel,
  Sentiment,
  SpreadEdge,
  Tag,
  Veracity,
} from '../../shared/domain/types';
import { newId } from '../../shared/ids';
import {
  applyRecordChange,
  canMoveTag,
  changeSetOfEntry,
  colorForNewTag,
  conflictOf,
  editTagList,
  encodeChangeSet,
  invertChangeSet,
  isEmptyChangeSet,
  isSameOrDescendant,
  mergedItemFields,
  movedTagPath,
  normaliseTagPath,
  removeFromTagList,
  renameInTagList,
  RUMOUR_VERACITIES,
  statusAfterAction,
  statusAfterAssessment,
  suspectedDuplicatesOf,
  type ChangeConflict,
  type ChangeSet,
  type RecordChange,
  type SuspectedDuplicate,
} from '../../shared/triage';
import { auditedWrite, type WriteContext, type WriteScope } from './audited-write';
import { RecordNotFoundError } from './errors';
import { diffFields } from './field-diff';
import { fromItemRow, sortKeyOf, toItemRow } from './items-repository';
import type { ItemRow } from './schema';

export interface TriageResult {
  /** seq of the audit entry written; null when the operation changed nothing (and so wrote nothing) */
  seq: number | null;
  /** the items whose stored row changed, for the list, facets and search to refresh */
  itemIds: string[];
}

export interface AssessmentPatch {
  sentiment?: Sentiment | null;
  risk?: RiskLevel | null;
  veracity?: Veracity | null;
  category?: string | null;
  kind?: ItemKind;
}

export interface ActionDraft {
  type: ActionType;
  at: string;
  /** the person who did it, as the analyst names them (not necessarily the analyst) */
  by: string;
  note: string;
  /** 办结: this action finishes the matter */
  closes?: boolean;
}

export interface RefutationDraft {
  title: string;
  publisher: string;
  channel: string;
  url: string | null;
  publishedAt: string;
}

export class UndoConflictError extends Error {
  constructor(readonly conflict: ChangeConflict) {
    super(
      conflict.problem === 'changedSince'
        ? '无法撤销：这些记录在此之后又被修改过，撤销会覆盖后来的修改。'
        : conflict.problem === 'missing'
          ? '无法撤销：要恢复的记录已被删除。'
          : '无法撤销：要删除的记录已经重新存在。',
    );
    this.name = 'UndoConflictError';
  }
}

export class NothingToUndoError extends Error {
  constructor(seq: number) {
    super(`操作日志第 ${seq} 条没有可撤销的内容。`);
    this.name = 'NothingToUndoError';
  }
}

export class InvalidTriageInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTriageInputError';
  }
}

// Bookkeeping the items repository maintains on every write; recording it would only repeat the entry's time.
const UNAUDITED_ITEM_FIELDS = ['updatedAt', 'rev', 'sortPublished', 'sortReported'];

// Near-duplicates are reported close together (a post and its retellings within days); looking within this window
// around the item keeps the check to one index range instead of every item in the store.
const DUPLICATE_WINDOW_MS = 3 * 24 * 3_600_000;
const DUPLICATE_CANDIDATE_LIMIT = 5_000;

type EntityTableName = 'tags' | 'events' | 'refutations' | 'spreadEdges';
type EntityRow = Tag | OpinionEvent | Refutation | SpreadEdge;
type Fields = Record<string, unknown>;

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
class Staging {
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

function targetOf(changes: ChangeSet): { target: string; items: string[] } {
  const itemKeys = Object.keys(changes['items'] ?? {});
  if (itemKeys.length > 0) return { target: 'items:*', items: itemKeys };
  const [table = 'items', records = {}] = Object.entries(changes).find(([, records]) => Object.keys(records).length > 0) ?? [];
  return { target: `${table}:*`, items: Object.keys(records) };
}

function requireTagPath(input: string): string {
  const path = normaliseTagPath(input);
  if (!path) throw new InvalidTriageInputError('标签名称不能为空。');
  return path;
}

export function createTriageRepository(scope: WriteScope) {
  const { db } = scope;
  const tables = [db.items, db.tags, db.events, db.refutations, db.spreadEdges];

  /**
   * Runs one operation as one audited write with one entry (or none, when it changed nothing). `work` may name the
   * action itself once it knows it (an undo is named after what it undoes).
   */
  function operate(
    action: string,
    ctx: WriteContext,
    work: (stage: Staging, nowIso: string) => Promise<string | void>,
    undoes?: number,
  ): Promise<TriageResult> {
    return auditedWrite(scope, [...tables, db.auditLog], ctx, async (record, nowIso) => {
      const stage = new Staging(scope);
      const namedAction = (await work(stage, nowIso)) ?? action;
      const changes = await stage.commit(nowIso);
      if (isEmptyChangeSet(changes)) return { seq: null, itemIds: [] };
      // The log is part of this read-write transaction, so the last entry now is the one the new entry follows.
      const last = await db.auditLog.orderBy('seq').last();
      record({ action: namedAction, ...targetOf(changes), ...encodeChangeSet(changes, undoes) });
      return { seq: (last?.seq ?? 0) + 1, itemIds: Object.keys(changes['items'] ?? {}) };
    });
  }

  async function ensureTags(stage: Staging, paths: readonly string[], nowIso: string): Promise<void> {
    if (paths.length === 0) return;
    const existing = stage.adoptEntities<Tag>('tags', await db.tags.toArray());
    const colors = new Map(existing.map((tag) => [tag.path, tag.color]));
    for (const path of paths) {
      if (colors.has(path)) continue;
      const color = colorForNewTag(path, colors);
      colors.set(path, color);
      stage.putEntity('tags', { path, color, createdAt: nowIso });
    }
  }

  /** Items carrying `path` or any tag below it, straight from the *tags index. */
  async function itemRowsUnderTag(path: string): Promise<ItemRow[]> {
    return db.items.where('tags').equals(path).or('tags').startsWith(`${path}/`).distinct().toArray();
  }

  function addAction(stage: Staging, item: Item, action: ItemAction, closes = false): Item {
    return stage.updateItem(item, {
      actions: [...item.actions, action].sort((a, b) => a.at.localeCompare(b.at)),
      status: statusAfterAction(item.status, { type: action.type, closes }),
    });
  }

  const refutationActionId = (refutationId: string) => `refutation:${refutationId}`;

  function linkRefutationTo(stage: Staging, refutation: Refutation, items: readonly Item[]): void {
    for (const item of items) {
      if (item.actions.some((action) => action.id === refutationActionId(refutation.id))) continue;
      addAction(stage, item, {
        id: refutationActionId(refutation.id),
        type: 'refute',
        at: refutation.publishedAt,
        by: refutation.publisher,
        note: refutation.title,
      });
    }
  }

  return {
    // ── items ──────────────────────────────────────────────────────────────────────────────────────────────────

    /** Bulk tagging: adds and removes tags on every listed item; tags not known yet are created with a colour. */
    tagItems: (ids: readonly string[], edit: { add?: readonly string[]; remove?: readonly string[] }, ctx: WriteContext) =>
      operate('items.tag', ctx, async (stage, nowIso) => {
        const add = (edit.add ?? []).map(requireTagPath);
        const remove = (edit.remove ?? []).map(requireTagPath);
        for (const item of await stage.loadItems(ids)) stage.updateItem(item, { tags: editTagList(item.tags, add, remove) });
        await ensureTags(stage, add, nowIso);
      }),

    /** Bulk assessment: the given fields on every listed item; fields left undefined stay as they are. */
    assessItems: (ids: readonly string[], patch: AssessmentPatch, ctx: WriteContext) =>
      operate('items.assess', ctx, async (stage, nowIso) => {
        for (const item of await stage.loadItems(ids)) {
          const values = {
            sentiment: patch.sentiment === undefined ? item.assessment.sentiment : patch.sentiment,
            risk: patch.risk === undefined ? item.assessment.risk : patch.risk,
            veracity: patch.veracity === undefined ? item.assessment.veracity : patch.veracity,
            category: patch.category === undefined ? item.assessment.category : patch.category?.trim() || null,
          };
          const changedAssessment = (Object.keys(values) as Array<keyof typeof values>).some((key) => values[key] !== item.assessment[key]);
          stage.updateItem(item, {
            kind: patch.kind ?? item.kind,
            // Who assessed and when change only with the assessment itself, so re-saving the same values writes nothing.
            assessment: changedAssessment ? { ...values, assessedBy: ctx.actor, assessedAt: nowIso } : item.assessment,
            status: changedAssessment ? statusAfterAssessment(item.status, values) : item.status,
          });
        }
      }),

    /** Records the same action (e.g. one 管控 covering several posts) on each listed item. */
    recordAction: (itemIds: readonly string[], draft: ActionDraft, ctx: WriteContext) =>
      operate('items.act', ctx, async (stage) => {
        if (Number.isNaN(Date.parse(draft.at))) throw new InvalidTriageInputError('请填写有效的处置时间。');
        for (const item of await stage.loadItems(itemIds)) {
          addAction(
            stage,
            item,
            { id: newId(), type: draft.type, at: draft.at, by: draft.by.trim(), note: draft.note.trim() },
            draft.closes ?? false,
          );
        }
      }),

    /** A manual status change (the UI confirms moves backwards first). */
    setStatus: (ids: readonly string[], status: ItemStatus, ctx: WriteContext) =>
      operate('items.status', ctx, async (stage) => {
        for (const item of await stage.loadItems(ids)) stage.updateItem(item, { status });
      }),

    /** Items near this one by SimHash among those reported within days of it, nearest first. */
    async suspectedDuplicates(itemId: string): Promise<SuspectedDuplicate[]> {
      const row = await db.items.get(itemId);
      if (!row) return [];
      const at = sortKeyOf(row.reportedAt);
      const candidates = await db.items
        .where('[sortReported+id]')
        .between([at - DUPLICATE_WINDOW_MS], [at + DUPLICATE_WINDOW_MS], true, true)
        .limit(DUPLICATE_CANDIDATE_LIMIT)
        .toArray();
      return suspectedDuplicatesOf(fromItemRow(row), candidates.map(fromItemRow));
    },

    /**
     * Merges duplicates into the kept item: every feed, provenance row, tag and action stays on it; links to the
     * merged items (refutations, spread edges) are moved to it; the merged items are removed (whole, in the entry).
     */
    mergeDuplicates: (keepId: string, duplicateIds: readonly string[], ctx: WriteContext) =>
      operate('items.merge', ctx, async (stage) => {
        const others = duplicateIds.filter((id) => id !== keepId);
        const [keep] = await stage.loadItems([keepId]);
        const duplicates = await stage.loadItems(others);
        if (!keep || duplicates.length === 0) return;
        stage.updateItem(keep, mergedItemFields(keep, duplicates));
        for (const duplicate of duplicates) stage.removeItem(duplicate.id);
        const refutations = stage.adoptEntities<Refutation>(
          'refutations',
          await db.refutations.where('itemIds').anyOf(others).distinct().toArray(),
        );
        for (const refutation of refutations) {
          const itemIds = [...new Set(refutation.itemIds.map((id) => (others.includes(id) ? keepId : id)))];
          stage.putEntity('refutations', { ...refutation, itemIds });
        }
        const edges = stage.adoptEntities<SpreadEdge>('spreadEdges', [
          ...(await db.spreadEdges.where('from').anyOf(others).toArray()),
          ...(await db.spreadEdges.where('to').anyOf(others).toArray()),
        ]);
        for (const edge of edges) {
          const from = others.includes(edge.from) ? keepId : edge.from;
          const to = others.includes(edge.to) ? keepId : edge.to;
          // An edge between two merged copies would point the item at itself.
          if (from === to) stage.removeEntity('spreadEdges', edge.id);
          else stage.putEntity('spreadEdges', { ...edge, from, to });
        }
      }),

    /** 不是重复: remembered on both items so neither suggests the other again. */
    dismissDuplicate: (itemId: string, otherId: string, ctx: WriteContext) =>
      operate('items.dismissDuplicate', ctx, async (stage) => {
        const [item, other] = await stage.loadItems([itemId, otherId]);
        if (!item || !other) return;
        stage.updateItem(item, { notDuplicateOf: [...new Set([...(item.notDuplicateOf ?? []), otherId])] });
        stage.updateItem(other, { notDuplicateOf: [...new Set([...(other.notDuplicateOf ?? []), itemId])] });
      }),

    removeItems: (ids: readonly string[], ctx: WriteContext) =>
      operate('items.remove', ctx, async (stage) => {
        for (const item of await stage.loadItems(ids, true)) stage.removeItem(item.id);
      }),

    // ── tags ───────────────────────────────────────────────────────────────────────────────────────────────────

    /** Every tag row, plus paths items carry without a row of their own (imported before the tag was defined). */
    async listTags(): Promise<Array<Tag & { count: number }>> {
      const [rows, usedPaths] = await Promise.all([db.tags.toArray(), db.items.orderBy('tags').uniqueKeys()]);
      const byPath = new Map(rows.map((row) => [row.path, row]));
      for (const key of usedPaths) {
        const path = String(key);
        if (!byPath.has(path)) byPath.set(path, { path, color: '', createdAt: '' });
      }
      return Promise.all(
        [...byPath.values()].map(async (tag) => ({ ...tag, count: await db.items.where('tags').equals(tag.path).count() })),
      );
    },

    /** Items carrying the tag or one of its children, each once: what rename, merge and delete will touch. */
    countItemsUnderTag: async (path: string) =>
      new Set(await db.items.where('tags').equals(path).or('tags').startsWith(`${path}/`).primaryKeys()).size,

    createTag: (input: string, color: string | null, ctx: WriteContext) =>
      operate('tags.create', ctx, async (stage, nowIso) => {
        const path = requireTagPath(input);
        if (color === null) await ensureTags(stage, [path], nowIso);
        else {
          const [existing] = await stage.loadEntities<Tag>('tags', [path]);
          stage.putEntity('tags', { path, color, createdAt: existing?.createdAt ?? nowIso });
        }
      }),

    setTagColor: (path: string, color: string, ctx: WriteContext) =>
      operate('tags.update', ctx, async (stage, nowIso) => {
        const [existing] = await stage.loadEntities<Tag>('tags', [path]);
        stage.putEntity('tags', { path, color, createdAt: existing?.createdAt ?? nowIso });
      }),

    /**
     * Renames a tag and its children, on the tag rows and on every item. Renaming onto an existing tag merges the
     * two: items get the target once, and the target's colour is kept.
     */
    renameTag: (fromInput: string, toInput: string, ctx: WriteContext) =>
      operate('tags.rename', ctx, async (stage) => {
        const from = requireTagPath(fromInput);
        const to = requireTagPath(toInput);
        if (from === to) return;
        if (!canMoveTag(from, to)) throw new InvalidTriageInputError('不能把标签移到它自己的子标签下。');
        const tagRows = stage.adoptEntities<Tag>('tags', await db.tags.toArray());
        const existing = new Set(tagRows.map((tag) => tag.path));
        for (const tag of tagRows) {
          const moved = movedTagPath(tag.path, from, to);
          if (moved === null) continue;
          stage.removeEntity('tags', tag.path);
          if (!existing.has(moved)) stage.putEntity('tags', { ...tag, path: moved });
        }
        for (const item of await stage.loadItemRows(await itemRowsUnderTag(from)))
          stage.updateItem(item, { tags: renameInTagList(item.tags, from, to) });
      }),

    /** Deletes a tag and its children from the tag list and from every item. */
    deleteTag: (input: string, ctx: WriteContext) =>
      operate('tags.remove', ctx, async (stage) => {
        const path = requireTagPath(input);
        for (const tag of stage.adoptEntities<Tag>('tags', await db.tags.toArray())) {
          if (isSameOrDescendant(tag.path, path)) stage.removeEntity('tags', tag.path);
        }
        for (const item of await stage.loadItemRows(await itemRowsUnderTag(path)))
          stage.updateItem(item, { tags: removeFromTagList(item.tags, path) });
      }),

    // ── events ─────────────────────────────────────────────────────────────────────────────────────────────────

    listEvents: () => db.events.toArray(),

    getEvent: (id: string) => db.events.get(id),

    eventItems: async (eventId: string) => (await db.items.where('eventId').equals(eventId).toArray()).map(fromItemRow),

    countEventItems: (eventId: string) => db.items.where('eventId').equals(eventId).count(),

    createEvent: (draft: { name: string; description: string }, itemIds: readonly string[], ctx: WriteContext) =>
      operate('events.create', ctx, async (stage, nowIso) => {
        const name = draft.name.trim();
        if (name === '') throw new InvalidTriageInputError('请填写事件名称。');
        const event: OpinionEvent = { id: newId(), name, description: draft.description.trim(), createdAt: nowIso, updatedAt: nowIso };
        stage.putEntity('events', event);
        for (const item of await stage.loadItems(itemIds)) stage.updateItem(item, { eventId: event.id });
      }),

    updateEvent: (id: string, draft: { name: string; description: string }, ctx: WriteContext) =>
      operate('events.update', ctx, async (stage, nowIso) => {
        const [event] = await stage.loadEntities<OpinionEvent>('events', [id]);
        if (!event) throw new RecordNotFoundError('events', id);
        const name = draft.name.trim();
        if (name === '') throw new InvalidTriageInputError('请填写事件名称。');
        if (name === event.name && draft.description.trim() === event.description) return;
        stage.putEntity('events', { ...event, name, description: draft.description.trim(), updatedAt: nowIso });
      }),

    /** Puts items into an event (moving them out of any other). */
    addToEvent: (eventId: string, itemIds: readonly string[], ctx: WriteContext) =>
      operate('events.addItems', ctx, async (stage) => {
        const [event] = await stage.loadEntities<OpinionEvent>('events', [eventId]);
        if (!event) throw new RecordNotFoundError('events', eventId);
        for (const item of await stage.loadItems(itemIds)) stage.updateItem(item, { eventId });
      }),

    removeFromEvent: (itemIds: readonly string[], ctx: WriteContext) =>
      operate('events.removeItems', ctx, async (stage) => {
        for (const item of await stage.loadItems(itemIds)) stage.updateItem(item, { eventId: null });
      }),

    /** Deletes the event; its items stay, outside any event. */
    deleteEvent: (eventId: string, ctx: WriteContext) =>
      operate('events.remove', ctx, async (stage) => {
        await stage.loadEntities('events', [eventId]);
        stage.removeEntity('events', eventId);
        for (const item of await stage.loadItemRows(await db.items.where('eventId').equals(eventId).toArray()))
          stage.updateItem(item, { eventId: null });
      }),

    // ── refutations ────────────────────────────────────────────────────────────────────────────────────────────

    listRefutations: () => db.refutations.toArray(),

    refutationsFor: (itemId: string) => db.refutations.where('itemIds').equals(itemId).toArray(),

    /** Records a refutation linked to the items it answers; each gets a 辟谣 action and moves on to 处置中. */
    createRefutation: (draft: RefutationDraft, itemIds: readonly string[], ctx: WriteContext) =>
      operate('refutations.create', ctx, async (stage, nowIso) => {
        const title = draft.title.trim();
        if (title === '') throw new InvalidTriageInputError('请填写辟谣标题。');
        if (Number.isNaN(Date.parse(draft.publishedAt))) throw new InvalidTriageInputError('请填写有效的发布时间。');
        const refutation: Refutation = {
          id: newId(),
          title,
          publisher: draft.publisher.trim(),
          channel: draft.channel.trim(),
          url: draft.url?.trim() || null,
          publishedAt: draft.publishedAt,
          itemIds: [...new Set(itemIds)],
          createdAt: nowIso,
        };
        stage.putEntity('refutations', refutation);
        linkRefutationTo(stage, refutation, await stage.loadItems(refutation.itemIds));
      }),

    linkRefutation: (refutationId: string, itemIds: readonly string[], ctx: WriteContext) =>
      operate('refutations.link', ctx, async (stage) => {
        const [refutation] = await stage.loadEntities<Refutation>('refutations', [refutationId]);
        if (!refutation) throw new RecordNotFoundError('refutations', refutationId);
        const next = { ...refutation, itemIds: [...new Set([...refutation.itemIds, ...itemIds])] };
        stage.putEntity('refutations', next);
        linkRefutationTo(stage, next, await stage.loadItems(itemIds));
      }),

    /** Unlinks items; the 辟谣 action the link added goes too, the status stays where the work brought it. */
    unlinkRefutation: (refutationId: string, itemIds: readonly string[], ctx: WriteContext) =>
      operate('refutations.unlink', ctx, async (stage) => {
        const [refutation] = await stage.loadEntities<Refutation>('refutations', [refutationId]);
        if (!refutation) throw new RecordNotFoundError('refutations', refutationId);
        stage.putEntity('refutations', { ...refutation, itemIds: refutation.itemIds.filter((id) => !itemIds.includes(id)) });
        for (const item of await stage.loadItems(itemIds, true)) {
          stage.updateItem(item, { actions: item.actions.filter((action) => action.id !== refutationActionId(refutationId)) });
        }
      }),

    /** Items assessed 谣言 or 不实 that no refutation answers yet, earliest first. */
    async rumoursWithoutRefutation(): Promise<Item[]> {
      const rumours = (
        await db.items
          .where('assessment.veracity')
          .anyOf([...RUMOUR_VERACITIES])
          .toArray()
      ).map(fromItemRow);
      if (rumours.length === 0) return [];
      const answered = new Set(
        (
          await db.refutations
            .where('itemIds')
            .anyOf(rumours.map((item) => item.id))
            .toArray()
        ).flatMap((refutation) => refutation.itemIds),
      );
      return rumours.filter((item) => !answered.has(item.id)).sort((a, b) => sortKeyOf(a.reportedAt) - sortKeyOf(b.reportedAt));
    },

    // ── undo / redo ────────────────────────────────────────────────────────────────────────────────────────────

    /**
     * Reverses the write recorded in audit entry `seq` as a new audited write (the chain is never rewritten).
     * Undoing an undo is a redo. Refuses when a record has changed since, rather than overwrite that change.
     */
    revert: (seq: number, ctx: WriteContext) =>
      operate(
        'items.undo',
        ctx,
        async (stage) => {
          const entry = await db.auditLog.get(seq);
          const changes = entry && changeSetOfEntry(entry);
          if (!entry || !changes) throw new NothingToUndoError(seq);
          for (const [table, records] of Object.entries(invertChangeSet(changes))) {
            const keys = Object.keys(records);
            let current: Array<Fields | undefined>;
            if (table === 'items') {
              const found = new Map((await stage.loadItems(keys, true)).map((item) => [item.id, item as unknown as Fields]));
              current = keys.map((key) => found.get(key));
            } else {
              current = (await stage.loadEntities(table as EntityTableName, keys)) as Array<Fields | undefined>;
            }
            keys.forEach((key, index) => {
              const change = records[key] as RecordChange;
              const conflict = conflictOf(table, key, change, current[index]);
              if (conflict) throw new UndoConflictError(conflict);
              const next = applyRecordChange(change, current[index]);
              if (table === 'items') {
                if (next) stage.putItem(next as unknown as Item);
                else stage.removeItem(key);
              } else if (next) stage.putEntity(table as EntityTableName, next as unknown as EntityRow);
              else stage.removeEntity(table as EntityTableName, key);
            });
          }
          const [table = 'items'] = entry.action.split('.');
          return entry.action.endsWith('.undo') ? `${table}.redo` : `${table}.undo`;
        },
        seq,
      ),
  };
}

export type TriageRepository = ReturnType<typeof createTriageRepository>;

/** Veracities answered by a refutation: re-exported for the pages that list rumours. */
export { RUMOUR_VERACITIES };
