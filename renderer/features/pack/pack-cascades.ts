// The cascades among a pack's items, for its 传播分析 sheet and cascade charts. The same cascade model as
// the 传播 page (shared/spread through cascade-source), so the pack's figures match what analysts saw there.
import type { Item, SpreadEdge } from '../../../shared/domain/types';
import type { CascadeMetricRow } from '../../../shared/export/workbook';
import { buildStoredCascades, type ImpliedRootBatch, type StoredCascade } from '../spread';

/**
 * Cascades of two or more nodes among the items, largest first; links whose ends are both in the pack add
 * to them. `repostBatches` are the store's repost files whose original only the file implies (as the 传播
 * page reads them): their listed items form those cascades, as on the page, instead of being left out
 * because they carry no rootExternalId.
 */
export function packCascades(
  items: readonly Item[],
  links: readonly SpreadEdge[] = [],
  repostBatches: readonly ImpliedRootBatch[] = [],
): StoredCascade[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const ownLinks = links.filter((link) => byId.has(link.from) && byId.has(link.to));
  const linked = new Set(ownLinks.flatMap((link) => [link.from, link.to]));
  const chainItems = items.filter((item) => item.rootExternalId !== null);
  const linkedItems = items.filter((item) => item.rootExternalId === null && linked.has(item.id));
  // Only the listed part of a file, and as the pack lists it: the workbook and the cascade must agree.
  const ownBatches = repostBatches.flatMap((batch) => {
    const listed = batch.items.flatMap((item) => byId.get(item.id) ?? []);
    return listed.length === 0 ? [] : [{ ...batch, items: listed }];
  });
  return buildStoredCascades(chainItems, linkedItems, ownLinks, ownBatches).cascades;
}

/** One 传播分析 row per cascade; accounts stay clear here, the workbook masks them with the pack's key. */
export function cascadeMetricRow(stored: StoredCascade): CascadeMetricRow {
  const { cascade, metrics, rootItem } = stored;
  const root = cascade.nodes[0];
  let crossPlatformEdges = 0;
  for (let position = 1; position < cascade.nodes.length; position += 1) {
    const from = cascade.nodes[cascade.parentIndex[position] as number]?.platform ?? null;
    const to = cascade.nodes[position]?.platform ?? null;
    if (from !== null && to !== null && from !== to) crossPlatformEdges += 1;
  }
  return {
    rootItemId: rootItem?.id ?? stored.key,
    title: rootItem?.title ?? rootItem?.content?.slice(0, 60) ?? root?.text ?? null,
    platform: root?.platform ?? null,
    account: root?.account ?? null,
    url: rootItem?.url ?? null,
    publishedAt: root?.at ?? null,
    nodeCount: metrics.size,
    edgeCount: cascade.nodes.length - 1,
    depth: metrics.depth,
    maxBreadth: metrics.maxBreadth,
    platforms: metrics.platforms,
    crossPlatformEdges,
    firstSpreadAt: metrics.firstAt,
    lastSpreadAt: metrics.lastAt,
  };
}
