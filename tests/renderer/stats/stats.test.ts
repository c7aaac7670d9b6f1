import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Feed, Item, RiskLevel, Sentiment } from '../../../shared/domain/types';
import { buildEvent, buildItem, resetBuilderSequence } from '../../builders';
import { analyst, openTestStore, type TestStore } from '../db/harness';
import { itemsLinkHash, parseItemsLinkHash } from '../../../renderer/features/items/items-link';
import { presetPeriod, previousPeriod } from '../../../renderer/features/stats/periods';
import { dimensionValues, STATS_DIMENSIONS, type StatsDimension } from '../../../renderer/features/stats/stats-count';
import { countComparison } from '../../../renderer/features/stats/stats-store';
import { statsCharts } from '../../../renderer/features/stats/stats-charts';
import { translate, type Translate } from '../../../renderer/i18n';

const ZONE = 'Asia/Shanghai';
// 2026-03-10 10:00 Beijing time
const NOW = Date.parse('2026-03-10T10:00:00+08:00');
const PLATFORMS = ['微博', '抖音', '微信群', null] as const;
const FEED_SETS: Feed[][] = [['cac'], ['police'], ['grid'], ['cac', 'police']];
const SENTIMENTS: Array<Sentiment | null> = ['negative', 'neutral', 'positive', null];
const RISKS: Array<RiskLevel | null> = [1, 2, 3, 4, null];
const TAGS = [['民生/供暖'], ['民生/物价', '民生/供暖'], [], ['谣言/水源']];

function beijing(day: number, hour: number): string {
  const date = new Date(Date.UTC(2026, 1, 20 + day, hour - 8));
  const local = new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 19);
  return `${local}+08:00`;
}

/** 60 items over 2026-02-20 … 2026-03-11, varied on every counted dimension by fixed rules. */
function periodItems(eventId: string): Item[] {
  return Array.from({ length: 60 }, (_, index) => {
    const reportedAt = beijing(Math.floor(index / 3), (index * 7) % 24);
    return buildItem({
      reportedAt,
      kind: index % 3 === 0 ? 'social' : 'online',
      feeds: FEED_SETS[index % FEED_SETS.length] as Feed[],
      platform: PLATFORMS[index % PLATFORMS.length] ?? null,
      region: index % 5 === 0 ? null : `第${index % 3}旗`,
      tags: TAGS[index % TAGS.length] as string[],
      eventId: index % 4 === 0 ? eventId : null,
      assessment: {
        sentiment: SENTIMENTS[index % SENTIMENTS.length] ?? null,
        risk: RISKS[index % RISKS.length] ?? null,
        veracity: null,
        category: index % 2 === 0 ? '民生保障' : null,
        assessedBy: null,
        assessedAt: null,
      },
    });
  });
}

/** The oracle: items written with +08:00 carry their Beijing date in their first ten characters. */
function bruteForce(items: Item[], from: string, to: string) {
  const inside = items.filter((item) => item.reportedAt.slice(0, 10) >= from && item.reportedAt.slice(0, 10) <= to);
  const by = (dimension: StatsDimension) => {
    const counts = new Map<string, number>();
    for (const item of inside) for (const value of dimensionValues(item, dimension)) counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
  };
  const byDay = new Map<string, number>();
  for (const item of inside) byDay.set(item.reportedAt.slice(0, 10), (byDay.get(item.reportedAt.slice(0, 10)) ?? 0) + 1);
  return { total: inside.length, by, byDay };
}

