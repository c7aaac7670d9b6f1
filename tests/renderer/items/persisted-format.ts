import type { ItemIndexMeta } from '../../../renderer/db/index-repository';
import { chunkIdAt } from '../../../shared/search/chunk-ids';
import type { ColumnChunk } from '../../../shared/search/columns';
import type { TestStore } from '../db/harness';

/** Turns a persisted index back into format 2, as a store written before packed ids holds it: ids as strings. */
export async function downgradeToStringIds(store: TestStore): Promise<void> {
  const meta = (await store.db.derived.get('items-index:meta'))?.value as ItemIndexMeta;
  await store.db.derived.update('items-index:meta', { value: { ...meta, format: 2 } });
  for (let chunkIndex = 0; chunkIndex < meta.chunkCount; chunkIndex += 1) {
    const key = `items-index:columns:${chunkIndex}`;
    const columns = (await store.db.derived.get(key))?.value as ColumnChunk;
    const ids = Array.from({ length: columns.count }, (_, local) => chunkIdAt(columns.ids, local));
    await store.db.derived.update(key, { value: { ...columns, ids } });
  }
}
