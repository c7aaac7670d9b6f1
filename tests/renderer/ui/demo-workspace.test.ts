import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEEDS, ITEM_KINDS, ITEM_STATUSES } from '../../../shared/domain/types';
import type { WorkspaceSnapshot } from '../../../shared/domain/workspace';
import { rebaseDemo, shiftIso } from '../../../renderer/features/first-run/demo-rebase';
import { buildWorkspace } from '../../builders';

const COMMITTED = 'resources/demo/demo-workspace.json';
const demo = JSON.parse(readFileSync(COMMITTED, 'utf8')) as WorkspaceSnapshot;
const distinct = <T>(values: T[]) => new Set(values);

describe('the committed demo workspace', () => {
  it('is what the seeded generator writes, byte for byte', () => {
    const output = join(mkdtempSync(join(tmpdir(), 'demo-')), 'demo.json');
    const run = spawnSync('npx', ['tsx', 'scripts/gen-demo.ts', output], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(readFileSync(COMMITTED, 'utf8'));
  });

  it('has about 300 items across every feed, both kinds, every status and many platforms and regions', () => {
    expect(demo.items.length).toBeGreaterThanOrEqual(280);
    expect(demo.items.length).toBeLessThanOrEqual(320);
    expect(distinct(demo.items.flatMap((item) => item.feeds))).toEqual(distinct([...FEEDS]));
    expect(distinct(demo.items.map((item) => item.kind))).toEqual(distinct([...ITEM_KINDS]));
    expect(distinct(demo.items.map((item) => item.status))).toEqual(distinct([...ITEM_STATUSES]));
    expect(distinct(demo.items.map((item) => item.platform)).size).toBeGreaterThanOrEqual(10);
    expect(distinct(demo.items.map((item) => item.region)).size).toBeGreaterThanOrEqual(6);
    expect(distinct(demo.items.map((item) => item.assessment.veracity)).size).toBeGreaterThanOrEqual(5);
    expect(distinct(demo.items.flatMap((item) => item.tags)).size).toBeGreaterThanOrEqual(10);
  });

  it('holds nothing real: every link is under the reserved .example domain', () => {
    const urls = [...demo.items.map((item) => item.url), ...demo.refutations.map((refutation) => refutation.url)].filter(
      (url): url is string => url !== null,
    );
    expect(urls.length).toBeGreaterThan(100);
    for (const url of urls) expect(new URL(url).hostname).toMatch(/\.example$/);
  });

  it('references only records it contains', () => {
    const itemIds = new Set(demo.items.map((item) => item.id));
    const unitIds = new Set(demo.units.map((unit) => unit.id));
    const reporterIds = new Set(demo.reporters.map((reporter) => reporter.id));
    const tagPaths = new Set(demo.tags.map((tag) => tag.path));
    const eventIds = new Set(demo.events.map((event) => event.id));
    for (const item of demo.items) {
      if (item.unitId) expect(unitIds).toContain(item.unitId);
      if (item.reporterId) expect(reporterIds).toContain(item.reporterId);
      if (item.eventId) expect(eventIds).toContain(item.eventId);
      for (const tag of item.tags) expect(tagPaths).toContain(tag);
    }
    for (const reporter of demo.reporters) expect(unitIds).toContain(reporter.unitId);
    for (const edge of demo.spreadEdges) {
      expect(itemIds).toContain(edge.from);
      expect(itemIds).toContain(edge.to);
    }
    expect(demo.refutations).toHaveLength(1);
    for (const id of demo.refutations[0]!.itemIds) expect(itemIds).toContain(id);
    expect(new Set(itemIds).size).toBe(demo.items.length);
  });

  it('has two repost cascades whose parents are in the data and came first', () => {
    const byExternalId = new Map(demo.items.filter((item) => item.externalId).map((item) => [item.externalId, item]));
    const reposts = demo.items.filter((item) => item.parentExternalId !== null);
    const roots = distinct(reposts.map((item) => item.rootExternalId));
    expect(roots.size).toBe(2);
    for (const repost of reposts) {
      const parent = byExternalId.get(repost.parentExternalId);
      expect(parent, repost.externalId ?? '').toBeDefined();
      expect(Date.parse(parent!.publishedAt!)).toBeLessThan(Date.parse(repost.publishedAt!));
    }
    expect(demo.spreadEdges.filter((edge) => edge.type === 'repost')).toHaveLength(reposts.length);
    expect(distinct(demo.spreadEdges.map((edge) => edge.type)).size).toBeGreaterThanOrEqual(3);
  });

  it('writes times as ISO 8601 with the +08:00 offset', () => {
    for (const item of demo.items) expect(item.reportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
  });
});

describe('moving the demo to the present', () => {
  it('shifts a time by whole days and keeps its offset', () => {
    expect(shiftIso('2026-10-09T07:30:00+08:00', 3)).toBe('2026-10-12T07:30:00+08:00');
    expect(shiftIso('2026-10-09T23:30:00Z', -10)).toBe('2026-09-29T23:30:00Z');
  });

  it('makes the last reporting day today in the workspace zone and keeps every interval', () => {
    const now = Date.parse('2027-01-15T09:00:00+08:00');
    const moved = rebaseDemo(demo, now, 'Asia/Shanghai');
    const last = moved.items.reduce((latest, item) => (item.reportedAt > latest ? item.reportedAt : latest), '');
    expect(last.slice(0, 10)).toBe('2027-01-15');
    demo.items.forEach((item, index) => {
      const after = moved.items[index]!;
      expect(Date.parse(after.reportedAt) - Date.parse(after.capturedAt)).toBe(Date.parse(item.reportedAt) - Date.parse(item.capturedAt));
      expect(after.actions.map((action) => action.at.slice(11))).toEqual(item.actions.map((action) => action.at.slice(11)));
    });
    expect(moved.refutations[0]!.publishedAt.slice(11)).toBe(demo.refutations[0]!.publishedAt.slice(11));
  });

  it('leaves a snapshot already on today untouched', () => {
    const snapshot = buildWorkspace({ items: 2 });
    const lastDay = Date.parse(snapshot.items.at(-1)!.reportedAt);
    expect(rebaseDemo(snapshot, lastDay, 'Asia/Shanghai')).toBe(snapshot);
  });
});
