// One triage operation = one audited write with one audit entry (or none when nothing changed), and the helpers
// the triage repositories share.
import type { Item, ItemAction, Tag } from '../../shared/domain/types';
import {
  colorForNewTag,
  encodeChangeSet,
  isEmptyChangeSet,
  normaliseTagPath,
  statusAfterAction,
  type ChangeSet,
} from '../../shared/triage';
import { auditedWrite, type WriteContext, type WriteScope } from './audited-write';
import { DeskStoreError, type DbErrorCode } from './errors';
import type { ItemRow } from './schema';
import { Staging } from './triage-staging';

export interface TriageResult {
  /** seq of the audit entry written; null when the operation changed nothing (and so wrote nothing) */
  seq: number | null;
  /** the items whose stored row changed, for the list, facets and search to refresh */
  itemIds: string[];
}

export type TriageInputErrorCode = Extract<DbErrorCode, `db.triage.${string}`>;

export class InvalidTriageInputError extends DeskStoreError {
  constructor(code: TriageInputErrorCode) {
    super(code);
  }
}

function targetOf(changes: ChangeSet): { target: string; items: string[] } {
  const itemKeys = Object.keys(changes['items'] ?? {});
  if (itemKeys.length > 0) return { target: 'items:*', items: itemKeys };
  const [table = 'items', records = {}] = Object.entries(changes).find(([, records]) => Object.keys(records).length > 0) ?? [];
  return { target: `${table}:*`, items: Object.keys(records) };
}

export function requireTagPath(input: string): string {
  const path = normaliseTagPath(input);
  if (!path) throw new InvalidTriageInputError('db.triage.tagNameRequired');
  return path;
}

/** What every triage repository builds its operations from. */
export function createTriageOperations(scope: WriteScope) {
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

  return { db, operate, ensureTags, itemRowsUnderTag, addAction };
}

export type TriageOperations = ReturnType<typeof createTriageOperations>;
