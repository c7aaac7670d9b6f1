import { describe, expect, it } from 'vitest';
import {
  QuerySyntaxError,
  formatQuery,
  hasAlternatives,
  parseQuery,
  parseQueryStrict,
  queryMatchesText,
  type QueryNode,
} from '../../../shared/search/query';
import { foldText } from '../../../shared/search/text';

const word = (text: string): QueryNode => ({ type: 'term', term: { text, phrase: false } });
const phrase = (text: string): QueryNode => ({ type: 'term', term: { text, phrase: true } });
const and = (...children: QueryNode[]): QueryNode => ({ type: 'and', children });
const or = (...children: QueryNode[]): QueryNode => ({ type: 'or', children });
const not = (child: QueryNode): QueryNode => ({ type: 'not', child });

describe('the OR grammar', () => {
  it('binds implicit AND tighter than OR', () => {
    expect(parseQuery('a b OR c').root).toEqual(or(and(word('a'), word('b')), word('c')));
    expect(parseQuery('a OR b c').root).toEqual(or(word('a'), and(word('b'), word('c'))));
    expect(parseQuery('a OR b OR c').root).toEqual(or(word('a'), word('b'), word('c')));
  });

  it('reads 或 and full-width ＯＲ as OR, but not lower-case or, nor 或 inside a word', () => {
    expect(parseQuery('口罩 或 药店').root).toEqual(or(word('口罩'), word('药店')));
    expect(parseQuery('口罩 ＯＲ 药店').root).toEqual(or(word('口罩'), word('药店')));
    expect(parseQuery('口罩 or 药店').root).toEqual(and(word('口罩'), word('or'), word('药店')));
    expect(parseQuery('或者 药店').root).toEqual(and(word('或者'), word('药店')));
    expect(parseQuery('"或" OR 药店').root).toEqual(or(phrase('或'), word('药店')));
  });

  it('groups with parentheses, nested, with ASCII and full-width forms', () => {
    expect(parseQuery('(a OR b) c').root).toEqual(and(or(word('a'), word('b')), word('c')));
    expect(parseQuery('（供暖 或 停暖）（小区 OR (物业 -回复)）').root).toEqual(
      and(or(word('供暖'), word('停暖')), or(word('小区'), and(word('物业'), not(word('回复'))))),
    );
    expect(parseQuery('((a))').root).toEqual(word('a'));
    expect(parseQuery('口罩(N95)').root).toEqual(and(word('口罩'), word('n95')));
  });

  it('keeps quoted phrases whole, operators and parentheses inside them included', () => {
    expect(parseQuery('"不实 信息" OR “(封闭 OR 管理)”').root).toEqual(or(phrase('不实 信息'), phrase('(封闭 or 管理)')));
  });

  it('excludes words, phrases and groups; a lone minus is punctuation', () => {
    expect(parseQuery('疫情 -(谣言 OR "不实 信息")').root).toEqual(and(word('疫情'), not(or(word('谣言'), phrase('不实 信息')))));
    expect(parseQuery('--疫情').root).toEqual(word('疫情'));
    expect(parseQuery('covid-19 - 防控')).toMatchObject({ root: and(word('covid-19'), word('防控')), error: null });
    const query = parseQuery('疫情 -(谣言 OR 辟谣)');
    expect(query.include.map((term) => term.text)).toEqual(['疫情']);
    expect(query.exclude.map((term) => term.text)).toEqual(['谣言', '辟谣']);
  });

  it('drops repeated parts and empty phrases', () => {
    expect(parseQuery('a a OR a').root).toEqual(word('a'));
    expect(parseQuery('"" a').root).toEqual(word('a'));
    expect(parseQuery('').root).toBeNull();
    expect(parseQuery('  　').root).toBeNull();
  });

  it('says whether a query has alternatives', () => {
    expect(hasAlternatives(parseQuery('a b -c'))).toBe(false);
    expect(hasAlternatives(parseQuery('a -(b OR c)'))).toBe(true);
  });
});

