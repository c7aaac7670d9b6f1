import { beforeEach, describe, expect, it } from 'vitest';
import { resetBuilderSequence } from '../../builders/sequence';
import { corpusItem, corpusTerms, seededRandom } from '../../../shared/search/corpus';
import { ItemIndex } from '../../../shared/search/engine';
import {
  CHUNK_SIZE,
  PostingsChunkBuilder,
  findTerm,
  forEachPosting,
  intersectInto,
  isBitmap,
  CHUNK_WORDS,
} from '../../../shared/search/postings';
import { bigramsOf } from '../../../shared/search/bigrams';
import { searchableText } from '../../../shared/search/text';
import { NO_LOADERS, indexOf, searchIds, textItem } from './builders';

beforeEach(() => resetBuilderSequence());

describe('search semantics', () => {
  const items = [
    textItem('小区封闭管理引发讨论'),
    textItem('口罩供应紧张，药店排队'),
    textItem('网传小区封闭系谣言'),
    textItem('封闭的小区里口罩不足'),
  ];
  const [closed, masks, rumour, both] = items.map((item) => item.id) as [string, string, string, string];

  it('finds a 2-character term inside longer words', async () => {
    expect((await searchIds(indexOf(items), '封闭')).sort()).toEqual([closed, rumour, both].sort());
  });

  it('ANDs several terms', async () => {
    expect(await searchIds(indexOf(items), '口罩 小区')).toEqual([both]);
  });

  it('finds a phrase only where it is written as such, not where its bigrams sit apart', async () => {
    const index = indexOf(items);
    expect((await searchIds(index, '"小区封闭"')).sort()).toEqual([closed, rumour].sort());
    // 封闭 and 小区 are both in the fourth item, but not as 小区封闭
    expect((await searchIds(index, '小区封闭')).sort()).toEqual([closed, rumour].sort());
  });

  it('excludes exact and checked terms', async () => {
    const index = indexOf(items);
    expect((await searchIds(index, '小区 -谣言')).sort()).toEqual([closed, both].sort());
    expect((await searchIds(index, '小区 -"封闭系谣言"')).sort()).toEqual([closed, both].sort());
    expect(await searchIds(index, '-封')).toEqual([masks]);
  });

  it('finds a single character by reading the texts', async () => {
    expect((await searchIds(indexOf(items), '罩')).sort()).toEqual([masks, both].sort());
  });

  it('searches title, account and URL too, but never across two fields', async () => {
    const titled = textItem('正文', { title: '供暖不足', account: '热心市民', url: 'https://Example.cn/A1' });
    const index = indexOf([titled]);
    expect(await searchIds(index, '供暖')).toEqual([titled.id]);
    expect(await searchIds(index, '热心')).toEqual([titled.id]);
    expect(await searchIds(index, 'example.cn/a1')).toEqual([titled.id]);
    expect(await searchIds(index, '足正')).toEqual([]);
  });

  it('returns the newest first by reported time, with the total', async () => {
    const old = textItem('供暖问题', { reportedAt: '2026-01-01T08:00:00+08:00' });
    const recent = textItem('供暖问题', { reportedAt: '2026-02-01T08:00:00+08:00' });
    const middle = textItem('供暖问题', { reportedAt: '2026-01-15T08:00:00Z' });
    const index = indexOf([old, recent, middle]);
    const { total, ordinals } = await index.search('供暖', 2, NO_LOADERS);
    expect(total).toBe(3);
    expect([...ordinals].map((ordinal) => index.idAt(ordinal))).toEqual([recent.id, middle.id]);
  });
});

describe('updates', () => {
  it('re-indexes an item whose text changed and forgets the old text', async () => {
    const item = textItem('供暖不足');
    const index = indexOf([item, textItem('别的内容')]);
    index.upsert([{ ...item, content: '物业服务差' }]);
    expect(await searchIds(index, '供暖')).toEqual([]);
    expect(await searchIds(index, '物业')).toEqual([item.id]);
    expect(index.size).toBe(2);
  });

  it('updates columns in place when the text stays, and drops removed items', async () => {
    const item = textItem('供暖不足');
    const index = indexOf([item]);
    const slots = index.slotCount;
    index.upsert([{ ...item, status: 'closed' }]);
    expect(index.slotCount).toBe(slots);
    index.remove([item.id]);
    expect(await searchIds(index, '供暖')).toEqual([]);
    expect(index.size).toBe(0);
  });
});

