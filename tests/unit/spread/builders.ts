import type { SpreadRecord } from '../../../shared/spread/model';

/** A repost record; tests state only the fields that matter to them. */
export function buildRecord(overrides: Partial<SpreadRecord> & { id: string | null }): SpreadRecord {
  return { parent: null, root: null, time: null, platform: null, account: null, text: null, ...overrides };
}

/** A Weibo-style repost array from `[id, parent]` pairs ('' = reposted the original directly). */
export function repostArray(pairs: readonly (readonly [string, string])[]): SpreadRecord[] {
  return pairs.map(([id, parent]) => buildRecord({ id, parent }));
}

/** A sheet row with 帖子ID / 原帖ID / 上级ID. */
export function sheetRow(id: string, root: string | null, parent: string | null, overrides: Partial<SpreadRecord> = {}): SpreadRecord {
  return buildRecord({ id, root, parent, ...overrides });
}
