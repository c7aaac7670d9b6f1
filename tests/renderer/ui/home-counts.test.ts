// 首页 is the analyst's morning: today's items by kind in the workspace's zone, what waits to be assessed,
// and the reports waiting for a reviewer (送审) or a signer (已审核).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskDatabase, Repositories } from '../../../renderer/db';
import { loadHomeCounts } from '../../../renderer/features/home/home-counts';
import { buildItem, buildWorkspace, resetBuilderSequence } from '../../builders';
import { buildReport } from '../../builders/report';
import { analyst, openTestStore } from '../db/harness';

const NOW = Date.parse('2026-03-02T12:00:00+08:00');

let db: DeskDatabase;
let repos: Repositories;

beforeEach(async () => {
  resetBuilderSequence();
  ({ db, repos } = await openTestStore('home-counts'));
  const items = [
    // In Beijing this is this morning; in UTC it is still yesterday evening.
    buildItem({ reportedAt: '2026-03-02T07:30:00+08:00', kind: 'social', status: 'new' }),
    buildItem({ reportedAt: '2026-03-02T09:00:00+08:00', kind: 'social', status: 'assessed' }),
    buildItem({ reportedAt: '2026-03-02T11:00:00+08:00', kind: 'online', status: 'new' }),
    buildItem({ reportedAt: '2026-03-01T20:00:00+08:00', kind: 'online', status: 'assessed' }),
    buildItem({ reportedAt: '2026-03-02T23:30:00+08:00', kind: 'online', status: 'closed' }),
  ];
  await repos.workspace.load(buildWorkspace({ items: 0 }, { items, spreadEdges: [], refutations: [] }), analyst);
  for (const [id, status] of [
    ['report-1', 'draft'],
    ['report-2', 'inReview'],
    ['report-3', 'approved'],
    ['report-4', 'approved'],
  ] as const)
    await repos.reports.put(buildReport({ id, number: Number(id.slice(-1)), status, createdBy: analyst.actor }), analyst);
});

afterEach(() => db.close());

describe('the counts on 首页', () => {
  it('count today in Beijing by kind, the items to assess, and the reports to review and to sign', async () => {
    expect(await loadHomeCounts(repos, NOW, 'Asia/Shanghai')).toEqual({
      dayStart: Date.parse('2026-03-02T00:00:00+08:00'),
      todayTotal: 4,
      todayByKind: { social: 2, online: 2 },
      toAssess: 2,
      toReview: 1,
      toSign: 2,
      reportsTotal: 4,
      itemsTotal: 5,
    });
  });

  it('follow the workspace zone: in UTC the early-morning item belongs to yesterday', async () => {
    const counts = await loadHomeCounts(repos, NOW, 'UTC');
    expect(counts.dayStart).toBe(Date.parse('2026-03-02T00:00:00Z'));
    expect(counts.todayTotal).toBe(3);
    expect(counts.todayByKind).toEqual({ social: 1, online: 2 });
  });
});
