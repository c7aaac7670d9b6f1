// Cascades from the store: items of repost chains (rootExternalId / parentExternalId, as imports write
// them) and the analysts' links, turned into the records and links of shared/spread so the page, desk
// trace and the benchmark share one cascade model. Pure: items in, cascades out.
import type { Item, SpreadEdge } from '../../../shared/domain/types';
import { computeMetrics, type CascadeMetrics } from '../../../shared/spread/metrics';
import { buildCascades, type Cascade, type SpreadLink, type SpreadRecord } from '../../../shared/spread/model';

/** Node ids of originals (or parents) named by a chain but not in the store: the prefix keeps them apart from item ids. */
export const EXTERNAL_PREFIX = 'ext:';

export function externalNodeId(externalId: string): string {
  return `${EXTERNAL_PREFIX}${externalId}`;
}

/** The external id behind a node that has no item, or null for a node that is an item. */
export function externalIdOfNode(nodeId: string | null): string | null {
  return nodeId !== null && nodeId.startsWith(EXTERNAL_PREFIX) ? nodeId.slice(EXTERNAL_PREFIX.length) : null;
}

export interface StoredCascade {
  /** the root node's id: an item id, or ext:<externalId> for an original that was never imported */
  key: string;
  cascade: Cascade;
  metrics: CascadeMetrics;
  /** the root item, when the original is in the store */
  rootItem: Item | null;
  /** ids of the items in it */
  itemIds: string[];
  /** links in it, for the edge list and the side panel */
  links: SpreadEdge[];
  /** the import batch of a repost file whose original the file only implies (its root can be described) */
  batchId?: string;
  /** that batch's files: what tells two repost files apart while their originals are unnamed */
  files?: readonly string[];
}

export interface CascadeSet {
  /** cascades of two or more nodes, largest first, then by key */
  cascades: StoredCascade[];
  /** links that could not be used, with the reason */
  ignoredLinks: { from: string; to: string; reason: string }[];
}

/**
 * `chainItems` are the items with a rootExternalId; `linkedItems` the other items that links touch;
 * `repostFiles` the imported repost arrays whose original only the file implies (their items have parents
 * but no rootExternalId): each joins the chain of the original the analyst named, or forms its own.
 * Within a chain an external id names the first item that carries it (the store keeps one per platform).
 */
