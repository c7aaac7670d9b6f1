import { beforeEach, describe, expect, it } from 'vitest';
import type { Item } from '../../../shared/domain/types';
import { activeFacetCount, emptyFilter, type ItemFilter } from '../../../shared/search/filter';
import { resetBuilderSequence } from '../../builders/sequence';
import { indexOf, textItem } from './builders';

beforeEach(() => resetBuilderSequence());

const categorised = (content: string, category: string | null, platform: string): Item =>
  textItem(content, {
    platform,
    assessment: { sentiment: null, risk: null, veracity: null, category, assessedBy: null, assessedAt: null },
  });

const items = () => [
  categorised('一', '民生保障', '微博'),
  categorised('二', '民生保障', '抖音'),
  categorised('三', '社会治安', '微博'),
  categorised('四', null, '微博'),
];

function run(filter: Partial<ItemFilter>) {
  const index = indexOf(items());
  return index.run({ ...emptyFilter(), ...filter }, { field: 'reportedAt', direction: 'desc' }, null);
}

const count = (facets: ReturnType<typeof run>['facets'], value: string) => facets.category.find((entry) => entry.value === value)?.count;

describe('the 类别 facet', () => {
  it('counts items by category, those without one under the empty value', () => {
    const { facets } = run({});
    expect(count(facets, '民生保障')).toBe(2);
    expect(count(facets, '社会治安')).toBe(1);
    expect(count(facets, '')).toBe(1);
  });

  it('selects the items of a category, ORs two, and still counts the other categories under the rest of the filter', () => {
    expect(run({ categories: ['民生保障'] }).total).toBe(2);
    expect(run({ categories: ['民生保障', '社会治安'] }).total).toBe(3);
    expect(run({ categories: [''] }).total).toBe(1);
    const narrowed = run({ categories: ['民生保障'], platforms: ['微博'] });
    expect(narrowed.total).toBe(1);
    expect(count(narrowed.facets, '社会治安')).toBe(1);
  });

  it('is a facet the list can clear', () => {
    expect(activeFacetCount({ ...emptyFilter(), categories: ['民生保障'] })).toBe(1);
  });
});