describe('postings chunks', () => {
  it('keeps frequent bigrams as bitmaps and rare ones as lists, with the same postings either way', () => {
    const builder = new PostingsChunkBuilder();
    const common = '常见';
    for (let local = 0; local < CHUNK_SIZE; local += 1)
      builder.add(local, local % 3 === 0 ? `${common}词` : `罕见${local % 1000 === 0 ? '稀有' : ''}`);
    const chunk = builder.build();
    const commonTerm = findTerm(chunk, bigramsOf(common)[0] as number);
    const rareTerm = findTerm(chunk, bigramsOf('稀有')[0] as number);
    expect(isBitmap(chunk, commonTerm)).toBe(true);
    expect(isBitmap(chunk, rareTerm)).toBe(false);
    const rare: number[] = [];
    forEachPosting(chunk, rareTerm, (local) => rare.push(local));
    expect(rare).toEqual(Array.from({ length: 66 }, (_, n) => n * 1000).filter((local) => local % 3 !== 0 && local < CHUNK_SIZE));
    const out = new Uint32Array(CHUNK_WORDS).fill(0xffffffff);
    expect(intersectInto(chunk, [bigramsOf(common)[0] as number, bigramsOf('见词')[0] as number], out)).toBe(true);
    let count = 0;
    for (const word of out) for (let bit = 0; bit < 32; bit += 1) count += (word >>> bit) & 1;
    expect(count).toBe(Math.ceil(CHUNK_SIZE / 3));
  });

  it('gives every key exactly the ordinals whose text holds it, for lists next to bitmaps in any order', () => {
    const random = seededRandom(3);
    const alphabet = '天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜';
    const texts = Array.from({ length: 20_000 }, () => {
      // a few frequent characters (bitmaps) and the whole alphabet rarely (lists), lengths odd and even
      let text = '';
      const length = 3 + Math.floor(random() * 9);
      for (let n = 0; n < length; n += 1)
        text += alphabet[random() < 0.7 ? Math.floor(random() * 2) : Math.floor(random() * alphabet.length)];
      return text;
    });
    const builder = new PostingsChunkBuilder();
    texts.forEach((text, local) => builder.add(local, text));
    const chunk = builder.build();
    expect([...chunk.keys].some((_, term) => isBitmap(chunk, term))).toBe(true);
    expect([...chunk.keys].some((_, term) => !isBitmap(chunk, term))).toBe(true);
    chunk.keys.forEach((key, term) => {
      const got: number[] = [];
      forEachPosting(chunk, term, (local) => got.push(local));
      const pair = String.fromCharCode(Math.floor(key / 0x10000), key % 0x10000);
      const expected = texts.flatMap((text, local) => (text.includes(pair) ? [local] : []));
      expect(got, pair).toEqual(expected);
    });
  });

  it('agrees with a plain substring scan on a seeded corpus spanning two chunks', { timeout: 120_000 }, async () => {
    const items = Array.from({ length: CHUNK_SIZE + 3_000 }, (_, n) => corpusItem(5, n));
    const index = new ItemIndex();
    for (let start = 0; start < items.length; start += 10_000) index.upsert(items.slice(start, start + 10_000));
    expect(index.chunks).toHaveLength(2);
    const texts = items.map((item) => searchableText(item));
    for (const term of [...corpusTerms(11, 6), '小区 -供暖', '"口罩供应"']) {
      const { total } = await index.search(term, 50, NO_LOADERS);
      const [first, ...rest] = term.split(' ');
      const expected = texts.filter(
        (text) => text.includes((first as string).replaceAll('"', '')) && rest.every((part) => !text.includes(part.slice(1))),
      ).length;
      expect(total, term).toBe(expected);
    }
  });
});
