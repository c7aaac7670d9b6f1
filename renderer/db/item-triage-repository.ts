// Triage of items: tagging, assessment, actions and status, duplicate merge and dismissal, removal.
import type { ActionType, ItemKind, ItemStatus, Refutation, RiskLevel, Sentiment, SpreadEdge, Veracity } from '../../shared/domain/types';
import { newId } from '../../shared/ids';
import { editTagList, mergedItemFields, statusAfterAssessment, suspectedDuplicatesOf, type SuspectedDuplicate } from '../../shared/triage';
import type { WriteContext } from './audited-write';
import { fromItemRow, sortKeyOf } from './items-repository';
import { InvalidTriageInputError, requireTagPath, type TriageOperations } from './triage-operation';

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

// Near-duplicates are reported close together (a post and its retellings within days); looking within this window
// around the item keeps the check to one index range instead of every item in the store.
const DUPLICATE_WINDOW_MS = 3 * 24 * 3_600_000;
const DUPLICATE_CANDIDATE_LIMIT = 5_000;

export function createItemTriageRepository({ db, operate, ensureTags, addAction }: TriageOperations) {
  return {
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
        if (Number.isNaN(Date.parse(draft.at))) throw new InvalidTriageInputError('db.triage.invalidDispositionAt');
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
  };
}
