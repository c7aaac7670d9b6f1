// Crash safety from the other side of the reload: a batch the reload left incomplete is resumed
// from where its last whole chunk ended, so every row lands exactly once, and the whole batch still undoes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromItemRow, IMPORT_CHUNK_ACTION, type DeskDatabase, type Repositories } from '../../../renderer/db';
import { nameLookups, writeBatch } from '../../../renderer/features/import/write-import';
import { analyst, openTestStore, intactAuditLog } from '../db/harness';
import { startTestBatch, writeFirstRows } from '../import/batch-steps';
import { fileToWrite, parseRows, row } from '../import/builders';

let db: DeskDatabase;
let repos: Repositories;

beforeEach(async () => {
  ({ db, repos } = await openTestStore('resume-import'));
});

afterEach(() => db.close());

describe('an import interrupted by a reload', () => {
  it('resumes after its last whole chunk: every row exactly once, the batch complete, the chain intact, and it still undoes whole', async () => {
    const result = parseRows([row(), row(), row(), row(), row()], '网信办.csv', { feed: 'cac' });
    expect(result.items).toHaveLength(5);
    const batch = await startTestBatch(repos, [result], 'cac');
    // The first window wrote one whole chunk of two rows, then was reloaded.
    await writeFirstRows(repos, batch.id, result, 2);
    expect(await repos.imports.markInterrupted(new Set(), analyst)).toEqual([batch.id]);
    const interrupted = await repos.imports.getBatch(batch.id);
    expect(interrupted?.state).toBe('incomplete');

    // The page resumes from the batch's own record of its chunks, as 继续 does.
    const writtenUpTo = (interrupted?.chunks ?? [])
      .filter((chunk) => chunk.file === result.file)
      .reduce((most, chunk) => Math.max(most, chunk.to), 0);
    expect(writtenUpTo).toBe(2);
    const outcome = await writeBatch({
      imports: repos.imports,
      batchId: batch.id,
      files: [{ ...fileToWrite(result), skip: writtenUpTo }],
      names: nameLookups([], []),
      ctx: analyst,
      importTime: Date.now(),
      chunkSize: 2,
    });

    expect(outcome.state).toBe('complete');
    const items = (await db.items.orderBy('id').toArray()).map(fromItemRow);
    expect(items.map((item) => item.title).sort()).toEqual(result.items.map((imported) => imported.record.title).sort());
    const resumed = await repos.imports.getBatch(batch.id);
    expect(resumed?.state).toBe('complete');
    expect(resumed?.createdItemIds).toHaveLength(5);
    const entries = await intactAuditLog(db);
    // One entry per whole chunk: the interrupted one and the two written on resume.
    expect(entries.filter((entry) => entry.action === IMPORT_CHUNK_ACTION)).toHaveLength(3);

    await repos.imports.undoBatch(batch.id, analyst);
    expect(await db.items.count()).toBe(0);
    await intactAuditLog(db);
  });
});