export function buildStoredCascades(
  chainItems: readonly Item[],
  linkedItems: readonly Item[],
  links: readonly SpreadEdge[],
  repostFiles: readonly ImpliedRootBatch[] = [],
): CascadeSet {
  const itemById = new Map<string, Item>();
  const chainOf = new Map<string, string>();
  for (const item of chainItems) {
    if (itemById.has(item.id)) continue;
    itemById.set(item.id, item);
    if (item.rootExternalId !== null) chainOf.set(item.id, item.rootExternalId);
  }
  // An unnamed original gets a chain of its own that no external id can spell (ids hold no NUL).
  const fileChain = (batch: ImpliedRootBatch) => batch.root.rootId ?? `\u0000${batch.batchId}`;
  const unnamedRootNode = new Map<string, string>();
  for (const batch of repostFiles) {
    const chain = fileChain(batch);
    if (batch.root.rootId === null) unnamedRootNode.set(chain, `${BATCH_PREFIX}${batch.batchId}`);
    for (const item of batch.items) {
      if (itemById.has(item.id)) continue;
      itemById.set(item.id, item);
      chainOf.set(item.id, chain);
    }
  }
  for (const item of linkedItems) if (!itemById.has(item.id)) itemById.set(item.id, item);

  const itemIdByChainExternal = new Map<string, string>();
  for (const [itemId, chain] of chainOf) {
    const externalId = itemById.get(itemId)?.externalId ?? null;
    if (externalId === null) continue;
    const key = chainKey(chain, externalId);
    if (!itemIdByChainExternal.has(key)) itemIdByChainExternal.set(key, itemId);
  }
  const nodeOf = (root: string, externalId: string) => itemIdByChainExternal.get(chainKey(root, externalId)) ?? externalNodeId(externalId);
  const rootNodeOf = (chain: string) => unnamedRootNode.get(chain) ?? nodeOf(chain, chain);

  const records: SpreadRecord[] = [];
  // What the analyst said about a file's original becomes that original's record, unless it was imported itself.
  const fileOfRoot = new Map<string, ImpliedRootBatch>();
  for (const batch of repostFiles) {
    const rootNode = rootNodeOf(fileChain(batch));
    if (fileOfRoot.has(rootNode)) continue;
    fileOfRoot.set(rootNode, batch);
    if (itemById.has(rootNode)) continue;
    records.push({
      id: rootNode,
      parent: null,
      root: rootNode,
      time: batch.root.rootTime,
      platform: batch.items.find((item) => item.platform !== null)?.platform ?? null,
      account: null,
      text: batch.root.rootText,
    });
  }

  const claimedParent = new Map<string, string | null>();
  for (const item of itemById.values()) {
    const root = chainOf.get(item.id) ?? null;
    let rootNode: string | null = null;
    let parent: string | null = null;
    if (root !== null) {
      rootNode = rootNodeOf(root);
      const named = item.parentExternalId;
      // A parent that is the original itself, or none, means it reposted the original directly.
      parent = named === null || named === root ? null : nodeOf(root, named);
    }
    claimedParent.set(item.id, parent ?? (rootNode === item.id ? null : rootNode));
    records.push({
      id: item.id,
      parent,
      root: rootNode,
      time: item.publishedAt,
      platform: item.platform,
      account: item.account,
      text: item.title ?? item.content,
    });
  }

  // Links that repeat what a chain already says (an import or the demo may store a repost edge both
  // ways) are not conflicts; only a link that disagrees with a node's parent is reported.
  const usable = links.filter((link) => claimedParent.get(link.to) !== link.from);
  const spreadLinks: SpreadLink[] = usable.map((link) => ({ from: link.from, to: link.to, type: link.type, at: link.at }));
  const built = buildCascades(records, { links: spreadLinks });

  const linksByTarget = new Map<string, SpreadEdge[]>();
  for (const link of links) linksByTarget.set(link.to, [...(linksByTarget.get(link.to) ?? []), link]);

  const cascades: StoredCascade[] = [];
  for (const cascade of built.cascades) {
    if (cascade.nodes.length < 2) continue;
    const itemIds: string[] = [];
    const cascadeLinks: SpreadEdge[] = [];
    for (const node of cascade.nodes) {
      if (node.id === null || !itemById.has(node.id)) continue;
      itemIds.push(node.id);
      cascadeLinks.push(...(linksByTarget.get(node.id) ?? []));
    }
    const key = cascade.root ?? externalNodeId('');
    const file = fileOfRoot.get(key);
    cascades.push({
      key,
      cascade,
      metrics: computeMetrics(cascade),
      rootItem: itemById.get(key) ?? null,
      itemIds,
      links: cascadeLinks,
      ...(file ? { batchId: file.batchId, files: file.files } : {}),
    });
  }
  cascades.sort((a, b) => b.cascade.nodes.length - a.cascade.nodes.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { cascades, ignoredLinks: built.ignoredLinks };
}

function chainKey(root: string, externalId: string): string {
  return `${root}\u001f${externalId}`;
}

/** Node id of the original of a repost file whose original nobody named: one per import batch. */
export const BATCH_PREFIX = 'batch:';

/** What the analyst said about the original of a repost file: the file has no record of it (as desk trace's --root-*). */
export interface ImpliedRootDescription {
  rootId: string | null;
  rootText: string | null;
  rootTime: string | null;
}

/**
 * A repost file imported without 原帖ID: its records name only their parent (Weibo's mid / parent), so
 * the items carry parentExternalId and no rootExternalId. The file itself implies the original.
 */
export interface ImpliedRootBatch {
  batchId: string;
  files: readonly string[];
  /** the batch's items that belong to no chain (rootExternalId null) */
  items: readonly Item[];
  root: ImpliedRootDescription;
}
