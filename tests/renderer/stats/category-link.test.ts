import { beforeEach, describe, expect, it } from 'vitest';
import type { Item } from '../../../shared/domain/types';
import { ItemIndex } from '../../../shared/search/engine';
import { filterFromItemsLinkHash } from '../../../renderer/features/items/items-link-filter';
import { itemsLinkHash } from '../../../renderer/features/items/items-link';
import { LIST_FILTERABLE, listFilterFor } from '../../../renderer/features/stats/open-items';
import { dimensionValues } from '../../../renderer/features/stats/stats-count';
import { buildItem, resetBuilderSequence } from '../../builders';

const CATEGORIES = ['民生保障', '社会治安', null] as const;

function items(): Item[] {
  return Array.from({ length: 12 }, (_, index) =>
    buildItem({
      assessment: {
        sentiment: null,
        risk: null,
        veracity: null,
        category: CATEGORIES[index % CATEGORIES.length] ?? null,
        assessedBy: null,
        assessedAt: null,
      },
    }),
  );
}

function listed(all: Item[], hash: string): string[] {
  const index = new ItemIndex();
  index.upsert(all);
  const result = index.run(filterFromItemsLinkHash(hash), { field: 'reportedAt', direction: 'desc' }, null);
  return [...result.ordered].map((ordinal) => index.idAt(ordinal) ?? '').sort();
}

describe('a click on a 类别 bar', () => {
  beforeEach(() => resetBuilderSequence());

  it('opens the list filtered to that category: the items it lists are the items the bar counted', () => {
    expect(LIST_FILTERABLE.has('category')).toBe(true);
    const all = items();
    for (const value of ['民生保障', '']) {
      expect(listFilterFor('category', value).categories).toEqual([value]);
      const counted = all.filter((item) => dimensionValues(item, 'category').includes(value)).map((item) => item.id);
      const hash = itemsLinkHash({ fromMs: null, toMs: null, values: { category: [value] } });
      expect(hash).toContain('category=');
      expect(listed(all, hash)).toEqual(counted.sort());
      expect(counted.length).toBe(4);
    }
  });
});
