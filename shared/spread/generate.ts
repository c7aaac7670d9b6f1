import type { SpreadRecord } from './model';
import { formatBeijing } from './time';
import { mulberry32 } from '../random';

export interface GenerateOptions {
  /** nodes including the original */
  nodes: number;
  seed?: number;
  /** the original's time, epoch milliseconds */
  startMs?: number;
}

export interface GeneratedCascade {
  rootId: string;
  rootTime: string;
  /** a repost array as a Weibo collection tool would export it: the original has no record */
  records: SpreadRecord[];
}

const OTHER_PLATFORMS = ['微信群', '微信朋友圈', '抖音', '今日头条'];

/**
 * A repost cascade shaped like the real ones: most reposts hang directly on the original, the rest pick
 * a parent by preferential attachment (a few accounts collect most reposts, a heavy-tailed fan-out),
 * and now and then a chain of reposts of reposts runs deep. Delays are heavy-tailed too, and every
 * repost comes after its parent.
 */
export function generateCascade(options: GenerateOptions): GeneratedCascade {
  const random = mulberry32(options.seed ?? 1);
  const count = Math.max(1, Math.floor(options.nodes));
  const startMs = options.startMs ?? Date.UTC(2020, 1, 3, 6, 5, 0);
  const rootId = 'G0';
  const times = new Float64Array(count);
  times[0] = startMs;
  // Reposts' tokens: a node appears once, once more for each repost it received, and a well-followed
  // account (about one in a hundred) many times more. Picking uniformly from the list is preferential
  // attachment, which gives the few large hubs real cascades show under the original.
  const tokens: number[] = [];
  const records: SpreadRecord[] = [];
  let chainLeft = 0;

  for (let node = 1; node < count; node += 1) {
    let parent: number;
    if (chainLeft > 0) {
      parent = node - 1;
      chainLeft -= 1;
    } else if (random() < 0.003) {
      parent = node - 1;
      chainLeft = Math.min(count, Math.floor(8 / Math.pow(1 - random(), 0.8)));
    } else if (random() < 0.55) {
      parent = 0;
    } else {
      parent = tokens.length === 0 ? 0 : (tokens[Math.floor(random() * tokens.length)] as number);
    }
    const influence = random() < 0.01 ? Math.floor(20 / Math.sqrt(1 - random())) : 1;
    for (let copy = 0; copy < influence; copy += 1) tokens.push(node);
    if (parent !== 0) tokens.push(parent);
    // Pareto delay of at least 20 seconds: most reposts within minutes, a long tail over days.
    const delayMs = Math.min(20_000 / Math.pow(1 - random(), 1.1), 30 * 86_400_000);
    times[node] = (times[parent] as number) + Math.round(delayMs / 1000) * 1000;
    records.push({
      id: `G${node}`,
      parent: parent === 0 ? null : `G${parent}`,
      root: null,
      time: weiboDate(times[node] as number),
      platform: random() < 0.05 ? (OTHER_PLATFORMS[Math.floor(random() * OTHER_PLATFORMS.length)] as string) : '微博',
      account: `u${Math.floor(random() * 1e9)}`,
      text: null,
    });
  }
  return { rootId, rootTime: formatBeijing(startMs), records };
}

/** `2012-09-16 15:05:11` in Beijing time, as Weibo collection tools write it */
function weiboDate(epochMs: number): string {
  return formatBeijing(epochMs).slice(0, 19).replace('T', ' ');
}
