// What an imported row does to an item: becomes a new one, or merges into the stored one it duplicates
// exactly; and what undoing that merge puts back.
import type { Feed, Item, Metrics, Provenance } from '../../shared/domain/types';
import { newId } from '../../shared/ids';
import type { ImportedItem } from '../../shared/import/result';

/** The fields a merge changes, as they were: what undo puts back. */
export interface MergeSnapshot {
  feeds: Feed[];
  provenance: Provenance[];
  metrics: Metrics;
  updatedAt: string;
  rev: number;
}

const METRIC_KEYS = ['reposts', 'comments', 'likes', 'views'] as const;

export function snapshotOf(item: Item): MergeSnapshot {
  return {
    feeds: [...item.feeds],
    provenance: item.provenance.map((entry) => ({ ...entry })),
    metrics: { ...item.metrics },
    updatedAt: item.updatedAt,
    rev: item.rev,
  };
}

export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The newest report's counts are the latest: a count it gives replaces the stored one, a missing one does not. */
function latestMetrics(stored: Metrics, incoming: Metrics): Metrics {
  const merged = { ...stored };
  for (const key of METRIC_KEYS) {
    const value = incoming[key];
    if (value !== null) merged[key] = value;
  }
  return merged;
}

function provenanceOf(batchId: string, imported: ImportedItem): Provenance {
  return {
    batchId,
    feed: imported.record.feed,
    file: imported.provenance.file,
    sheet: imported.provenance.sheet,
    row: imported.provenance.row,
    reportedAt: imported.effectiveReportedAt,
  };
}

export function itemFromImport(
  imported: ImportedItem,
  batchId: string,
  nowIso: string,
  unitIds: ReadonlyMap<string, string>,
  reporterIds: ReadonlyMap<string, string>,
): Item {
  const { record } = imported;
  return {
    id: newId(),
    kind: record.kind,
    feeds: [record.feed],
    platform: record.platform,
    title: record.title,
    content: record.content,
    url: record.url,
    account: record.account,
    publishedAt: record.publishedAt,
    reportedAt: imported.effectiveReportedAt,
    capturedAt: nowIso,
    region: record.region,
    unitId: record.unit === null ? null : (unitIds.get(record.unit) ?? null),
    reporterId: record.reporter === null ? null : (reporterIds.get(record.reporter) ?? null),
    metrics: { ...record.metrics },
    tags: [],
    eventId: null,
    assessment: { sentiment: record.sentiment, risk: null, veracity: null, category: null, assessedBy: null, assessedAt: null },
    status: 'new',
    actions: [],
    notOpinion: false,
    fingerprint: imported.fingerprint,
    simhash: imported.simhash,
    provenance: [provenanceOf(batchId, imported)],
    externalId: record.externalId,
    rootExternalId: record.rootExternalId,
    parentExternalId: record.parentExternalId,
    createdAt: nowIso,
    updatedAt: nowIso,
    rev: 1,
  };
}

export function mergeInto(item: Item, imported: ImportedItem, batchId: string, nowIso: string): Item {
  const feed = imported.record.feed;
  return {
    ...item,
    feeds: item.feeds.includes(feed) ? item.feeds : [...item.feeds, feed],
    provenance: [...item.provenance, provenanceOf(batchId, imported)],
    metrics: latestMetrics(item.metrics, imported.record.metrics),
    updatedAt: nowIso,
    rev: item.rev + 1,
  };
}

/** Feeds of what remains: the first ones as they were, then any a later report added. */
export function feedsAfterRemoving(
  item: Item,
  batchId: string,
  restoredFeeds: readonly Feed[],
): { feeds: Feed[]; provenance: Provenance[] } {
  const provenance = item.provenance.filter((entry) => entry.batchId !== batchId);
  const feeds = [...restoredFeeds];
  for (const entry of provenance) if (!feeds.includes(entry.feed)) feeds.push(entry.feed);
  return { feeds, provenance };
}
