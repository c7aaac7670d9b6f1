// Tags: the list with counts, creation and colour, rename (and merge) and deletion across every item.
import type { Tag } from '../../shared/domain/types';
import { canMoveTag, isSameOrDescendant, movedTagPath, removeFromTagList, renameInTagList } from '../../shared/triage';
import type { WriteContext } from './audited-write';
import { InvalidTriageInputError, requireTagPath, type TriageOperations } from './triage-operation';

export function createTagRepository({ db, operate, ensureTags, itemRowsUnderTag }: TriageOperations) {
  return {
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
        if (!canMoveTag(from, to)) throw new InvalidTriageInputError('db.triage.tagIntoOwnChild');
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
  };
}
