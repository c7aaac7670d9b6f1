import { beforeEach, describe, expect, it } from 'vitest';
import { resetBuilderSequence } from '../../builders/sequence';
import { corpusItem, corpusTerms } from '../../../shared/search/corpus';
import { parseQuery, queryMatchesText } from '../../../shared/search/query';
import { searchableText } from '../../../shared/search/text';
import type { ChunkLoaders } from '../../../shared/search/engine';
import { NO_LOADERS, indexOf, searchIds, textItem } from './builders';

beforeEach(() => resetBuilderSequence());

describe('OR and groups answered from the index', () => {
  const items = [
    textItem('小区供暖不足'),
    textItem('小区停水三天'),
    textItem('网传停水系谣言'),
    textItem('物业服务差'),
    textItem('供暖费用上涨，停水'),
  ];
  const [heating, water, rumour, service, both] = items.map((item) => item.id) as [string, string, string, string, string];
  const sorted = async (query: string) => (await searchIds(indexOf(items), query)).sort();

  it('unites the branches of an OR', async () => {
    expect(await sorted('供暖 OR 物业')).toEqual([heating, service, both].sort());
    expect(await sorted('供暖 或 停水 或 物业')).toEqual([heating, water, rumour, service, both].sort());
  });

  it('ANDs before ORing, and groups override that', async () => {
    expect(await sorted('小区 供暖 OR 谣言')).toEqual([heating, rumour].sort());
    expect(await sorted('小区 (供暖 OR 停水)')).toEqual([heating, water].sort());
  });

  it('excludes words, checked phrases and whole groups', async () => {
    expect(await sorted('停水 -谣言')).toEqual([water, both].sort());
    expect(await sorted('停水 -"系谣言"')).toEqual([water, both].sort());
    expect(await sorted('-(供暖 OR 停水)')).toEqual([service]);
    expect(await sorted('(停水 -小区) OR 物业')).toEqual([rumour, service, both].sort());
  });

  it('checks the text of longer terms and single characters inside an OR', async () => {
    // 小区 and 供暖 are both in the fifth item's neighbours but 区供 only where they touch
    expect(await sorted('小区供暖 OR 水')).toEqual([heating, water, rumour, both].sort());
    expect(await sorted('"停水三天" OR 差')).toEqual([water, service].sort());
  });

  it('finds nothing for a branch whose bigram is in no text, without losing the other branch', async () => {
    expect(await sorted('地震 OR 物业')).toEqual([service]);
    expect(await sorted('地震 OR 火灾')).toEqual([]);
  });

  it('reads postings and texts through the loaders, once per chunk, only when needed', async () => {
    const index = indexOf(items);
    const persisted = index.chunks.map((chunk) => ({ postings: chunk.postings, texts: chunk.texts }));
    for (const chunk of index.chunks) {
      chunk.postings = null;
      chunk.texts = null;
    }
    const calls: string[] = [];
    const loaders: ChunkLoaders = {
      postings: (chunkIndex) => (calls.push('postings'), Promise.resolve(persisted[chunkIndex]?.postings as never)),
      texts: (chunkIndex) => (calls.push('texts'), Promise.resolve(persisted[chunkIndex]?.texts as never)),
    };
    await index.search('供暖 OR 物业', 10, loaders);
    expect(calls).toEqual(['postings']);
    expect((await index.search('小区供暖 OR 物业服务', 10, loaders)).total).toBe(2);
    expect(calls).toEqual(['postings', 'texts']);
  });

  it('agrees with the per-text match on a generated corpus, for random trees', async () => {
    const corpus = Array.from({ length: 3_000 }, (_, index) => corpusItem(7, index));
    const index = indexOf(corpus);
    const terms = corpusTerms(11, 24);
    const queries = [
      `${terms[0]} OR ${terms[1]}`,
      `${terms[2]} ${terms[3]} OR ${terms[4]}`,
      `(${terms[5]} OR ${terms[6]}) -${terms[7]}`,
      `-(${terms[8]} OR ${terms[9]}) ${terms[10]}`,
      `(${terms[11]} 或 (${terms[12]} -${terms[13]})) (${terms[14]} OR "${terms[15]}")`,
      `${terms[16]}${terms[17]} OR ${(terms[18] as string).slice(0, 1)}`,
      `-${terms[19]} -(${terms[20]} ${terms[21]})`,
    ];
    for (const query of queries) {
      const parsed = parseQuery(query);
      const expected = corpus.filter((item) => queryMatchesText(parsed, searchableText(item))).map((item) => item.id);
      const { total, ordinals } = await index.search(query, corpus.length, NO_LOADERS);
      expect(total, query).toBe(expected.length);
      expect([...ordinals].map((ordinal) => index.idAt(ordinal) as string).sort(), query).toEqual(expected.sort());
    }
  });
});
