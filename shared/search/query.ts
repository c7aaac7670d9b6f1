// The search box's language: words separated by spaces are ANDed, "a quoted phrase" must appear as written
// (spaces included), and a leading minus excludes (-谣言, -"不实 信息"). Chinese input methods type “ ” for
// quotes and full-width spaces; both are understood.
import { bigramsOf } from './bigrams';
import { foldText, isSpaceUnit } from './text';

export interface QueryTerm {
  /** folded, as searched */
  text: string;
  phrase: boolean;
}

export interface ParsedQuery {
  include: QueryTerm[];
  exclude: QueryTerm[];
}

const QUOTES = new Set(['"', '“', '”', '＂']);

export function parseQuery(input: string): ParsedQuery {
  const text = foldText(input);
  const include: QueryTerm[] = [];
  const exclude: QueryTerm[] = [];
  let index = 0;
  while (index < text.length) {
    if (isSpaceUnit(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    let negative = false;
    if (text[index] === '-' && index + 1 < text.length && !isSpaceUnit(text.charCodeAt(index + 1))) {
      negative = true;
      index += 1;
    }
    let term: QueryTerm;
    if (QUOTES.has(text[index] ?? '')) {
      let end = index + 1;
      while (end < text.length && !QUOTES.has(text[end] ?? '')) end += 1;
      term = { text: text.slice(index + 1, end).trim(), phrase: true };
      index = end + 1;
    } else {
      let end = index;
      while (end < text.length && !isSpaceUnit(text.charCodeAt(end)) && !QUOTES.has(text[end] ?? '')) end += 1;
      term = { text: text.slice(index, end), phrase: false };
      index = end;
    }
    if (term.text === '' || term.text === '-') continue;
    const target = negative ? exclude : include;
    if (!target.some((known) => known.text === term.text)) target.push(term);
  }
  return { include, exclude };
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.include.length === 0 && query.exclude.length === 0;
}

/**
 * True when a text holding every bigram of the term may still not hold the term: a single character (it has
 * no bigram), three or more characters (the bigrams may sit apart), or a phrase with spaces.
 */
export function termNeedsTextCheck(term: QueryTerm): boolean {
  return term.text.length !== 2 || bigramsOf(term.text).length !== 1;
}

/** The same query written back in canonical form, for saved views and for comparing two queries. */
export function formatQuery(query: ParsedQuery): string {
  const write = (term: QueryTerm) => (term.phrase || /\s/.test(term.text) ? `"${term.text}"` : term.text);
  return [...query.include.map(write), ...query.exclude.map((term) => `-${write(term)}`)].join(' ');
}
