import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../shared/audit/chain';
import { simhash64 } from '../../../shared/import';
import type { AuditEntry, Item } from '../../../shared/domain/types';
import { UndoConflictError, type DeskDatabase, type Repositories } from '../../../renderer/db';
import { buildEvent, buildItem, buildRefutation, buildSpreadEdge, buildTag } from '../../builders';
import { analyst, useTestStore } from '../db/harness';

let db: DeskDatabase;
let repos: Repositories;

useTestStore('triage', (store) => ({ db, repos } = store));

async function appendedBy(write: () => Promise<unknown>): Promise<AuditEntry[]> {
  const before = await db.auditLog.count();
  await write();
  const log = await db.auditLog.orderBy('seq').toArray();
  expect(verifyAuditChain(log)).toMatchObject({ ok: true });
  return log.slice(before);
}

/** Every data table as stored, minus the bookkeeping an undo legitimately moves on (rev, updatedAt). */
async function snapshot(): Promise<Record<string, unknown[]>> {
  const strip = (row: object) => {
    const { rev: _rev, updatedAt: _updated, ...rest } = row as Record<string, unknown>;
    return rest;
  };
  return {
    items: (await db.items.toArray()).map(strip),
    tags: await db.tags.toArray(),
    events: await db.events.toArray(),
    refutations: await db.refutations.toArray(),
    spreadEdges: await db.spreadEdges.toArray(),
  };
}

const STORY = '网传某旗明日起全面停止集中供暖，住建局回应称系谣言，供暖将按计划持续到四月中旬，请市民不要轻信转发。';

interface Scene {
  items: Item[];
  eventId: string;
  refutationId: string;
}

async function seed(): Promise<Scene> {
  const items = [
    buildItem({ simhash: simhash64(STORY), tags: ['疫情防控/物资供应'], feeds: ['cac'] }),
    buildItem({ simhash: simhash64(`${STORY}转发`), tags: ['疫情防控'], feeds: ['police'] }),
    buildItem({
      tags: ['民生'],
      assessment: { sentiment: 'negative', risk: 2, veracity: 'rumour', category: null, assessedBy: null, assessedAt: null },
      status: 'assessed',
    }),
    buildItem(),
  ];
  await repos.items.bulkAdd(items, analyst);
  await repos.tags.bulkPut(
    [
      buildTag({ path: '疫情防控', color: '#111111' }),
      buildTag({ path: '疫情防控/物资供应', color: '#222222' }),
      buildTag({ path: '民生' }),
    ],
    analyst,
  );
  const event = buildEvent();
  await repos.events.put(event, analyst);
  const refutation = buildRefutation({ itemIds: [] });
  await repos.refutations.put(refutation, analyst);
  await repos.spreadEdges.put(buildSpreadEdge({ from: items[0]?.id, to: items[1]?.id }), analyst);
  await repos.spreadEdges.put(buildSpreadEdge({ from: items[1]?.id, to: items[3]?.id }), analyst);
  return { items, eventId: event.id, refutationId: refutation.id };
}

const ids = (scene: Scene, ...indexes: number[]) => indexes.map((index) => scene.items[index]?.id as string);

type Operation = (repos: Repositories, scene: Scene) => Promise<unknown>;
const putTwoItemsInTheEvent: Operation = (r, s) => r.triage.addToEvent(s.eventId, ids(s, 2, 3), analyst);

