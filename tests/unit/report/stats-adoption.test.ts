import { describe, expect, it } from 'vitest';
import type { Report } from '../../../shared/domain/report-types';
import { adoptionsByUnit, latestAdoptionByItem } from '../../../shared/report/adoption';
import { computeReportStats, UNSPECIFIED_KEY } from '../../../shared/report/stats';
import { buildItem, buildReport } from '../../builders/report';

describe('computeReportStats', () => {
  const items = [
    buildItem({ id: 'a', kind: 'social', feeds: ['grid'], platform: '微信群', region: '东胜区' }),
    buildItem({ id: 'b', kind: 'online', feeds: ['cac', 'police', 'cac'], platform: '微博', region: '康巴什区' }),
    buildItem({
      id: 'c',
      kind: 'online',
      feeds: ['cac'],
      platform: null,
      region: ' ',
      assessment: { sentiment: null, risk: null, veracity: null, category: null, assessedBy: null, assessedAt: null },
    }),
  ];

  it('counts by kind, feed, platform, sentiment, risk and region', () => {
    expect(computeReportStats(items)).toEqual({
      total: 3,
      byKind: { social: 1, online: 2 },
      byFeed: { grid: 1, cac: 2, police: 1 },
      byPlatform: { 微信群: 1, 微博: 1, [UNSPECIFIED_KEY]: 1 },
      bySentiment: { negative: 2, [UNSPECIFIED_KEY]: 1 },
      byRisk: { '2': 2, [UNSPECIFIED_KEY]: 1 },
      byRegion: { 东胜区: 1, 康巴什区: 1, [UNSPECIFIED_KEY]: 1 },
      change: null,
    });
  });

  it('shows the change against the previous number, including categories that fell to zero', () => {
    const previous = computeReportStats([
      buildItem({ id: 'x', platform: '抖音', feeds: ['grid'] }),
      buildItem({ id: 'y', feeds: ['grid'] }),
    ]);
    const change = computeReportStats(items.slice(0, 1), previous).change;
    expect(change).toMatchObject({ total: -1, byKind: { social: -1 }, byPlatform: { 抖音: -1, 微信群: 0 }, byFeed: { grid: -1 } });
  });
});

const feedbackReport = (id: string, feedback: Report['feedback'], status: Report['status'] = 'feedbackRecorded') =>
  buildReport({ id, status, feedback });

describe('adoption counting', () => {
  const itemsById = new Map(
    [
      buildItem({ id: 'i1', unitId: 'u1', reporterId: 'r1' }),
      buildItem({ id: 'i2', unitId: 'u1', reporterId: 'r2' }),
      buildItem({ id: 'i3', unitId: 'u2', reporterId: null }),
      buildItem({ id: 'i4', unitId: null, reporterId: null }),
    ].map((item) => [item.id, item]),
  );

  it('lets the latest feedback for an item win, across reports, without double counting', () => {
    const reports = [
      feedbackReport('daily-12', [
        { at: '2026-03-03T09:00:00+08:00', by: 'p', adoptions: [{ itemId: 'i1', instruction: false, instructionText: null }] },
        { at: '2026-03-05T09:00:00+08:00', by: 'p', adoptions: [{ itemId: 'i1', instruction: true, instructionText: '请处置' }] },
      ]),
      // The same item also went out in a special report; adopted there earlier, it is still one item.
      feedbackReport('special-3', [
        {
          at: '2026-03-04T09:00:00+08:00',
          by: 'p',
          adoptions: [
            { itemId: 'i1', instruction: false, instructionText: null },
            { itemId: 'i2', instruction: true, instructionText: '阅' },
          ],
        },
      ]),
    ];
    const latest = latestAdoptionByItem(reports);
    expect(latest.get('i1')).toEqual({
      itemId: 'i1',
      instruction: true,
      instructionText: '请处置',
      reportId: 'daily-12',
      at: '2026-03-05T09:00:00+08:00',
    });
    expect(adoptionsByUnit(reports, itemsById)).toEqual({
      units: [
        {
          unitId: 'u1',
          adopted: 2,
          withInstruction: 2,
          reporters: [
            { reporterId: 'r1', adopted: 1, withInstruction: 1 },
            { reporterId: 'r2', adopted: 1, withInstruction: 1 },
          ],
        },
      ],
      unknownItemIds: [],
    });
  });

  it('lets a later feedback without an instruction replace an earlier one with it', () => {
    const reports = [
      feedbackReport('r', [
        { at: '2026-03-03T09:00:00+08:00', by: 'p', adoptions: [{ itemId: 'i3', instruction: true, instructionText: '阅' }] },
        { at: '2026-03-04T09:00:00+08:00', by: 'p', adoptions: [{ itemId: 'i3', instruction: false, instructionText: null }] },
      ]),
    ];
    expect(adoptionsByUnit(reports, itemsById).units).toEqual([
      { unitId: 'u2', adopted: 1, withInstruction: 0, reporters: [{ reporterId: null, adopted: 1, withInstruction: 0 }] },
    ]);
  });

  it('groups items without a unit last and lists adopted items no longer in the store', () => {
    const reports = [
      feedbackReport('r', [
        {
          at: '2026-03-03T09:00:00+08:00',
          by: 'p',
          adoptions: [
            { itemId: 'i4', instruction: false, instructionText: null },
            { itemId: 'gone', instruction: false, instructionText: null },
            { itemId: 'i3', instruction: false, instructionText: null },
          ],
        },
      ]),
    ];
    const summary = adoptionsByUnit(reports, itemsById);
    expect(summary.units.map((unit) => unit.unitId)).toEqual(['u2', null]);
    expect(summary.unknownItemIds).toEqual(['gone']);
  });

  it('ignores withdrawn reports', () => {
    const reports = [
      feedbackReport(
        'w',
        [{ at: '2026-03-03T09:00:00+08:00', by: 'p', adoptions: [{ itemId: 'i1', instruction: false, instructionText: null }] }],
        'withdrawn',
      ),
    ];
    expect(adoptionsByUnit(reports, itemsById).units).toEqual([]);
  });
});