describe('malformed queries', () => {
  const problem = (input: string) => parseQuery(input).error;

  it('reports each kind of problem with its code and the position of the character typed', () => {
    expect(problem('口罩 "未闭合')).toEqual({ code: 'unclosedQuote', position: 3 });
    expect(problem('a (b OR c')).toEqual({ code: 'unclosedGroup', position: 2 });
    expect(problem('a b) c')).toEqual({ code: 'unexpectedClose', position: 3 });
    expect(problem('a () b')).toEqual({ code: 'emptyGroup', position: 2 });
    expect(problem('OR a')).toEqual({ code: 'danglingOr', position: 0 });
    expect(problem('a OR')).toEqual({ code: 'danglingOr', position: 2 });
    expect(problem('a OR OR b')).toEqual({ code: 'danglingOr', position: 5 });
    expect(problem('(a 或)')).toEqual({ code: 'danglingOr', position: 3 });
    expect(problem('a -(b OR c')).toEqual({ code: 'unclosedGroup', position: 3 });
  });

  it('still reads what it can, so the search box answers while the analyst types', () => {
    expect(parseQuery('a (b OR c').root).toEqual(and(word('a'), or(word('b'), word('c'))));
    expect(parseQuery('a b) c').root).toEqual(and(word('a'), word('b'), word('c')));
    expect(parseQuery('a OR').root).toEqual(word('a'));
    expect(parseQuery('口罩 "未闭合').root).toEqual(and(word('口罩'), phrase('未闭合')));
  });

  it('throws a typed error, never a string, from the strict parse', () => {
    expect(() => parseQueryStrict('a (b')).toThrow(QuerySyntaxError);
    try {
      parseQueryStrict('a (b');
    } catch (error) {
      expect(error).toBeInstanceOf(QuerySyntaxError);
      expect(error).toMatchObject({ code: 'unclosedGroup', position: 2 });
    }
    expect(parseQueryStrict('a (b OR c)').error).toBeNull();
  });

  it('never throws on any input', () => {
    const alphabet = ['a', 'b', ' ', '(', ')', '"', '-', 'OR', '或', '（', '）', '“'];
    for (let seed = 0; seed < 2_000; seed += 1) {
      let input = '';
      for (let n = seed; n > 0; n = Math.floor(n / alphabet.length)) input += alphabet[n % alphabet.length];
      expect(() => formatQuery(parseQuery(input))).not.toThrow();
    }
  });
});

describe('canonical form', () => {
  it('writes a query back so that it parses to the same tree', () => {
    for (const input of ['a b OR c', '(a OR b) c', '-(a OR b) c', '-(a b) OR c', '"a b" OR -c', '"或" "OR" "-x" or', 'x (y OR (z w))']) {
      const query = parseQuery(input);
      const written = formatQuery(query);
      expect(parseQuery(written).root, `${input} → ${written}`).toEqual(query.root);
    }
    expect(formatQuery(parseQuery('a  b 或 c'))).toBe('a b OR c');
    expect(formatQuery(parseQuery('(a OR b)   c'))).toBe('(a OR b) c');
  });
});

describe('matching one text', () => {
  const matches = (input: string, text: string) => queryMatchesText(parseQuery(input), foldText(text));

  it('evaluates OR, AND, groups and exclusions on a folded text', () => {
    expect(matches('供暖 OR 停水', '小区停水三天')).toBe(true);
    expect(matches('供暖 停水', '小区停水三天')).toBe(false);
    expect(matches('(供暖 OR 停水) -谣言', '停水系谣言')).toBe(false);
    expect(matches('-(供暖 OR 停水)', '物业服务差')).toBe(true);
    expect(matches('WEIBO 或 抖音', 'Weibo 热搜')).toBe(true);
    expect(matches('', '任何内容')).toBe(true);
  });
});
