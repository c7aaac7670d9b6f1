import type { IsoDateTime } from '../domain/types';
import type { Cascade, SpreadNode } from './model';
import { HOUR_MS, beijingHourStart, formatBeijing } from './time';
import { SpreadShapeError } from './errors';

export interface HourlyGrowth {
  /** start of the Beijing clock hour */
  hour: IsoDateTime;
  added: number;
  cumulative: number;
}

export interface Spreader {
  id: string | null;
  /** masked unless the caller passes an identity mask */
  account: string | null;
  platform: string | null;
  at: IsoDateTime | null;
  directReposts: number;
}

export interface CascadeMetrics {
  root: string | null;
  /** nodes, root included */
  size: number;
  /** edges on the longest root-to-leaf path */
  depth: number;
  /** most nodes at one depth, the root's level included */
  maxBreadth: number;
  /** mean shortest-path distance over all pairs of nodes (Goel et al. 2016); 0 for a single node */
  structuralVirality: number;
  firstAt: IsoDateTime | null;
  lastAt: IsoDateTime | null;
  /** seconds from firstAt until the cascade had half / nine tenths of its final size; null if never timed */
  timeTo50Seconds: number | null;
  timeTo90Seconds: number | null;
  peakHour: IsoDateTime | null;
  /** hours in which nodes appeared, in time order; empty hours are left out since nothing changes in them */
  growth: HourlyGrowth[];
  /** in order of first appearance */
  platforms: string[];
  topSpreaders: Spreader[];
  orphans: number;
}

export interface MetricsOptions {
  topSpreaders?: number;
  /** how accounts are shown; the default masks them (pass `(account) => account` to unmask) */
  maskAccount?: (account: string) => string;
}

/** Keeps the first and last character: enough to tell accounts apart on screen, not to identify one. */
export function maskAccount(account: string): string {
  const characters = Array.from(account);
  if (characters.length <= 1) return '*';
  if (characters.length === 2) return `${characters[0]}*`;
  return `${characters[0]}***${characters[characters.length - 1]}`;
}

export function computeMetrics(cascade: Cascade, options: MetricsOptions = {}): CascadeMetrics {
  const { nodes, parentIndex, level } = cascade;
  const shape = treeShape(parentIndex, level);
  const timeline = timelineOf(nodes);
  return {
    root: cascade.root,
    size: nodes.length,
    depth: shape.depth,
    maxBreadth: shape.maxBreadth,
    structuralVirality: structuralVirality(parentIndex),
    firstAt: timeline.first === null ? null : formatBeijing(timeline.first),
    lastAt: timeline.last === null ? null : formatBeijing(timeline.last),
    timeTo50Seconds: timeToShare(timeline, nodes, 0.5),
    timeTo90Seconds: timeToShare(timeline, nodes, 0.9),
    peakHour: peakHour(timeline.sorted),
    growth: hourlyGrowth(timeline.sorted, untimedRootCount(nodes)),
    platforms: platformsInOrder(nodes),
    topSpreaders: topSpreaders(nodes, parentIndex, options.topSpreaders ?? 10, options.maskAccount ?? maskAccount),
    orphans: cascade.orphans.length,
  };
}

function treeShape(parentIndex: Int32Array, level: Int32Array): { depth: number; maxBreadth: number } {
  const perLevel: number[] = [];
  for (let position = 0; position < parentIndex.length; position += 1) {
    const depth = level[position] as number;
    perLevel[depth] = (perLevel[depth] ?? 0) + 1;
  }
  return { depth: Math.max(0, perLevel.length - 1), maxBreadth: perLevel.reduce((most, count) => Math.max(most, count), 0) };
}

/**
 * Structural virality of a tree given as parent indices with every parent before its children (-1 for
 * the root). The distance summed over all pairs equals, edge by edge, the pairs the edge separates:
 * s·(n−s) for a subtree of s nodes. Subtree sizes come from one backwards pass, so the whole is linear
 * and needs no recursion, whatever the depth.
 */