/** [name, the operation, a setup step that runs before it] */
const operations: Array<[string, Operation, Operation?]> = [
  ['bulk tag', (r, s) => r.triage.tagItems(ids(s, 0, 1, 2, 3), { add: ['交通/拥堵', '民生'] }, analyst)],
  ['bulk assess', (r, s) => r.triage.assessItems(ids(s, 0, 1, 3), { risk: 3, veracity: 'false', sentiment: 'negative' }, analyst)],
  [
    'record action',
    (r, s) =>
      r.triage.recordAction(
        ids(s, 2, 3),
        { type: 'contain', at: '2026-03-02T12:00:00+08:00', by: '网信办', note: '已联系平台处置' },
        analyst,
      ),
  ],
  ['manual status', (r, s) => r.triage.setStatus(ids(s, 0, 1), 'closed', analyst)],
  ['merge duplicates', (r, s) => r.triage.mergeDuplicates(ids(s, 0)[0] as string, ids(s, 1), analyst)],
  ['dismiss duplicate', (r, s) => r.triage.dismissDuplicate(ids(s, 0)[0] as string, ids(s, 1)[0] as string, analyst)],
  ['remove items', (r, s) => r.triage.removeItems(ids(s, 2, 3), analyst)],
  ['rename tag', (r) => r.triage.renameTag('疫情防控', '防疫', analyst)],
  ['merge tag', (r) => r.triage.renameTag('疫情防控/物资供应', '民生', analyst)],
  ['delete tag', (r) => r.triage.deleteTag('疫情防控', analyst)],
  ['tag colour', (r) => r.triage.setTagColor('民生', '#e2efd9', analyst)],
  ['create event from selection', (r, s) => r.triage.createEvent({ name: '停暖谣言', description: '' }, ids(s, 0, 1), analyst)],
  ['add to event', (r, s) => r.triage.addToEvent(s.eventId, ids(s, 2, 3), analyst)],
  ['remove from event', (r, s) => r.triage.removeFromEvent(ids(s, 2), analyst), putTwoItemsInTheEvent],
  ['delete event', (r, s) => r.triage.deleteEvent(s.eventId, analyst), putTwoItemsInTheEvent],
  [
    'create refutation',
    (r, s) =>
      r.triage.createRefutation(
        { title: '关于停暖传言的说明', publisher: '住建局', channel: '微信公众号', url: null, publishedAt: '2026-03-03T09:00:00+08:00' },
        ids(s, 2),
        analyst,
      ),
  ],
  ['link refutation', (r, s) => r.triage.linkRefutation(s.refutationId, ids(s, 2, 0), analyst)],
];

describe('each triage operation is one audited write, and undo restores exactly', () => {
  it.each(operations)('%s', async (_name, operation, setup) => {
    const scene = await seed();
    await setup?.(repos, scene);
    const beforeState = await snapshot();
    const entries = await appendedBy(() => operation(repos, scene));
    expect(entries).toHaveLength(1);
    const entry = entries[0] as AuditEntry;
    expect(entry.actor).toBe(analyst.actor);
    const afterState = await snapshot();
    expect(afterState).not.toEqual(beforeState);

    const undo = await appendedBy(() => repos.triage.revert(entry.seq, analyst));
    expect(undo).toHaveLength(1);
    expect(undo[0]?.action).toMatch(/\.undo$/);
    expect(await snapshot()).toEqual(beforeState);

    const redo = await appendedBy(() => repos.triage.revert(undo[0]?.seq as number, analyst));
    expect(redo).toHaveLength(1);
    expect(redo[0]?.action).toMatch(/\.redo$/);
    expect(await snapshot()).toEqual(afterState);
  });
});

