// What search sees of an item: title, content, account, URL and its notes, folded so that case and full-width forms do
// not matter. Folding maps one UTF-16 unit to one unit, so a position in folded text is the same position in
// the original: highlight ranges found in folded text can be drawn on the text the analyst reads.
import type { Item } from '../domain/types';

/** Joins the searchable fields; no bigram spans it, so a term never matches across two fields. */
export const FIELD_SEPARATOR = '\n';

export function foldUnit(unit: number): number {
  if (unit >= 0x41 && unit <= 0x5a) return unit + 0x20;
  if (unit >= 0xff01 && unit <= 0xff5e) return foldUnit(unit - 0xfee0);
  if (unit === 0x3000) return 0x20;
  return unit;
}

export function foldText(text: string): string {
  let changedFrom = -1;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (foldUnit(unit) !== unit) {
      changedFrom = index;
      break;
    }
  }
  if (changedFrom < 0) return text;
  let folded = text.slice(0, changedFrom);
  for (let index = changedFrom; index < text.length; index += 1) folded += String.fromCharCode(foldUnit(text.charCodeAt(index)));
  return folded;
}

export function isSpaceUnit(unit: number): boolean {
  return unit === 0x20 || unit === 0x0a || unit === 0x09 || unit === 0x0d || unit === 0x3000 || unit === 0xa0;
}

export type SearchableFields = Pick<Item, 'title' | 'content' | 'account' | 'url'>;

/**
 * The folded text search runs over, one field after another, then the texts of the item's notes (批注), each
 * a field of its own. Without notes it is what it always was, so adding notes re-indexes only annotated items.
 */
export function searchableText(item: SearchableFields, noteTexts: readonly string[] = []): string {
  const fields = [item.title ?? '', item.content ?? '', item.account ?? '', item.url ?? ''];
  for (const note of noteTexts) fields.push(note.replaceAll(FIELD_SEPARATOR, ' '));
  return foldText(fields.join(FIELD_SEPARATOR));
}
