import type { IsoDateTime, SpreadEdgeType } from '../domain/types';

// The shapes of the spread model: what a partner file says about posts, and the cascades built from it.

/**
 * One post as a partner file describes it. Weibo repost arrays give `parent` only (their original is
 * implied); sheets give 帖子ID / 原帖ID / 上级ID, so one sheet can hold several cascades.
 */
export interface SpreadRecord {
  /** null or empty: the record cannot be a node and is counted in skippedRecords */
  id: string | null;
  /** the post it reposted; empty or null = it reposted its original directly */
  parent: string | null;
  /** the original of its cascade (原帖ID); null when the input implies a single original */
  root: string | null;
  /** as written in the file: Beijing wall clock, Unix seconds, API date, or a year-less date */
  time: string | number | null;
  platform: string | null;
  account: string | null;
  text: string | null;
}

/** A link an analyst drew by hand (SpreadEdge without its bookkeeping): `to` copied or reposted `from`. */
export interface SpreadLink {
  from: string;
  to: string;
  type: SpreadEdgeType;
  at: IsoDateTime | null;
}

export interface BuildOptions {
  /** the input is a repost array whose original has no record of its own (it still counts as a node) */
  impliedRoot?: boolean;
  /** describe the original: its id, text and time (a root with a record of its own keeps its record's values) */
  rootId?: string | null;
  rootText?: string | null;
  rootTime?: string | number | null;
  rootPlatform?: string | null;
  /** the year for dates written without one */
  year?: number | null;
  links?: readonly SpreadLink[];
}

export interface SpreadNode {
  /** null only for an implied original whose id nobody gave */
  id: string | null;
  at: IsoDateTime | null;
  epochMs: number | null;
  platform: string | null;
  account: string | null;
  text: string | null;
  /** its parent was not in the data, so it hangs directly under the root */
  orphan: boolean;
  /** position in the input (records, then links); -1 for an original the input only implies */
  order: number;
  /** how it joined its parent: a record is a repost, a manual link brings its own type */
  via: SpreadEdgeType | null;
}

export interface DroppedEdge {
  id: string;
  /** the parent it named; null when it only hung under its original */
  parent: string | null;
  reason: string;
}

export interface Cascade {
  root: string | null;
  /** breadth first: nodes[0] is the root and every parent comes before its children */
  nodes: SpreadNode[];
  /** index into nodes of each node's parent, -1 for the root */
  parentIndex: Int32Array;
  /** edges from the root, per node */
  level: Int32Array;
  /** ids of nodes whose parent was missing from the data */
  orphans: string[];
  dropped: DroppedEdge[];
}

export interface IgnoredLink {
  from: string;
  to: string;
  reason: string;
}

export interface BuildResult {
  /** in order of their roots' first appearance */
  cascades: Cascade[];
  /** ids whose later records were ignored because the first record wins */
  duplicates: string[];
  /** records without an id: they cannot be a node */
  skippedRecords: number;
  ignoredLinks: IgnoredLink[];
  invalidTimes: { id: string | null; text: string }[];
}
