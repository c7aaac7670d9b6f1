// Where the analyst's search terms occur in a text, as [start, end) ranges over the original text (folding
// keeps positions, text.ts), merged where they touch so a highlight never nests.
import type { ParsedQuery } from './query';
import { foldText } from './text';

export type HighlightRange = readonly [start: number, end: number];

export function highlightRanges(text: string, query: ParsedQuery): HighlightRange[] {
  if (text === '' || query.include.length === 0) return [];
  const folded = foldText(text);
  const ranges: Array<[number, number]> = [];
  for (const term of query.include) {
    let from = folded.indexOf(term.text);
    while (from >= 0) {
      ranges.push([from, from + term.text.length]);
      from = folded.indexOf(term.text, from + 1);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

export interface TextSegment {
  text: string;
  hit: boolean;
}

/** The text cut at the highlight ranges, for rendering hits as <mark>. */
export function splitByRanges(text: string, ranges: readonly HighlightRange[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let position = 0;
  for (const [start, end] of ranges) {
    if (start > position) segments.push({ text: text.slice(position, start), hit: false });
    segments.push({ text: text.slice(start, end), hit: true });
    position = end;
  }
  if (position < text.length || segments.length === 0) segments.push({ text: text.slice(position), hit: false });
  return segments;
}
