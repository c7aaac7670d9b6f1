import type { IsoDateTime } from '../../../shared/domain/types';
import type { WorkspaceSnapshot } from '../../../shared/domain/workspace';
import { startOfDayInZone } from '../../../shared/time';

const DAY = 24 * 3600 * 1000;
const ISO_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Moves an ISO time by whole days and writes it with the offset it had, as the store keeps it. */
export function shiftIso(value: IsoDateTime, days: number): IsoDateTime {
  const match = ISO_WITH_OFFSET.exec(value);
  if (!match || days === 0) return value;
  const offset = match[2] ?? 'Z';
  const offsetMinutes =
    offset === 'Z' ? 0 : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const shifted = Date.parse(value) + days * DAY;
  const wallClock = new Date(shifted + offsetMinutes * 60_000).toISOString().slice(0, 19);
  return `${wallClock}${offset}`;
}

function shiftNullable(value: IsoDateTime | null, days: number): IsoDateTime | null {
  return value === null ? null : shiftIso(value, days);
}

/**
 * The demo is generated for a fixed day. Loaded months later its 首页 would show nothing "today", so every
 * time in it moves by the same whole number of days until its last reporting day is today (in the
 * workspace zone); the order of events and the time of day stay as written.
 */
export function rebaseDemo(snapshot: WorkspaceSnapshot, now: number, timeZone: string): WorkspaceSnapshot {
  const latestReported = snapshot.items.reduce((latest, item) => Math.max(latest, Date.parse(item.reportedAt)), Number.NEGATIVE_INFINITY);
  if (!Number.isFinite(latestReported)) return snapshot;
  const days = Math.round((startOfDayInZone(now, timeZone) - startOfDayInZone(latestReported, timeZone)) / DAY);
  if (days === 0) return snapshot;
  return {
    ...snapshot,
    tags: snapshot.tags.map((tag) => ({ ...tag, createdAt: shiftIso(tag.createdAt, days) })),
    events: snapshot.events.map((event) => ({
      ...event,
      createdAt: shiftIso(event.createdAt, days),
      updatedAt: shiftIso(event.updatedAt, days),
    })),
    items: snapshot.items.map((item) => ({
      ...item,
      publishedAt: shiftNullable(item.publishedAt, days),
      reportedAt: shiftIso(item.reportedAt, days),
      capturedAt: shiftIso(item.capturedAt, days),
      createdAt: shiftIso(item.createdAt, days),
      updatedAt: shiftIso(item.updatedAt, days),
      assessment: { ...item.assessment, assessedAt: shiftNullable(item.assessment.assessedAt, days) },
      actions: item.actions.map((action) => ({ ...action, at: shiftIso(action.at, days) })),
      provenance: item.provenance.map((source) => ({ ...source, reportedAt: shiftIso(source.reportedAt, days) })),
    })),
    spreadEdges: snapshot.spreadEdges.map((edge) => ({ ...edge, at: shiftNullable(edge.at, days) })),
    refutations: snapshot.refutations.map((refutation) => ({
      ...refutation,
      publishedAt: shiftIso(refutation.publishedAt, days),
      createdAt: shiftIso(refutation.createdAt, days),
    })),
  };
}
