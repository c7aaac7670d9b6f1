// The tokens of the query language (query.ts). Positions are UTF-16 offsets into the input; folding keeps
// them, so a problem found in folded text points at the character the analyst typed.
import { foldText, isSpaceUnit } from './text';

export type QueryToken =
  | { kind: 'term'; text: string; phrase: boolean; unclosed: boolean; position: number }
  | { kind: 'minus' | 'open' | 'close' | 'or'; position: number };

const QUOTES = new Set(['"', '“', '”', '＂']);

/** After folding, （ ） are ( ). */
function isBoundary(char: string | undefined): boolean {
  return char === undefined || char === '(' || char === ')' || QUOTES.has(char) || isSpaceUnit(char.charCodeAt(0));
}

/** OR in capitals (ＯＲ too) or 或, standing alone; `or` and `或者` are words. */
function isOrWord(original: string, folded: string): boolean {
  return folded === '或' || (folded === 'or' && original.toUpperCase() === original);
}

export function tokenizeQuery(input: string): QueryToken[] {
  const text = foldText(input);
  const tokens: QueryToken[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    if (isSpaceUnit(char.charCodeAt(0))) {
      index += 1;
      continue;
    }
    if (char === '(' || char === ')') {
      tokens.push({ kind: char === '(' ? 'open' : 'close', position: index });
      index += 1;
      continue;
    }
    if (char === '-') {
      const next = text[index + 1];
      // a lone minus (before a space, a `)` or the end) is punctuation, not an exclusion
      if (next !== undefined && next !== ')' && !isSpaceUnit(next.charCodeAt(0))) tokens.push({ kind: 'minus', position: index });
      index += 1;
      continue;
    }
    if (QUOTES.has(char)) {
      let end = index + 1;
      while (end < text.length && !QUOTES.has(text[end] as string)) end += 1;
      const unclosed = end >= text.length;
      tokens.push({ kind: 'term', text: text.slice(index + 1, end).trim(), phrase: true, unclosed, position: index });
      index = end + 1;
      continue;
    }
    let end = index + 1;
    while (!isBoundary(text[end])) end += 1;
    const word = text.slice(index, end);
    if (isOrWord(input.slice(index, end), word)) tokens.push({ kind: 'or', position: index });
    else tokens.push({ kind: 'term', text: word, phrase: false, unclosed: false, position: index });
    index = end;
  }
  return tokens;
}