describe('statistics counts', () => {
  let store: TestStore;
  let items: Item[];

  beforeEach(async () => {
    resetBuilderSequence();
    store = await openTestStore('stats');
    const event = buildEvent({ name: '那达慕交通' });
    await store.repos.events.put(event, analyst);
    items = periodItems(event.id);
    await store.repos.items.bulkAdd(items, analyst);
  });

  afterEach(() => store.db.close());

  it('counts the last 7 days and the 7 days before by day and by every dimension, as a brute-force count does', async () => {
    const comparison = await countComparison(store.repos, 'last7', null, ZONE, NOW);
    expect(comparison.period.from).toBe('2026-03-04');
    expect(comparison.period.to).toBe('2026-03-10');
    expect(comparison.previousPeriod.from).toBe('2026-02-25');
    expect(comparison.previousPeriod.to).toBe('2026-03-03');

    const current = bruteForce(items, '2026-03-04', '2026-03-10');
    const previous = bruteForce(items, '2026-02-25', '2026-03-03');
    expect(current.total).toBeGreaterThan(0);
    expect(comparison.current.total).toBe(current.total);
    expect(comparison.previous.total).toBe(previous.total);
    for (const dimension of STATS_DIMENSIONS) {
      expect(comparison.current.by[dimension], dimension).toEqual(current.by(dimension));
      expect(comparison.previous.by[dimension], dimension).toEqual(previous.by(dimension));
    }
    // Every day of the period is present, the empty ones as 0.
    expect([...comparison.current.byDay.keys()]).toEqual(comparison.period.days);
    for (const day of comparison.period.days) expect(comparison.current.byDay.get(day)).toBe(current.byDay.get(day) ?? 0);
  });

  it('counts a tag under its parents once per item, so a bar on 民生 lists what the 民生 filter lists', () => {
    const item = buildItem({ tags: ['民生/供暖', '民生/物价'] });
    expect([...dimensionValues(item, 'tag')].sort()).toEqual(['民生', '民生/供暖', '民生/物价']);
    expect(dimensionValues(buildItem({ feeds: ['cac', 'cac', 'police'] }), 'feed')).toEqual(['cac', 'police']);
  });

  it('reads the period in pages without skipping or repeating an item, and nothing outside it', async () => {
    const period = presetPeriod('last7', NOW, ZONE);
    const seen: string[] = [];
    await store.repos.stats.forEachReportedBetween(period.fromMs, period.toMs, (page) => void seen.push(...page.map((item) => item.id)), {
      pageSize: 4,
    });
    const expected = items
      .filter((item) => Date.parse(item.reportedAt) >= period.fromMs && Date.parse(item.reportedAt) < period.toMs)
      .sort((a, b) => Date.parse(a.reportedAt) - Date.parse(b.reportedAt) || (a.id < b.id ? -1 : 1))
      .map((item) => item.id);
    expect(seen).toEqual(expected);
    expect(await store.repos.stats.countReportedBetween(period.fromMs, period.toMs)).toBe(expected.length);
  });

  it('labels every chart value in the interface language, never with a raw code', async () => {
    const comparison = await countComparison(store.repos, 'last30', null, ZONE, NOW);
    const events = new Map((await store.repos.events.list()).map((event) => [event.id, event.name]));
    const zh: Translate = (key, ...params) => translate('zh-CN', key, ...params);
    const charts = statsCharts(comparison, { t: zh, eventNames: events });
    const byId = new Map(charts.map((chart) => [chart.id, chart]));
    expect(byId.get('sentiment')?.labels).toEqual(['负面', '中性', '正面', '未研判']);
    expect(byId.get('risk')?.labels).toEqual(['Ⅰ级（特别重大）', 'Ⅱ级（重大）', 'Ⅲ级（较大）', 'Ⅳ级（一般）', '未研判']);
    expect(byId.get('feed')?.labels).toContain('公安网安');
    expect(byId.get('platform')?.labels).toContain('未填写');
    expect(byId.get('event')?.labels).toEqual(['那达慕交通']);
    const en = statsCharts(comparison, { t: (key, ...params) => translate('en', key, ...params), eventNames: events });
    expect(en.find((chart) => chart.id === 'sentiment')?.labels).toEqual(['Negative', 'Neutral', 'Positive', 'Not assessed']);
  });
});

describe('statistics periods', () => {
  it('compares 本月 with the same number of days just before it', () => {
    const month = presetPeriod('month', NOW, ZONE);
    expect([month.from, month.to, month.days.length]).toEqual(['2026-03-01', '2026-03-10', 10]);
    const before = previousPeriod(month, ZONE);
    expect([before.from, before.to]).toEqual(['2026-02-19', '2026-02-28']);
    expect(before.toMs).toBe(month.fromMs);
  });

  it('begins and ends days at midnight in the workspace zone, and takes a custom range either way round', () => {
    const today = presetPeriod('today', NOW, ZONE);
    expect(today.fromMs).toBe(Date.parse('2026-03-10T00:00:00+08:00'));
    expect(today.toMs).toBe(Date.parse('2026-03-11T00:00:00+08:00'));
    const urumqi = presetPeriod('today', NOW, 'Asia/Urumqi');
    expect(urumqi.fromMs).toBe(Date.parse('2026-03-10T00:00:00+06:00'));
    const custom = presetPeriod('custom', NOW, ZONE, { from: '2026-03-05', to: '2026-03-01' });
    expect([custom.from, custom.to, custom.days.length]).toEqual(['2026-03-01', '2026-03-05', 5]);
  });
});

describe('the items link a chart opens', () => {
  it('carries the period and the clicked value, and reads back the same', () => {
    const filter = {
      fromMs: 1_772_000_000_000,
      toMs: 1_772_600_000_000,
      values: { platform: ['微博'], tag: ['民生/供暖'], sentiment: ['none'] },
    };
    const hash = itemsLinkHash(filter);
    expect(hash.startsWith('#/items?')).toBe(true);
    expect(parseItemsLinkHash(hash)).toEqual(filter);
    expect(parseItemsLinkHash(itemsLinkHash({ fromMs: null, toMs: null, values: { region: [''] } }))).toEqual({
      fromMs: null,
      toMs: null,
      values: { region: [''] },
    });
  });
});
