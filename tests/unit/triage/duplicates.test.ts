import { beforeEach, describe, expect, it } from 'vitest';
import { simhash64 } from '../../../shared/import';
import { isDismissedPair, mergedItemFields, suspectedDuplicatesOf } from '../../../shared/triage';
import { buildItem, resetBuilderSequence } from '../../builders';

const STORY = '网传某旗明日起全面停止集中供暖，住建局回应称系谣言，供暖将按计划持续到四月中旬，请市民不要轻信转发。';

beforeEach(() => resetBuilderSequence());

describe('suspected duplicates', () => {
  it('finds a retelling with a word added, not an unrelated text, and forgets pairs dismissed from either side', () => {
    const original = buildItem({ simhash: simhash64(STORY) });
    const retold = buildItem({ simhash: simhash64(`${STORY}转发`) });
    const unrelated = buildItem({ simhash: simhash64('某旗文化馆举办迎新春书法展，展出作品一百余件，市民可免费参观至二月底。') });
    const found = suspectedDuplicatesOf(original, [original, retold, unrelated]);
    expect(found.map((entry) => entry.item.id)).toEqual([retold.id]);

    const dismissed = { ...retold, notDuplicateOf: [original.id] };
    expect(isDismissedPair(original, dismissed)).toBe(true);
    expect(suspectedDuplicatesOf(original, [dismissed])).toEqual([]);
  });

  it('an item too short to compare has no suspects', () => {
    expect(
      suspectedDuplicatesOf(buildItem({ simhash: null, title: null, content: '图片' }), [buildItem({ simhash: simhash64(STORY) })]),
    ).toEqual([]);
  });
});

describe('merging keeps everything partners reported', () => {
  it('unites feeds and provenance, fills gaps, keeps the earliest report and the furthest status', () => {
    const keep = buildItem({ feeds: ['cac'], account: null, status: 'assessed', reportedAt: '2026-03-02T10:00:00+08:00', tags: ['民生'] });
    const duplicate = buildItem({
      feeds: ['police', 'cac'],
      account: '某旗生活圈',
      status: 'handling',
      reportedAt: '2026-03-02T09:00:00+08:00',
      tags: ['民生', '谣言'],
      metrics: { reposts: 900, comments: null, likes: 1, views: 5000 },
    });
    const merged = mergedItemFields(keep, [duplicate]);
    expect(merged.feeds).toEqual(['cac', 'police']);
    expect(merged.provenance).toEqual([...keep.provenance, ...duplicate.provenance]);
    expect(merged.account).toBe('某旗生活圈');
    expect(merged.reportedAt).toBe('2026-03-02T09:00:00+08:00');
    expect(merged.status).toBe('handling');
    expect(merged.tags).toEqual(['民生', '谣言']);
    expect(merged.metrics).toEqual({ reposts: 900, comments: keep.metrics.comments, likes: keep.metrics.likes, views: 5000 });
    expect(merged.title).toBeUndefined();
  });

  it('keeps the kept item’s assessment when it has one, else takes a duplicate’s', () => {
    const assessed = {
      sentiment: 'negative',
      risk: 3,
      veracity: 'rumour',
      category: '民生',
      assessedBy: 'p',
      assessedAt: '2026-03-02T09:00:00+08:00',
    } as const;
    const blank = buildItem();
    expect(mergedItemFields(blank, [buildItem({ assessment: assessed })]).assessment).toEqual(assessed);
    expect(mergedItemFields(buildItem({ assessment: assessed }), [blank]).assessment).toEqual(assessed);
  });

  it('drops dismissals that point inside the merged group', () => {
    const keep = buildItem();
    const duplicate = buildItem({ notDuplicateOf: ['elsewhere', keep.id] });
    expect(mergedItemFields(keep, [duplicate]).notDuplicateOf).toEqual(['elsewhere']);
  });
});
