import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../shared/audit/chain';
import type { Item } from '../../../shared/domain/types';
import { simhash64 } from '../../../shared/import/dedup/simhash';
import {
  DISMISSED_SUGGESTIONS_KEY,
  RecordNotFoundError,
  SpreadLinkError,
  type DeskDatabase,
  type Repositories,
} from '../../../renderer/db';
import { buildStoredCascades } from '../../../renderer/features/spread/cascade-source';
import { buildItem, buildRefutation, buildSpreadEdge } from '../../builders';
import { analyst, useTestStore } from '../db/harness';

let db: DeskDatabase;
let repos: Repositories;

useTestStore('spread', (store) => ({ db, repos } = store));

/** A repost chain as an import writes it: the original and reposts naming it and each other by external id. */
function chain(root: string, reposts: { id: string; parent: string | null; at: string }[], platform = '微博'): Item[] {
  const original = buildItem({
    externalId: root,
    rootExternalId: root,
    parentExternalId: null,
    platform,
    publishedAt: '2026-10-04T08:00:00+08:00',
  });
  return [
    original,
    ...reposts.map((repost) =>
      buildItem({ externalId: repost.id, rootExternalId: root, parentExternalId: repost.parent, platform, publishedAt: repost.at }),
    ),
  ];
}

const RUMOUR = '网传南湖水库被污染，自来水不能喝，大家赶紧囤水，消息来自水务局内部人员，请互相转告';

describe('reading cascades from the store', () => {
  it('reads only the members of repost chains through the rootExternalId index', async () => {
    const members = chain('R1', [
      { id: 'A', parent: null, at: '2026-10-04T09:00:00+08:00' },
      { id: 'B', parent: 'A', at: '2026-10-04T10:00:00+08:00' },
    ]);
    await repos.items.bulkAdd([...members, buildItem(), buildItem()], analyst);
    const read = await repos.spread.chainItems();
    expect(read.map((item) => item.id).sort()).toEqual(members.map((item) => item.id).sort());
    expect(await repos.spread.chainItemCount()).toBe(3);
  });

  it('assembles chains and links into cascades: parents by external id, a missing original implied, links across chains', async () => {
    const weibo = chain('R1', [
      { id: 'A', parent: null, at: '2026-10-04T09:00:00+08:00' },
      { id: 'B', parent: 'A', at: '2026-10-04T10:00:00+08:00' },
      { id: 'C', parent: 'R1', at: '2026-10-04T11:00:00+08:00' },
      { id: 'D', parent: 'GONE', at: '2026-10-04T12:00:00+08:00' },
    ]);
    // A repost array whose original was never imported: its reposts still form one cascade.
    const unimported = [
      buildItem({ externalId: 'x1', rootExternalId: 'R2', parentExternalId: null, publishedAt: '2026-10-05T09:00:00+08:00' }),
      buildItem({ externalId: 'x2', rootExternalId: 'R2', parentExternalId: 'x1', publishedAt: '2026-10-05T09:30:00+08:00' }),
    ];
    const wechat = buildItem({ platform: '微信群', rootExternalId: null, externalId: null, publishedAt: '2026-10-04T13:00:00+08:00' });
    await repos.items.bulkAdd([...weibo, ...unimported, wechat], analyst);
    const root = weibo[0] as Item;
    await repos.spread.addLink(
      { from: root.id, to: wechat.id, type: 'cross-platform', at: wechat.publishedAt, note: '群消息复制了微博原文' },
      analyst,
    );

    const links = await repos.spread.links();
    const linked = (await repos.spread.items([wechat.id])).filter((item): item is Item => item !== undefined);
    const { cascades } = buildStoredCascades(await repos.spread.chainItems(), linked, links);

    expect(cascades.map((stored) => stored.metrics.size)).toEqual([6, 3]);
    const [first, second] = cascades;
    expect(first?.key).toBe(root.id);
    expect(first?.metrics.depth).toBe(2);
    expect(first?.metrics.orphans).toBe(1);
    expect(first?.metrics.platforms).toEqual(['微博', '微信群']);
    expect(first?.links.map((link) => link.to)).toEqual([wechat.id]);
    const viaOf = (id: string) => first?.cascade.nodes.find((node) => node.id === id)?.via;
    expect(viaOf(wechat.id)).toBe('cross-platform');
    expect(second?.key).toBe('ext:R2');
    expect(second?.rootItem).toBeNull();
    expect(second?.itemIds).toHaveLength(2);
  });

  it('does not report a stored link that repeats the chain as a conflict', async () => {
    const items = chain('R1', [{ id: 'A', parent: null, at: '2026-10-04T09:00:00+08:00' }]);
    await repos.items.bulkAdd(items, analyst);
    const [root, repost] = items as [Item, Item];
    await repos.spreadEdges.put(buildSpreadEdge({ from: root.id, to: repost.id, type: 'repost' }), analyst);
    const result = buildStoredCascades(await repos.spread.chainItems(), [], await repos.spread.links());
    expect(result.ignoredLinks).toEqual([]);
    expect(result.cascades[0]?.metrics.size).toBe(2);
  });
});

