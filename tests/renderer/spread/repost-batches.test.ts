import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../shared/audit/chain';
import type { Item } from '../../../shared/domain/types';
import { IMPLIED_ROOTS_KEY, type DeskDatabase, type Repositories } from '../../../renderer/db';
import { buildImportBatch, buildItem } from '../../builders';
import { analyst, useTestStore } from '../db/harness';

let db: DeskDatabase;
let repos: Repositories;

useTestStore('spread-batches', (store) => ({ db, repos } = store));

/** Records of a Weibo repost array as 导入 stores them: mid → externalId, parent → parentExternalId, no 原帖ID. */
function reposts(pairs: readonly (readonly [string, string | null])[]): Item[] {
  return pairs.map(([mid, parent]) => buildItem({ externalId: mid, parentExternalId: parent, rootExternalId: null, platform: '微博' }));
}

async function importBatch(items: Item[], state: 'complete' | 'undone' = 'complete') {
  await repos.items.bulkAdd(items, analyst);
  const batch = buildImportBatch({ state, files: ['转发记录.json'], createdItemIds: items.map((item) => item.id) });
  await repos.importBatches.put(batch, analyst);
  return batch;
}

describe('repost files imported without 原帖ID', () => {
  it('finds the batches whose items name parents but no original, and leaves other imports out', async () => {
    const repostFile = reposts([
      ['A', null],
      ['B', 'A'],
      ['C', 'GONE'],
    ]);
    const chained = buildItem({ externalId: 'D', rootExternalId: 'R', parentExternalId: 'R' });
    const file = await importBatch([...repostFile, chained]);
    await importBatch([buildItem(), buildItem()]);
    await importBatch(reposts([['U', 'V']]), 'undone');

    const found = await repos.spread.repostBatches();
    expect(found.map((batch) => batch.batchId)).toEqual([file.id]);
    // The chained item already belongs to its 原帖ID's cascade.
    expect(found[0]?.items.map((item) => item.id).sort()).toEqual(repostFile.map((item) => item.id).sort());
    expect(found[0]?.root).toEqual({ rootId: null, rootText: null, rootTime: null });
    expect(found[0]?.files).toEqual(['转发记录.json']);
  });

  it('keeps the analyst’s description of the original in one audited settings write, blanks cleared', async () => {
    const file = await importBatch(
      reposts([
        ['A', null],
        ['B', 'A'],
      ]),
    );
    const saved = await repos.spread.describeImpliedRoot(
      file.id,
      { rootId: ' Al0Hl9nUf ', rootText: '米兰大佬', rootTime: '2013-11-28T20:00:00+08:00' },
      analyst,
    );
    expect(saved.rootId).toBe('Al0Hl9nUf');
    const [batch] = await repos.spread.repostBatches();
    expect(batch?.root).toEqual({ rootId: 'Al0Hl9nUf', rootText: '米兰大佬', rootTime: '2013-11-28T20:00:00+08:00' });

    await repos.spread.describeImpliedRoot(file.id, { rootId: 'Al0Hl9nUf', rootText: '  ', rootTime: null }, analyst);
    expect((await repos.spread.repostBatches())[0]?.root.rootText).toBeNull();

    const entries = await db.auditLog.where('target').equals(`settings:${IMPLIED_ROOTS_KEY}`).toArray();
    expect(entries).toHaveLength(2);
    expect(verifyAuditChain(await db.auditLog.orderBy('seq').toArray())).toMatchObject({ ok: true });
  });
});
