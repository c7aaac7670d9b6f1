import { beforeEach, describe, expect, it } from 'vitest';
import { resetBuilderSequence } from '../../builders/sequence';
import { ItemIndex, NO_FACTS } from '../../../shared/search/engine';
import { searchableText } from '../../../shared/search/text';
import { searchIds, textItem } from './builders';

beforeEach(() => resetBuilderSequence());

describe('notes (批注) in search', () => {
  it('leaves the text of an item without notes as it was, so old indexes need no rebuild', () => {
    const item = textItem('供暖不足', { title: '标题' });
    expect(searchableText(item, [])).toBe(searchableText(item));
  });

  it('finds an item by its notes, never across a note and another field', async () => {
    const item = textItem('供暖不足');
    const other = textItem('物业服务');
    const notes = new Map([[item.id, ['已转交住建局', '领导关注']]]);
    const index = new ItemIndex();
    index.upsert([item, other], { ...NO_FACTS, noteTexts: (candidate) => notes.get(candidate.id) ?? [] });
    expect(await searchIds(index, '住建局')).toEqual([item.id]);
    expect(await searchIds(index, '领导 OR 物业')).toEqual([other.id, item.id]);
    expect(await searchIds(index, '足已')).toEqual([]);
    expect(await searchIds(index, '局领')).toEqual([]);
  });

  it('re-indexes an item when a note is added', async () => {
    const item = textItem('供暖不足');
    const index = new ItemIndex();
    index.upsert([item]);
    expect(await searchIds(index, '住建局')).toEqual([]);
    index.upsert([item], { ...NO_FACTS, noteTexts: () => ['已转交住建局'] });
    expect(await searchIds(index, '住建局')).toEqual([item.id]);
    expect(index.size).toBe(1);
  });
});
