// The numbers behind the cascade view's tabs, as pure functions of a cascade (no DOM, no ECharts):
// growth per platform, the cross-platform path, the rumour and refutation curves, the edge list.
import type { Refutation } from '../../../shared/domain/types';
import { maskAccount } from '../../../shared/spread/metrics';
import type { Cascade, SpreadNode } from '../../../shared/spread/model';
import { HOUR_MS, beijingHourStart } from '../../../shared/spread/time';

/** Nodes without a platform are counted under this label key's text, given by the caller. */
export interface PlatformGrowth {
  /** start of each Beijing clock hour from the first node's to the last node's, epoch ms */
  hours: number[];
  /** per platform (in order of first appearance), the cumulative node count at the end of each hour */
  series: { platform: string | null; cumulative: number[] }[];
  /** nodes without a known time: they are in no curve, and the view says so */
  untimed: number;
}

/** Every hour between the first and last node, so flat stretches show as flat rather than skipped. */
export function platformGrowth(cascade: Cascade, maxHours = 24 * 60): PlatformGrowth {
  const timed = cascade.nodes.filter((node) => node.epochMs !== null) as (SpreadNode & { epochMs: number })[];
  const untimedRoot = cascade.nodes[0] !== undefined && cascade.nodes[0].epochMs === null ? 1 : 0;
  if (timed.length === 0) return { hours: [], series: [], untimed: cascade.nodes.length };
  timed.sort((a, b) => a.epochMs - b.epochMs);
  const first = beijingHourStart((timed[0] as { epochMs: number }).epochMs);
  const last = beijingHourStart((timed[timed.length - 1] as { epochMs: number }).epochMs);
  // A cascade that trickles on for months would give thousands of points; beyond maxHours each point
  // stands for several hours, still ending at the last node so the final size is exact.
  const stepHours = Math.max(1, Math.ceil((last - first) / HOUR_MS / maxHours));
  const step = stepHours * HOUR_MS;
  const hours: number[] = [];
  for (let hour = first; hour <= last; hour += step) hours.push(hour);

  const order: (string | null)[] = [];
  const added = new Map<string | null, Int32Array>();
  const bucketOf = (epochMs: number) => Math.min(hours.length - 1, Math.floor((beijingHourStart(epochMs) - first) / step));
  const platformCounts = (platform: string | null) => {
    let counts = added.get(platform);
    if (!counts) {
      counts = new Int32Array(hours.length);
      added.set(platform, counts);
      order.push(platform);
    }
    return counts;
  };
  if (untimedRoot === 1) {
    const counts = platformCounts(cascade.nodes[0]?.platform ?? null);
    counts[0] = (counts[0] as number) + 1;
  }
  for (const node of timed) {
    const counts = platformCounts(node.platform);
    const bucket = bucketOf(node.epochMs);
    counts[bucket] = (counts[bucket] as number) + 1;
  }
  const series = order.map((platform) => {
    const counts = added.get(platform) as Int32Array;
    let running = 0;
    return { platform, cumulative: Array.from(counts, (count) => (running += count)) };
  });
  return { hours, series, untimed: cascade.nodes.length - timed.length - untimedRoot };
}

export interface PathStep {
  platform: string;
  /** the first node seen on it */
  node: SpreadNode;
  position: number;
  /** seconds after the cascade's first known time; null when the node's time is unknown */
  afterSeconds: number | null;
}

/** The first appearance on each platform, in time order (untimed nodes after timed ones, in cascade order). */
export function platformPath(cascade: Cascade): PathStep[] {
  const positions = cascade.nodes.map((_, position) => position);
  positions.sort((a, b) => compareTimes(cascade.nodes[a]?.epochMs ?? null, cascade.nodes[b]?.epochMs ?? null) || a - b);
  const firstTime = cascade.nodes.reduce<number | null>(
    (earliest, node) => (node.epochMs !== null && (earliest === null || node.epochMs < earliest) ? node.epochMs : earliest),
    null,
  );
  const steps: PathStep[] = [];
  const seen = new Set<string>();
  for (const position of positions) {
    const node = cascade.nodes[position] as SpreadNode;
    if (node.platform === null || seen.has(node.platform)) continue;
    seen.add(node.platform);
    steps.push({
      platform: node.platform,
      node,
      position,
      afterSeconds: node.epochMs === null || firstTime === null ? null : Math.round((node.epochMs - firstTime) / 1000),
    });
  }
  return steps;
}

function compareTimes(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

export interface RumourCurves {
  /** [epoch ms, cumulative nodes] at each node's time */
  rumour: [number, number][];
  /** [epoch ms, cumulative refutations published] */
  refutations: [number, number][];
  /** the first refutation's time, null when none has a readable time */
  firstRefutationMs: number | null;
  /** nodes that appeared after the first refutation: how much spread it did not prevent */
  afterFirstRefutation: number;
}

/** Both curves on one time axis: the cascade's growth and the refutations published against it. */
export function rumourCurves(cascade: Cascade, refutations: readonly Refutation[]): RumourCurves {
  const times = cascade.nodes.flatMap((node) => (node.epochMs === null ? [] : [node.epochMs])).sort((a, b) => a - b);
  const untimedRoot = cascade.nodes[0]?.epochMs === null ? 1 : 0;
  const rumour = times.map((time, index): [number, number] => [time, index + 1 + untimedRoot]);
  const published = refutations
    .map((refutation) => Date.parse(refutation.publishedAt))
    .filter((time) => Number.isFinite(time))
    .sort((a, b) => a - b);
  const refutationPoints = published.map((time, index): [number, number] => [time, index + 1]);
  const firstRefutationMs = published[0] ?? null;
  const afterFirstRefutation = firstRefutationMs === null ? 0 : times.filter((time) => time > firstRefutationMs).length;
  return { rumour, refutations: refutationPoints, firstRefutationMs, afterFirstRefutation };
}

export interface EdgeRow {
  from: string;
  to: string;
  type: string;
  at: string | null;
  platform: string | null;
  account: string | null;
  level: number;
  orphan: boolean;
}

/** One row per edge (every node but the root), in cascade order; accounts masked unless `unmasked`. */
export function edgeRows(cascade: Cascade, unmasked: boolean): EdgeRow[] {
  const rows: EdgeRow[] = [];
  for (let position = 1; position < cascade.nodes.length; position += 1) {
    const node = cascade.nodes[position] as SpreadNode;
    const parent = cascade.nodes[cascade.parentIndex[position] as number] as SpreadNode;
    rows.push({
      from: parent.id ?? '',
      to: node.id ?? '',
      type: node.via ?? 'repost',
      at: node.at,
      platform: node.platform,
      account: node.account === null ? null : unmasked ? node.account : maskAccount(node.account),
      level: cascade.level[position] as number,
      orphan: node.orphan,
    });
  }
  return rows;
}
