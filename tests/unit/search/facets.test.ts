import { beforeEach, describe, expect, it } from 'vitest';
import { resetBuilderSequence } from '../../builders/sequence';
import { emptyFilter, type ItemFilter } from '../../../shared/search/filter';
import type { FacetCounts } from '../../../shared/search/facets';
import { indexOf, textItem } from './builders';

beforeEach(() => resetBuilderSequence());

const items = () => [
  textItem('一', { platform: '微博', status: 'new', tags: ['疫情防控/物资供应'], reportedAt: '2026-03-02T09:00:00+08:00' }),
  textItem('二', {
    platform: '微博',
    status: 'assessed',
    tags: ['疫情防控/封控管理', '疫情防控/物资供应'],
    reportedAt: '2026-03-01T09:00:00+08:00',
  }),
  textItem('三', { platform: '抖音', status: 'new', tags: [], kind: 'social', reportedAt: '2026-02-01T09:00:00+08:00' }),
  textItem('四', { platform: null, status: 'new', feeds: ['police', 'grid'], reportedAt: '2026-03-02T10:00:00+08:00' }),
];

const count = (facets: FacetCounts, facet: keyof FacetCounts, value: string) =>
  facets[facet].find((entry) => entry.value === value)?.count ?? 0;

function run(filter: Partial<ItemFilter>, built = items()) {
  const index = indexOf(built);
  const result = index.run({ ...emptyFilter(), ...filter }, { field: 'reportedAt', direction: 'desc' }, null, [
    { id: 'today', fromMs: Date.parse('2026-03-02T00:00:00+08:00'), toMs: Date.parse('2026-03-03T00:00:00+08:00') },
  ]);
  return { ...result, ids: [...result.ordered].map((ordinal) => index.idAt(ordinal)) };
}

describe('filterAndCount', () => {
  it('counts every facet over all items when nothing is selected', () => {
    const { total, facets } = run({});
    expect(total).toBe(4);
    expect(count(facets, 'platform', '微博')).toBe(2);
    expect(count(facets, 'platform', '')).toBe(1);
    expect(count(facets, 'status', 'new')).toBe(3);
    expect(count(facets, 'kind', 'social')).toBe(1);
    expect(count(facets, 'feed', 'police')).toBe(1);
    expect(count(facets, 'feed', 'cac')).toBe(3);
    expect(count(facets, 'time', 'today')).toBe(2);
    expect(count(facets, 'risk', '0')).toBe(4);
  });

  it('counts a parent tag once per item, however many of its children the item has', () => {
    const { facets } = run({});
    expect(count(facets, 'tag', '疫情防控')).toBe(2);
    expect(count(facets, 'tag', '疫情防控/物资供应')).toBe(2);
    expect(count(facets, 'tag', '疫情防控/封控管理')).toBe(1);
  });

  it('narrows the result and the other facets, but a facet still counts its own alternatives', () => {
    const { total, facets } = run({ platforms: ['微博'] });
    expect(total).toBe(2);
    expect(count(facets, 'platform', '抖音')).toBe(1);
    expect(count(facets, 'status', 'new')).toBe(1);
    expect(count(facets, 'status', 'assessed')).toBe(1);
  });

  it('ANDs facets and ORs values within one, selecting children with a parent tag', () => {
    expect(run({ platforms: ['微博', '抖音'], statuses: ['new'] }).total).toBe(2);
    expect(run({ tags: ['疫情防控'] }).total).toBe(2);
    expect(run({ tags: ['疫情防控/封控管理'] }).total).toBe(1);
    expect(run({ feeds: ['grid'] }).total).toBe(1);
  });

  it('filters by a time range and returns the result newest first', () => {
    const all = items();
    const { ids } = run({ time: { fromMs: Date.parse('2026-03-01T00:00:00+08:00'), toMs: null } }, all);
    expect(ids).toHaveLength(3);
    expect(ids).toEqual([all[3]?.id, all[0]?.id, all[1]?.id]);
  });

  it('treats a selected value the index has never seen as matching nothing, and still lists it', () => {
    const { total, facets } = run({ platforms: ['快手'] });
    expect(total).toBe(0);
    expect(facets.platform.find((entry) => entry.value === '快手')).toEqual({ value: '快手', count: 0 });
  });

  it('sorts by risk with ties newest first', () => {
    const index = indexOf([
      textItem('a', { assessment: { sentiment: null, risk: 2, veracity: null, category: null, assessedBy: null, assessedAt: null } }),
      textItem('b', { assessment: { sentiment: null, risk: 4, veracity: null, category: null, assessedBy: null, assessedAt: null } }),
      textItem('c', { assessment: { sentiment: null, risk: 2, veracity: null, category: null, assessedBy: null, assessedAt: null } }),
    ]);
    const { ordered } = index.run(emptyFilter(), { field: 'risk', direction: 'desc' }, null);
    expect([...ordered].map((ordinal) => index.idAt(ordinal)?.slice(-1))).toEqual(['2', '3', '1']);
  });
});
