// Repost cascades: a root post and the reposts of reposts that grow from it, each linked to its parent by a
// spread edge, the way a platform's repost chain reads.
import type { Item, SpreadEdge } from '../../shared/domain/types';
import { addItem, DEMO_ACTOR } from './items';
import type { ItemPlan } from './items';
import { nickname } from './names';
import { digits, int, pick, random, uuid } from './random';
import { HOUR, iso } from './time';

/** every spread edge, from the cascades and from the links an analyst drew by hand */
export const spreadEdges: SpreadEdge[] = [];

export interface CascadeNode {
  item: Item;
  externalId: string;
  at: number;
}

export function buildCascade(options: {
  root: ItemPlan;
  size: number;
  comments: readonly string[];
  spreadHours: number;
  tags: string[];
  eventId: string | null;
}): CascadeNode[] {
  const rootExternalId = options.root.externalId!;
  const rootItem = addItem(options.root);
  const rootAt = options.root.publishedAt!;
  const nodes: CascadeNode[] = [{ item: rootItem, externalId: rootExternalId, at: rootAt }];
  for (let index = 1; index < options.size; index += 1) {
    // Early nodes attract most reposts: prefer recent, well-connected parents, as real cascades do.
    const parent = nodes[Math.floor(Math.pow(random(), 1.8) * nodes.length)]!;
    const at = Math.max(parent.at + int(2, 50) * 60_000, rootAt + Math.pow(index / options.size, 2) * options.spreadHours * HOUR);
    const externalId = digits(16);
    const account = nickname();
    const parentAccount = parent.item.account ?? '';
    const comment = pick(options.comments);
    const content = parent === nodes[0] ? comment : `${comment}//@${parentAccount}: ${parent.item.content?.split('//@')[0] ?? ''}`;
    const reportedAt = Math.max(at + int(20, 120) * 60_000, options.root.reportedAt);
    const item = addItem({
      ...options.root,
      title: null,
      content,
      account,
      externalId,
      rootExternalId,
      parentExternalId: parent.externalId,
      publishedAt: at,
      reportedAt,
      tags: options.tags,
      eventId: options.eventId,
      status: undefined,
      metrics: { reposts: int(0, 40), comments: int(0, 60), likes: int(0, 200), views: null },
      url: undefined,
    });
    nodes.push({ item, externalId, at });
    spreadEdges.push({ id: uuid(), from: parent.item.id, to: item.id, type: 'repost', at: iso(at), note: '', createdBy: DEMO_ACTOR });
  }
  return nodes;
}