describe('manual links', () => {
  it('adds and removes a link, each an audited entry; refuses self-links, duplicates and unknown items', async () => {
    const [source, copy] = [buildItem({ platform: '微博' }), buildItem({ platform: '微信群' })];
    await repos.items.bulkAdd([source, copy], analyst);
    const before = await db.auditLog.count();
    const edge = await repos.spread.addLink(
      { from: source.id, to: copy.id, type: 'copy', at: copy.publishedAt, note: '  复制原文 ' },
      analyst,
    );
    expect(edge).toMatchObject({ from: source.id, to: copy.id, type: 'copy', note: '复制原文', createdBy: analyst.actor });
    expect(await repos.spreadEdges.touching(copy.id)).toEqual([edge]);

    const duplicate = repos.spread.addLink({ from: source.id, to: copy.id, type: 'repost', at: null, note: '' }, analyst);
    await expect(duplicate).rejects.toBeInstanceOf(SpreadLinkError);
    await expect(duplicate).rejects.toMatchObject({ code: 'db.spread.duplicateLink' });
    const selfLink = repos.spread.addLink({ from: copy.id, to: copy.id, type: 'copy', at: null, note: '' }, analyst);
    await expect(selfLink).rejects.toBeInstanceOf(SpreadLinkError);
    await expect(selfLink).rejects.toMatchObject({ code: 'db.spread.selfLink' });
    await expect(repos.spread.addLink({ from: 'missing', to: copy.id, type: 'copy', at: null, note: '' }, analyst)).rejects.toMatchObject({
      constructor: RecordNotFoundError,
      code: 'db.recordNotFound',
      params: { table: 'items', key: 'missing' },
    });

    expect(await repos.spread.removeLink(edge.id, analyst)).toBe(1);
    expect(await repos.spreadEdges.touching(copy.id)).toEqual([]);
    const entries = (await db.auditLog.orderBy('seq').toArray()).slice(before);
    expect(entries.map((entry) => entry.action)).toEqual(['spreadEdges.create', 'spreadEdges.remove']);
    expect(entries[1]?.before).toEqual({ [edge.id]: edge });
    expect(verifyAuditChain(await db.auditLog.orderBy('seq').toArray())).toMatchObject({ ok: true });
  });
});

