import { beforeEach, describe, expect, it } from 'vitest';
import type { Item } from '../../../shared/domain/types';
import { durationParts, eventStatistics, eventTimeline, firstAppearance, isRumour, timeToRefutation } from '../../../shared/triage';
import { buildItem, buildRefutation, resetBuilderSequence } from '../../builders';

beforeEach(() => resetBuilderSequence());

const HOUR = 3_600_000;
const assessed = (assessment: Partial<Item['assessment']>) => ({
  sentiment: null,
  risk: null,
  veracity: null,
  category: null,
  assessedBy: null,
  assessedAt: null,
  ...assessment,
});
/** An item that appeared at `at`: posted then, reported by one feed an hour later. */
const appearedAt = (at: string, overrides: Partial<Item> = {}) => {
  const reported = new Date(Date.parse(at) + HOUR).toISOString();
  return buildItem({ publishedAt: at, reportedAt: reported, provenance: [], ...overrides });
};

describe('first appearance of an item', () => {
  it('is the earliest of posted, reported and any feed’s report, ignoring unknown and unreadable times', () => {
    const item = buildItem({
      publishedAt: null,
      reportedAt: '2026-03-03T10:00:00+08:00',
      provenance: [
        { batchId: null, feed: 'police', file: 'a.xlsx', sheet: 'S', row: 2, reportedAt: '2026-03-03T08:15:00+08:00' },
        { batchId: null, feed: 'cac', file: 'b.xlsx', sheet: 'S', row: 3, reportedAt: 'not a time' },
      ],
    });
    expect(firstAppearance(item)).toBe('2026-03-03T08:15:00+08:00');
  });
});

describe('time from first appearance to refutation', () => {
  it('counts to the earliest linked refutation', () => {
    const rumour = appearedAt('2026-03-03T08:00:00+08:00');
    const refutations = [
      buildRefutation({ publishedAt: '2026-03-05T11:30:00+08:00' }),
      buildRefutation({ publishedAt: '2026-03-04T10:30:00+08:00' }),
    ];
    const took = timeToRefutation(rumour, refutations);
    expect(took).toBe(26.5 * HOUR);
    expect(durationParts(took as number)).toEqual({ negative: false, days: 1, hours: 2, minutes: 30 });
  });

  it('is unknown without a refutation, and negative for a refutation published before the rumour appeared', () => {
    const rumour = appearedAt('2026-03-03T08:00:00+08:00');
    expect(timeToRefutation(rumour, [])).toBeNull();
    const early = timeToRefutation(rumour, [buildRefutation({ publishedAt: '2026-03-03T07:00:00+08:00' })]);
    expect(early).toBe(-HOUR);
    expect(durationParts(early as number)).toEqual({ negative: true, days: 0, hours: 1, minutes: 0 });
  });

  it('counts only rumours and false items as needing a refutation', () => {
    expect(isRumour({ assessment: assessed({ veracity: 'rumour' }) })).toBe(true);
    expect(isRumour({ assessment: assessed({ veracity: 'false' }) })).toBe(true);
    expect(isRumour({ assessment: assessed({ veracity: null }) })).toBe(false);
  });
});

describe('an event’s statistics and timeline', () => {
  const items = [
    appearedAt('2026-03-04T09:00:00+08:00', { platform: '抖音', assessment: assessed({ sentiment: 'negative', risk: 3 }) }),
    appearedAt('2026-03-02T09:00:00+08:00', { platform: '微博', assessment: assessed({ sentiment: 'negative', risk: 2 }) }),
    appearedAt('2026-03-03T09:00:00+08:00', { platform: '微博' }),
  ];

  it('counts items by platform (most first), sentiment and risk, with the first and last appearance', () => {
    const stats = eventStatistics(items);
    expect(stats.total).toBe(3);
    expect(stats.byPlatform).toEqual([
      { platform: '微博', count: 2 },
      { platform: '抖音', count: 1 },
    ]);
    expect(stats.bySentiment).toEqual({ positive: 0, neutral: 0, negative: 2, unassessed: 1 });
    expect(stats.byRisk).toEqual({ '1': 0, '2': 1, '3': 1, '4': 0, unassessed: 1 });
    expect(stats.firstSeen).toBe('2026-03-02T09:00:00+08:00');
    expect(stats.lastSeen).toBe('2026-03-04T09:00:00+08:00');
  });

  it('places the items on the timeline in the order they appeared', () => {
    expect(eventTimeline(items).map((entry) => entry.at)).toEqual([
      '2026-03-02T09:00:00+08:00',
      '2026-03-03T09:00:00+08:00',
      '2026-03-04T09:00:00+08:00',
    ]);
  });
});
