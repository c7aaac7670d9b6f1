// Character bigrams over UTF-16 units. A Chinese term of two characters is one bigram, so a 2-character
// term inside a longer word is found exactly; longer terms need all their bigrams and, because the bigrams
// may sit apart in a text, a check of the candidates' text (query.ts says which terms need it).
// A bigram's key is unit1 * 65536 + unit2: a 32-bit number, so keys sort and store as Uint32Array.
import { isSpaceUnit } from './text';

export function bigramKey(first: number, second: number): number {
  return first * 0x10000 + second;
}

/** Calls `visit` for every bigram of the text that has no white space in it (repeats included). */
export function forEachBigram(text: string, visit: (key: number) => void): void {
  let previous = text.length > 0 ? text.charCodeAt(0) : 0;
  for (let index = 1; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (!isSpaceUnit(previous) && !isSpaceUnit(unit)) visit(bigramKey(previous, unit));
    previous = unit;
  }
}

/** The distinct bigram keys of a (folded) term, in no particular order. */
export function bigramsOf(text: string): number[] {
  const keys = new Set<number>();
  forEachBigram(text, (key) => keys.add(key));
  return [...keys];
}
