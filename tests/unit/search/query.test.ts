import { describe, expect, it } from 'vitest';
import { bigramsOf } from '../../../shared/search/bigrams';
import { highlightRanges, splitByRanges } from '../../../shared/search/highlight';
import { formatQuery, parseQuery, termNeedsTextCheck } from '../../../shared/search/query';
import { foldText, searchableText } from '../../../shared/search/text';

describe('parseQuery', () => {
  it('splits on spaces (also the full-width one) into ANDed terms', () => {
    expect(parseQuery('口罩  供应　小区')).toMatchObject({
      include: [
        { text: '口罩', phrase: false },
        { text: '供应', phrase: false },
        { text: '小区', phrase: false },
      ],
      exclude: [],
    });
  });

  it('reads quoted phrases with ASCII and Chinese quotes, spaces kept', () => {
    expect(parseQuery('"不实 信息" “封闭管理”').include).toEqual([
      { text: '不实 信息', phrase: true },
      { text: '封闭管理', phrase: true },
    ]);
  });

  it('reads a leading minus as exclusion, of words and of phrases, but not a lone minus', () => {
    expect(parseQuery('疫情 -谣言 -"不实 信息" - 防控')).toMatchObject({
      include: [
        { text: '疫情', phrase: false },
        { text: '防控', phrase: false },
      ],
      exclude: [
        { text: '谣言', phrase: false },
        { text: '不实 信息', phrase: true },
      ],
    });
  });

  it('folds case and full-width forms, drops repeats, and tolerates an unclosed quote', () => {
    expect(parseQuery('ＷeiBo weibo "未闭合').include).toEqual([
      { text: 'weibo', phrase: false },
      { text: '未闭合', phrase: true },
    ]);
  });

  it('writes a query back in canonical form', () => {
    expect(formatQuery(parseQuery('a  "b c" -d -"e f"'))).toBe('a "b c" -d -"e f"');
  });

  it('says which terms the bigram index answers exactly and which need the text', () => {
    const needs = (text: string) => termNeedsTextCheck({ text, phrase: false });
    expect(needs('口罩')).toBe(false);
    expect(needs('口')).toBe(true);
    expect(needs('口罩供应')).toBe(true);
    expect(termNeedsTextCheck({ text: 'a b', phrase: true })).toBe(true);
  });
});

describe('folding and bigrams', () => {
  it('keeps every position, so ranges found in folded text fit the original', () => {
    const original = 'ＡＢＣ微博Weibo　热搜';
    expect(foldText(original)).toBe('abc微博weibo 热搜');
    expect(foldText(original)).toHaveLength(original.length);
  });

  it('makes no bigram across white space or between fields', () => {
    expect(bigramsOf('口罩 供应').sort()).toEqual(bigramsOf('口罩').concat(bigramsOf('供应')).sort());
    const text = searchableText({ title: '标题', content: '内容', account: null, url: null });
    expect(bigramsOf(text)).not.toContain(bigramsOf('题内')[0]);
  });
});

describe('highlightRanges', () => {
  it('finds every occurrence of every included term, merged where they overlap or touch', () => {
    const query = parseQuery('口罩 罩供 应');
    expect(highlightRanges('口罩供应，口罩', query)).toEqual([
      [0, 4],
      [5, 7],
    ]);
  });

  it('matches case-insensitively on the original positions and ignores excluded terms', () => {
    const text = 'Weibo 热搜：WEIBO';
    const ranges = highlightRanges(text, parseQuery('weibo -热搜'));
    expect(ranges).toEqual([
      [0, 5],
      [9, 14],
    ]);
    expect(splitByRanges(text, ranges)).toEqual([
      { text: 'Weibo', hit: true },
      { text: ' 热搜：', hit: false },
      { text: 'WEIBO', hit: true },
    ]);
  });

  it('returns the whole text as one plain segment when nothing matches', () => {
    expect(splitByRanges('没有命中', highlightRanges('没有命中', parseQuery('口罩')))).toEqual([{ text: '没有命中', hit: false }]);
  });
});