export function structuralVirality(parentIndex: ArrayLike<number>): number {
  const count = parentIndex.length;
  if (count <= 1) return 0;
  const subtree = new Float64Array(count).fill(1);
  for (let position = count - 1; position > 0; position -= 1) {
    const up = parentIndex[position] as number;
    if (up < 0 || up >= position) throw new SpreadShapeError('spread.parentNotBefore', { position });
    subtree[up] = (subtree[up] as number) + (subtree[position] as number);
  }
  if ((parentIndex[0] as number) !== -1) throw new SpreadShapeError('spread.rootNotFirst');
  const pairs = (count * (count - 1)) / 2;
  // Each term is an exact integer; their sum stays exact in a double up to 2^53, and beyond that (a few
  // hundred thousand nodes) BigInt keeps it exact so the one division below is the only rounding.
  let sum = 0;
  let exact: bigint | null = null;
  for (let position = 1; position < count; position += 1) {
    const size = subtree[position] as number;
    const term = size * (count - size);
    if (exact !== null) exact += BigInt(term);
    else if (sum + term > Number.MAX_SAFE_INTEGER) exact = BigInt(sum) + BigInt(term);
    else sum += term;
  }
  if (exact === null) return sum / pairs;
  const denominator = BigInt(pairs);
  return Number(exact / denominator) + Number(exact % denominator) / pairs;
}

interface Timeline {
  /** epoch milliseconds of every timed node, ascending */
  sorted: Float64Array;
  first: number | null;
  last: number | null;
}

function timelineOf(nodes: readonly SpreadNode[]): Timeline {
  const times: number[] = [];
  for (const node of nodes) if (node.epochMs !== null) times.push(node.epochMs);
  const sorted = Float64Array.from(times).sort();
  return {
    sorted,
    first: sorted.length > 0 ? (sorted[0] as number) : null,
    last: sorted.length > 0 ? (sorted[sorted.length - 1] as number) : null,
  };
}

// An original without a known time was there before any of its reposts, so it counts from the start.
function untimedRootCount(nodes: readonly SpreadNode[]): number {
  return nodes[0] !== undefined && nodes[0].epochMs === null ? 1 : 0;
}

function timeToShare(timeline: Timeline, nodes: readonly SpreadNode[], share: number): number | null {
  if (timeline.first === null) return null;
  const needed = Math.ceil(share * nodes.length) - untimedRootCount(nodes);
  if (needed <= 0) return 0;
  const reached = timeline.sorted[needed - 1];
  return reached === undefined ? null : Math.round((reached - timeline.first) / 1000);
}

function peakHour(sorted: Float64Array): IsoDateTime | null {
  let bestHour: number | null = null;
  let bestCount = 0;
  let currentHour: number | null = null;
  let currentCount = 0;
  for (const epochMs of sorted) {
    const hour = beijingHourStart(epochMs);
    if (hour !== currentHour) {
      currentHour = hour;
      currentCount = 0;
    }
    currentCount += 1;
    // Strictly more: on a tie the earlier hour, met first in ascending order, stays.
    if (currentCount > bestCount) {
      bestCount = currentCount;
      bestHour = currentHour;
    }
  }
  return bestHour === null ? null : formatBeijing(bestHour);
}

function hourlyGrowth(sorted: Float64Array, startingCount: number): HourlyGrowth[] {
  const growth: HourlyGrowth[] = [];
  let cumulative = startingCount;
  let index = 0;
  while (index < sorted.length) {
    const hour = beijingHourStart(sorted[index] as number);
    let added = 0;
    while (index < sorted.length && (sorted[index] as number) < hour + HOUR_MS) {
      added += 1;
      index += 1;
    }
    cumulative += added;
    growth.push({ hour: formatBeijing(hour), added, cumulative });
  }
  return growth;
}

function platformsInOrder(nodes: readonly SpreadNode[]): string[] {
  const byTime = nodes
    .map((node, position) => ({ node, position }))
    .sort((a, b) => compareTimes(a.node.epochMs, b.node.epochMs) || a.position - b.position);
  const seen = new Set<string>();
  for (const { node } of byTime) if (node.platform !== null) seen.add(node.platform);
  return [...seen];
}

// Untimed nodes sort after timed ones: their place in time is unknown, not early.
function compareTimes(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

function topSpreaders(nodes: readonly SpreadNode[], parentIndex: Int32Array, limit: number, mask: (account: string) => string): Spreader[] {
  const direct = new Int32Array(nodes.length);
  for (let position = 1; position < nodes.length; position += 1) {
    const up = parentIndex[position] as number;
    direct[up] = (direct[up] as number) + 1;
  }
  const spreading: number[] = [];
  for (let position = 0; position < nodes.length; position += 1) if ((direct[position] as number) > 0) spreading.push(position);
  spreading.sort(
    (a, b) => (direct[b] as number) - (direct[a] as number) || compareTimes(nodes[a]?.epochMs ?? null, nodes[b]?.epochMs ?? null) || a - b,
  );
  return spreading.slice(0, Math.max(0, limit)).map((position) => {
    const node = nodes[position] as SpreadNode;
    return {
      id: node.id,
      account: node.account === null ? null : mask(node.account),
      platform: node.platform,
      at: node.at,
      directReposts: direct[position] as number,
    };
  });
}
