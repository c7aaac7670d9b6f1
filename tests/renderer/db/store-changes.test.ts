import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onStoreChanged, type DeskDatabase, type Repositories, type StoreChange } from '../../../renderer/db';
import { auditedWrite } from '../../../renderer/db/audited-write';
import { buildItem, buildWorkspace } from '../../builders';
import { analyst, useTestStore } from './harness';

let db: DeskDatabase;
let repos: Repositories;
let published: StoreChange[];
let stop: () => void;

useTestStore('store-changes', (store) => ({ db, repos } = store));

beforeEach(() => {
  published = [];
  stop = onStoreChanged((change) => published.push(change));
});
afterEach(() => stop());

async function lastSeq(): Promise<number> {
  return (await db.auditLog.orderBy('seq').last())?.seq ?? 0;
}

describe('the store-changed event', () => {
  it('is published once per committed write, with the audit sequence, the tables and the keys written', async () => {
    await repos.items.bulkAdd([buildItem({ id: 'a' }), buildItem({ id: 'b' })], analyst);
    expect(published).toEqual([{ seq: await lastSeq(), tables: ['items'], ids: { items: ['a', 'b'] } }]);

    await repos.items.update('a', { title: 'changed' }, analyst);
    expect(published).toHaveLength(2);
    expect(published[1]).toEqual({ seq: await lastSeq(), tables: ['items'], ids: { items: ['a'] } });
  });

  it('comes after the commit: a listener reads what was written', async () => {
    const seen: Array<string | null | undefined> = [];
    const stopReading = onStoreChanged(() => void repos.items.get('a').then((item) => seen.push(item?.title)));
    await repos.items.bulkAdd([buildItem({ id: 'a', title: 'first' })], analyst);
    stopReading();
    await expect.poll(() => seen).toEqual(['first']);
  });

  it('names every table a write touched, a triage write over items and tags included', async () => {
    await repos.items.bulkAdd([buildItem({ id: 'a', tags: [] })], analyst);
    await repos.triage.tagItems(['a'], { add: ['地区/东区'] }, analyst);
    const tagging = published[1];
    expect(tagging?.seq).toBe(await lastSeq());
    expect([...(tagging?.tables ?? [])].sort()).toEqual(['items', 'tags']);
    expect(tagging?.ids.items).toEqual(['a']);
  });

  it('is not published for a rolled-back write, nor for a write that changed nothing', async () => {
    await repos.items.bulkAdd([buildItem({ id: 'a' })], analyst);
    published = [];
    // 'a' exists: the whole bulk add fails and rolls back, 'c' included
    await expect(repos.items.bulkAdd([buildItem({ id: 'c' }), buildItem({ id: 'a' })], analyst)).rejects.toThrow();
    await expect(repos.items.update('missing', { title: 'x' }, analyst)).rejects.toThrow();
    await repos.items.remove(['missing'], analyst);
    expect(published).toEqual([]);
    expect(await repos.items.get('c')).toBeUndefined();
  });

  it('is published once for a bulk load over many tables, as the demo and workspace files are written', async () => {
    await repos.workspace.load(buildWorkspace({ items: 3, units: 2 }), analyst);
    expect(published).toHaveLength(1);
    expect(published[0]?.seq).toBe(await lastSeq());
    expect(published[0]?.tables).toEqual(expect.arrayContaining(['items', 'units']));
    expect(published[0]?.ids.items).toHaveLength(3);
  });

  it('leaves out the keys of a table the write cleared', async () => {
    await repos.items.bulkAdd([buildItem({ id: 'a' })], analyst);
    await auditedWrite({ db, clock: () => new Date() }, [db.items], analyst, async (record) => {
      await db.items.clear();
      record({ action: 'items.clear', target: 'items:*', before: null, after: null });
    });
    expect(published[1]).toEqual({ seq: await lastSeq(), tables: ['items'], ids: {} });
  });
});
