import type { Item, OpinionEvent, Refutation, Reporter, SpreadEdge, Tag, Unit } from './types';

/**
 * A workspace's content as plain data: what the demo workspace ships as, and what a first run loads in
 * one transaction. Profiles are not part of it: people are local to the workstation.
 */
export interface WorkspaceSnapshot {
  format: 'opinion-desk-workspace';
  version: 1;
  units: Unit[];
  reporters: Reporter[];
  tags: Tag[];
  events: OpinionEvent[];
  items: Item[];
  spreadEdges: SpreadEdge[];
  refutations: Refutation[];
}