describe('items', () => {
  it('bulk tagging of twelve items is one entry listing them; tags not known yet are created with a colour', async () => {
    const items = Array.from({ length: 12 }, () => buildItem());
    await repos.items.bulkAdd(items, analyst);
    const entries = await appendedBy(() =>
      repos.triage.tagItems(
        items.map((item) => item.id),
        { add: ['疫情防控／物资供应'] },
        analyst,
      ),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'items.tag', target: 'items:*' });
    expect(entries[0]?.items).toHaveLength(12);
    expect((await repos.items.get(items[0]?.id as string))?.tags).toEqual(['疫情防控/物资供应']);
    expect((await repos.tags.get('疫情防控/物资供应'))?.color).toMatch(/^#/);
  });

  it('assessment moves new items to assessed, records who and when, and re-saving the same values writes nothing', async () => {
    const [a, b] = [buildItem(), buildItem({ status: 'handling' })];
    await repos.items.bulkAdd([a, b], analyst);
    await repos.triage.assessItems([a.id, b.id], { risk: 4, veracity: 'rumour' }, analyst);
    const [assessedA, assessedB] = await repos.items.getMany([a.id, b.id]);
    expect(assessedA?.status).toBe('assessed');
    expect(assessedB?.status).toBe('handling');
    expect(assessedA?.assessment).toMatchObject({ risk: 4, veracity: 'rumour', sentiment: null, assessedBy: analyst.actor });
    expect(await appendedBy(() => repos.triage.assessItems([a.id, b.id], { risk: 4 }, analyst))).toEqual([]);
  });

  it('recording actions moves the status forward: 研判 → assessed, 管控 → handling, 办结 → closed', async () => {
    const item = buildItem();
    await repos.items.bulkAdd([item], analyst);
    const record = (type: 'assess' | 'contain' | 'guide', closes = false) =>
      repos.triage.recordAction([item.id], { type, at: '2026-03-02T10:00:00+08:00', by: '王晓燕', note: '  已处理  ', closes }, analyst);
    await record('assess');
    expect((await repos.items.get(item.id))?.status).toBe('assessed');
    await record('contain');
    expect((await repos.items.get(item.id))?.status).toBe('handling');
    await record('guide', true);
    const closed = await repos.items.get(item.id);
    expect(closed?.status).toBe('closed');
    expect(closed?.actions.map((action) => [action.type, action.by, action.note])).toEqual([
      ['assess', '王晓燕', '已处理'],
      ['contain', '王晓燕', '已处理'],
      ['guide', '王晓燕', '已处理'],
    ]);
  });

  it('merging duplicates keeps every feed and provenance row, and moves refutation links and spread edges to the kept item', async () => {
    const scene = await seed();
    const [keepId, duplicateId, , otherId] = ids(scene, 0, 1, 2, 3);
    await repos.triage.linkRefutation(scene.refutationId, [duplicateId as string], analyst);
    const duplicate = await repos.items.get(duplicateId as string);
    await repos.triage.mergeDuplicates(keepId as string, [duplicateId as string], analyst);

    const kept = await repos.items.get(keepId as string);
    expect(await repos.items.get(duplicateId as string)).toBeUndefined();
    expect(kept?.feeds).toEqual(['cac', 'police']);
    expect(kept?.provenance).toEqual([...(scene.items[0]?.provenance ?? []), ...(duplicate?.provenance ?? [])]);
    expect(kept?.actions.map((action) => action.type)).toEqual(['refute']);
    expect((await repos.refutations.get(scene.refutationId))?.itemIds).toEqual([keepId]);
    const edges = await db.spreadEdges.toArray();
    // the edge between the two copies would be a loop and is gone; the onward edge now starts at the kept item
    expect(edges.map((edge) => [edge.from, edge.to])).toEqual([[keepId, otherId]]);
  });

  it('finds suspected duplicates reported nearby, and 不是重复 is remembered from both sides', async () => {
    const scene = await seed();
    const [a, b] = ids(scene, 0, 1) as [string, string];
    expect((await repos.triage.suspectedDuplicates(a)).map((found) => found.item.id)).toEqual([b]);
    await repos.triage.dismissDuplicate(a, b, analyst);
    expect(await repos.triage.suspectedDuplicates(a)).toEqual([]);
    expect(await repos.triage.suspectedDuplicates(b)).toEqual([]);
  });
});