describe('near-duplicate suggestions', () => {
  const near = `${RUMOUR}！！`;
  const unrelated = '某旗供暖管网维修进展顺利，预计本周内完成全部管段更换，届时小区供暖将恢复正常';

  async function seed() {
    const weibo = buildItem({ platform: '微博', content: RUMOUR, simhash: simhash64(RUMOUR), publishedAt: '2026-10-04T08:00:00+08:00' });
    const wechat = buildItem({ platform: '微信群', content: near, simhash: simhash64(near), publishedAt: '2026-10-04T10:00:00+08:00' });
    const douyin = buildItem({ platform: '抖音', content: near, simhash: simhash64(near), publishedAt: '2026-10-04T09:00:00+08:00' });
    const samePlatform = buildItem({ platform: '微博', content: near, simhash: simhash64(near), publishedAt: '2026-10-04T11:00:00+08:00' });
    const tooLate = buildItem({ platform: '今日头条', content: near, simhash: simhash64(near), publishedAt: '2026-10-20T09:00:00+08:00' });
    const other = buildItem({
      platform: '抖音',
      content: unrelated,
      simhash: simhash64(unrelated),
      publishedAt: '2026-10-04T09:30:00+08:00',
    });
    await repos.items.bulkAdd([weibo, wechat, douyin, samePlatform, tooLate, other], analyst);
    return { weibo, wechat, douyin };
  }

  it('suggests near-duplicates on other platforms within the window, ordered by time, the earlier one as source', async () => {
    const { weibo, wechat, douyin } = await seed();
    const suggestions = await repos.spread.nearDuplicatesOf(weibo);
    expect(suggestions.map((suggestion) => [suggestion.from.id, suggestion.to.id])).toEqual([
      [weibo.id, douyin.id],
      [weibo.id, wechat.id],
    ]);
    expect(suggestions.every((suggestion) => suggestion.distance <= 3)).toBe(true);
    // Seen from the later item, the earlier one is still the source.
    expect((await repos.spread.nearDuplicatesOf(wechat)).map((suggestion) => suggestion.from.id)).toContain(weibo.id);
  });

  it('remembers a dismissed pair and drops a confirmed one, which becomes a link', async () => {
    const { weibo, wechat, douyin } = await seed();
    await repos.spread.dismissSuggestion(weibo.id, douyin.id, analyst);
    await repos.spread.dismissSuggestion(weibo.id, douyin.id, analyst);
    expect(await repos.settings.get(DISMISSED_SUGGESTIONS_KEY, [])).toEqual([`${weibo.id}>${douyin.id}`]);
    await repos.spread.addLink({ from: weibo.id, to: wechat.id, type: 'cross-platform', at: wechat.publishedAt, note: '' }, analyst);
    expect(await repos.spread.nearDuplicatesOf(weibo)).toEqual([]);
  });

  it('has nothing to suggest for an item without a SimHash', async () => {
    await seed();
    expect(await repos.spread.nearDuplicatesOf(buildItem({ simhash: null }))).toEqual([]);
  });
});

describe('refutations of a cascade', () => {
  it('finds refutations linked to any item of the cascade once each, and links another, audited', async () => {
    const items = chain('R1', [{ id: 'A', parent: null, at: '2026-10-04T09:00:00+08:00' }]);
    await repos.items.bulkAdd(items, analyst);
    const [root, repost] = items as [Item, Item];
    const both = buildRefutation({ itemIds: [root.id, repost.id], publishedAt: '2026-10-05T09:00:00+08:00' });
    const later = buildRefutation({ itemIds: [], publishedAt: '2026-10-06T09:00:00+08:00' });
    await repos.refutations.bulkPut([both, later], analyst);
    expect((await repos.spread.refutationsFor([root.id, repost.id])).map((refutation) => refutation.id)).toEqual([both.id]);

    const linked = await repos.spread.linkRefutation(later.id, repost.id, analyst);
    expect(linked.itemIds).toEqual([repost.id]);
    expect((await repos.spread.refutationsFor([root.id, repost.id])).map((refutation) => refutation.id)).toEqual([both.id, later.id]);
    const last = await db.auditLog.orderBy('seq').last();
    expect(last).toMatchObject({ action: 'refutations.update', target: `refutations:${later.id}` });
  });
});
