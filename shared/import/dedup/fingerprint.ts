import { sha256Hex } from '../../crypto/sha256';
import { normaliseDedupText } from './simhash';
import { normaliseUrl } from './url';

// Exact duplicates: the same normalised URL; or the same external ID on the same
// platform, a missing platform matching any; or, for items with neither, the same normalised text from
// the same unit on the same day.

export interface DedupFields {
  url: string | null;
  platform: string | null;
  externalId: string | null;
  title: string | null;
  content: string | null;
  unit: string | null;
  /** YYYY-MM-DD the item is dated by (publishedAt, else reportedAt, else the import day) */
  day: string;
}

export interface ExactKeys {
  url: string | null;
  externalId: string | null;
  platform: string;
  /** only for items without URL and ID */
  text: string | null;
}

export function exactKeys(fields: DedupFields, trackingParameters: readonly string[] = []): ExactKeys {
  const url = fields.url ? normaliseUrl(fields.url, trackingParameters) : null;
  const externalId = fields.externalId?.trim() || null;
  let text: string | null = null;
  if (!url && !externalId) {
    const normalised = normaliseDedupText(`${fields.title ?? ''}${fields.content ?? ''}`);
    text = `${normalised}\u001f${(fields.unit ?? '').trim()}\u001f${fields.day}`;
  }
  return { url, externalId, platform: fields.platform ?? '', text };
}

/** The one exact key, hashed: URL first, then platform + ID, then text + unit + day. */
export function fingerprintOf(keys: ExactKeys): string {
  const primary = keys.url ? `url:${keys.url}` : keys.externalId ? `id:${keys.platform}|${keys.externalId}` : `text:${keys.text ?? ''}`;
  return sha256Hex(primary);
}

/** Within one file: which earlier row (by index) a row exactly duplicates. */
export class WithinFileDuplicates {
  private readonly byUrl = new Map<string, number>();
  /** externalId → platform ('' for none) → first index */
  private readonly byId = new Map<string, Map<string, number>>();
  private readonly byText = new Map<string, number>();

  /** Returns the earlier index this one duplicates, and remembers it either way. */
  check(keys: ExactKeys, index: number): number | null {
    let earlier: number | null = null;
    if (keys.url) {
      earlier = this.byUrl.get(keys.url) ?? null;
      if (!this.byUrl.has(keys.url)) this.byUrl.set(keys.url, index);
    }
    if (keys.externalId) {
      let platforms = this.byId.get(keys.externalId);
      if (!platforms) {
        platforms = new Map();
        this.byId.set(keys.externalId, platforms);
      }
      const samePlatform = platforms.get(keys.platform) ?? (keys.platform === '' ? firstValue(platforms) : platforms.get(''));
      if (earlier === null && samePlatform !== undefined) earlier = samePlatform;
      if (!platforms.has(keys.platform)) platforms.set(keys.platform, index);
    }
    if (keys.text) {
      earlier ??= this.byText.get(keys.text) ?? null;
      if (!this.byText.has(keys.text)) this.byText.set(keys.text, index);
    }
    return earlier;
  }
}

function firstValue(map: Map<string, number>): number | undefined {
  let lowest: number | undefined;
  for (const value of map.values()) if (lowest === undefined || value < lowest) lowest = value;
  return lowest;
}
