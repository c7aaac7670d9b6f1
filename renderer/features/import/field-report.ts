// A field report (社会舆情): something heard in society, typed in by the analyst as it is phoned in.
// It becomes an item like any imported row, so duplicates and reports treat both alike.
import type { Feed, Item, ItemKind } from '../../../shared/domain/types';
import { exactKeys } from '../../../shared/import/dedup/fingerprint';
import { freshItemState } from '../../../shared/import/fresh-item';
import { formatEpochInZone, isoDay, zonedWallToEpochMs } from '../../../shared/time';
import { newId } from '../../../shared/ids';

export const FIELD_FEEDS: readonly Feed[] = ['grid', 'staff', 'acquaintance', 'other'];

export interface FieldReportInput {
  title: string;
  content: string;
  region: string;
  /** the value of a datetime-local input (YYYY-MM-DDTHH:mm) in the workspace zone, or '' */
  when: string;
  unitId: string;
  unitName: string;
  reporterId: string;
  feed: Feed;
  kind: ItemKind;
}

/** `2026-03-02T09:30` read as a wall time in `zone`, as ISO with offset; null when empty or unreadable. */
export function wallInputToIso(value: string, zone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  return formatEpochInZone(zonedWallToEpochMs({ year, month, day, hour, minute, second: 0 }, zone), zone);
}

export function fieldReportItem(input: FieldReportInput, now: Date, zone: string): Item {
  const nowIso = formatEpochInZone(now.getTime(), zone) ?? now.toISOString();
  const publishedAt = wallInputToIso(input.when, zone);
  const title = input.title.trim() || null;
  const content = input.content.trim() || null;
  const keys = exactKeys({
    url: null,
    platform: '线下',
    externalId: null,
    title,
    content,
    unit: input.unitName || null,
    day: isoDay(publishedAt) || isoDay(nowIso),
  });
  return {
    id: newId(),
    kind: input.kind,
    feeds: [input.feed],
    platform: '线下',
    title,
    content,
    url: null,
    account: null,
    publishedAt,
    reportedAt: nowIso,
    capturedAt: nowIso,
    region: input.region.trim() || null,
    unitId: input.unitId || null,
    reporterId: input.reporterId || null,
    metrics: { reposts: null, comments: null, likes: null, views: null },
    ...freshItemState(title, content, keys),
    provenance: [{ batchId: null, feed: input.feed, file: null, sheet: null, row: null, reportedAt: nowIso }],
    externalId: null,
    rootExternalId: null,
    parentExternalId: null,
    createdAt: nowIso,
    updatedAt: nowIso,
    rev: 1,
  };
}