describe('tags', () => {
  it('renaming carries the children along, on tag rows and on items, and keeps their colours', async () => {
    const scene = await seed();
    await repos.triage.renameTag('疫情防控', '防疫', analyst);
    expect((await db.tags.toArray()).map((tag) => [tag.path, tag.color]).sort()).toEqual(
      [
        ['防疫', '#111111'],
        ['防疫/物资供应', '#222222'],
        ['民生', expect.any(String)],
      ].sort(),
    );
    expect((await repos.items.get(ids(scene, 0)[0] as string))?.tags).toEqual(['防疫/物资供应']);
    expect((await repos.items.get(ids(scene, 1)[0] as string))?.tags).toEqual(['防疫']);
  });

  it('merging onto an existing tag keeps the target once and its colour', async () => {
    const scene = await seed();
    await repos.triage.tagItems(ids(scene, 2), { add: ['疫情防控/物资供应'] }, analyst);
    await repos.triage.renameTag('疫情防控/物资供应', '民生', analyst);
    expect((await repos.items.get(ids(scene, 2)[0] as string))?.tags).toEqual(['民生']);
    expect(await repos.tags.get('疫情防控/物资供应')).toBeUndefined();
  });

  it('counts items under a tag with its children once each, and deleting removes the whole branch', async () => {
    const scene = await seed();
    await repos.triage.tagItems(ids(scene, 0), { add: ['疫情防控'] }, analyst);
    expect(await repos.triage.countItemsUnderTag('疫情防控')).toBe(2);
    const listed = await repos.triage.listTags();
    expect(listed.find((tag) => tag.path === '疫情防控')?.count).toBe(2);
    await repos.triage.deleteTag('疫情防控', analyst);
    expect(await repos.triage.countItemsUnderTag('疫情防控')).toBe(0);
    expect((await db.tags.toArray()).map((tag) => tag.path)).toEqual(['民生']);
  });

  it('refuses to move a tag under its own child or to an empty name', async () => {
    await seed();
    await expect(repos.triage.renameTag('疫情防控', '疫情防控/物资供应/口罩', analyst)).rejects.toMatchObject({
      code: 'db.triage.tagIntoOwnChild',
    });
    await expect(repos.triage.tagItems([], { add: [' / '] }, analyst)).rejects.toMatchObject({ code: 'db.triage.tagNameRequired' });
  });
});

describe('refutations and rumours', () => {
  it('lists rumours without refutation until one is linked; linking records a 辟谣 action and moves the status on', async () => {
    const scene = await seed();
    const rumourId = ids(scene, 2)[0] as string;
    expect((await repos.triage.rumoursWithoutRefutation()).map((item) => item.id)).toEqual([rumourId]);
    await repos.triage.linkRefutation(scene.refutationId, [rumourId], analyst);
    expect(await repos.triage.rumoursWithoutRefutation()).toEqual([]);
    const rumour = await repos.items.get(rumourId);
    expect(rumour?.status).toBe('handling');
    expect(rumour?.actions).toEqual([expect.objectContaining({ type: 'refute', note: expect.stringContaining('停暖') })]);
    // linking twice adds nothing
    expect(await appendedBy(() => repos.triage.linkRefutation(scene.refutationId, [rumourId], analyst))).toEqual([]);
  });
});

describe('undo is never silent about a conflict', () => {
  it('refuses to undo a tagging when the item has been tagged again since', async () => {
    const item = buildItem();
    await repos.items.bulkAdd([item], analyst);
    const first = await repos.triage.tagItems([item.id], { add: ['民生'] }, analyst);
    await repos.triage.tagItems([item.id], { add: ['交通'] }, analyst);
    await expect(repos.triage.revert(first.seq as number, analyst)).rejects.toBeInstanceOf(UndoConflictError);
    expect((await repos.items.get(item.id))?.tags).toEqual(['民生', '交通']);
  });

  it('an item’s history from the audit chain lists the triage writes that touched it', async () => {
    const item = buildItem();
    await repos.items.bulkAdd([item], analyst);
    await repos.triage.tagItems([item.id], { add: ['民生'] }, analyst);
    await repos.triage.assessItems([item.id], { risk: 2 }, analyst);
    expect((await repos.audit.forTarget(`items:${item.id}`)).map((entry) => entry.action)).toEqual([
      'items.add',
      'items.tag',
      'items.assess',
    ]);
  });
});
