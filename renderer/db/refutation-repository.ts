// Refutations (辟谣) and the rumours still waiting for one.
import type { Item, Refutation } from '../../shared/domain/types';
import { newId } from '../../shared/ids';
import { RUMOUR_VERACITIES } from '../../shared/triage';
import type { WriteContext } from './audited-write';
import { RecordNotFoundError } from './errors';
import { fromItemRow, sortKeyOf } from './items-repository';
import { InvalidTriageInputError, type TriageOperations } from './triage-operation';
import type { Staging } from './triage-staging';

export interface RefutationDraft {
  title: string;
  publisher: string;
  channel: string;
  url: string | null;
  publishedAt: string;
}

export function createRefutationRepository({ db, operate, addAction }: TriageOperations) {
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
    listRefutations: () => db.refutations.toArray(),

    refutationsFor: (itemId: string) => db.refutations.where('itemIds').equals(itemId).toArray(),

    /** Records a refutation linked to the items it answers; each gets a 辟谣 action and moves on to 处置中. */
    createRefutation: (draft: RefutationDraft, itemIds: readonly string[], ctx: WriteContext) =>
      operate('refutations.create', ctx, async (stage, nowIso) => {
        const title = draft.title.trim();
        if (title === '') throw new InvalidTriageInputError('db.triage.refutationTitleRequired');
        if (Number.isNaN(Date.parse(draft.publishedAt))) throw new InvalidTriageInputError('db.triage.invalidPublishedAt');
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
  };
}
