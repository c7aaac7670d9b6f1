import type { Item } from '../../../shared/domain/types';
import { buildItem } from '../../builders';
import { ItemIndex, type ChunkLoaders } from '../../../shared/search/engine';

/** An item whose searchable text is exactly what the test says (no title, account or URL). */
export function textItem(content: string, overrides: Partial<Item> = {}): Item {
  return buildItem({ title: null, account: null, url: null, content, ...overrides });
}

export function indexOf(items: readonly Item[]): ItemIndex {
  const index = new ItemIndex();
  index.upsert(items);
  return index;
}

/** Everything is in memory in these tests: a loader call would mean the engine lost what it built. */
export const NO_LOADERS: ChunkLoaders = {
  postings: () => Promise.reject(new Error('postings were not in memory')),
  texts: () => Promise.reject(new Error('texts were not in memory')),
};

export async function searchIds(index: ItemIndex, query: string): Promise<string[]> {
  const { ordinals } = await index.search(query, 1_000, NO_LOADERS);
  return [...ordinals].map((ordinal) => index.idAt(ordinal) as string);
}
