import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Feed, Item } from '../../../shared/domain/types';
import { parseImport, type ImportResult } from '../../../shared/import';
import { IMPORT_CHUNK_ACTION, IMPORT_UNDO_ACTION, fromItemRow, type DeskDatabase, type Repositories } from '../../../renderer/db';
import { LOAD_BUDGET_PER_ROW } from '../../../renderer/db/import-stored-keys';
import { nameLookups, writeBatch, type WriteOutcome } from '../../../renderer/features/import/write-import';
import { analyst, openTestStore, intactAuditLog } from '../db/harness';
import { startTestBatch, writeFirstRows } from './batch-steps';
import { IMPORT_TIME, IMPORT_TIME_ISO, fileToWrite, parseRows, row } from './builders';

let db: DeskDatabase;
let repos: Repositories;

beforeEach(async () => {
  ({ db, repos } = await openTestStore('import-writes'));
});

afterEach(() => db.close());

function startBatch(results: readonly ImportResult[], feed: Feed) {
  return startTestBatch(repos, results, feed);
}

async function importResults(
  results: readonly ImportResult[],
  feed: Feed,
  options: { chunkSize?: number; shouldCancel?: () => boolean } = {},
): Promise<WriteOutcome> {
  const batch = await startBatch(results, feed);
  return writeBatch({
    imports: repos.imports,
    batchId: batch.id,
    files: results.map(fileToWrite),
    names: nameLookups([], []),
    ctx: analyst,
    importTime: IMPORT_TIME,
    ...options,
  });
}

async function allItems(): Promise<Item[]> {
  return (await db.items.orderBy('id').toArray()).map(fromItemRow);
}

describe('chunked writes', () => {
  it('writes each chunk in one audit entry listing its items, and completes the batch', async () => {
    const result = parseRows([row(), row(), row(), row(), row()], '网信办日报.csv', { feed: 'cac' });
    const outcome = await importResults([result], 'cac', { chunkSize: 2 });

    expect(outcome.state).toBe('complete');
    const chunkEntries = (await intactAuditLog(db)).filter((entry) => entry.action === IMPORT_CHUNK_ACTION);
    expect(chunkEntries.map((entry) => entry.items?.length)).toEqual([2, 2, 1]);
    expect(chunkEntries.every((entry) => entry.target === 'items:*')).toBe(true);
    const stored = await allItems();
    expect(new Set(chunkEntries.flatMap((entry) => entry.items ?? []))).toEqual(new Set(stored.map((item) => item.id)));
    expect(outcome.batch.createdItemIds).toHaveLength(5);
    expect(outcome.batch.counts).toMatchObject({ accepted: 5, merged: 0 });
    expect(outcome.batch.chunks.map((chunk) => [chunk.from, chunk.to])).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
    ]);
  });

  it('stores each row with its provenance, feed, and the import time as reportedAt when the file has no 报送时间', async () => {
    const result = parseRows([row({ platform: 'weibo' })], '网信办日报.csv', { feed: 'cac' });
    const { batch } = await importResults([result], 'cac');
    const [item] = await allItems();
    expect(item).toMatchObject({
      feeds: ['cac'],
      platform: '微博',
      kind: 'online',
      status: 'new',
      reportedAt: IMPORT_TIME_ISO,
      publishedAt: '2024-05-05T10:30:00+08:00',
      provenance: [{ batchId: batch.id, feed: 'cac', file: '网信办日报.csv', sheet: null, row: 2, reportedAt: IMPORT_TIME_ISO }],
    });
  });
});

describe('exact duplicates merge', () => {
  it('keeps every feed and every provenance, and the latest counts', async () => {
    const shared = row({ reposts: 10 });
    const fromCac = parseRows([shared], '网信办.csv', { feed: 'cac' });
    await importResults([fromCac], 'cac');
    // The police list the same post with tracking parameters and a newer repost count.
    const fromPolice = parseRows([{ ...shared, url: `${shared.url}?from=timeline&wm=3333`, reposts: 25 }, row()], '公安网安.csv', {
      feed: 'police',
    });
    const { batch } = await importResults([fromPolice], 'police');

    const items = await allItems();
    expect(items).toHaveLength(2);
    const merged = items.find((item) => item.url === shared.url);
    expect(merged?.feeds).toEqual(['cac', 'police']);
    expect(merged?.provenance.map((entry) => [entry.feed, entry.file])).toEqual([
      ['cac', '网信办.csv'],
      ['police', '公安网安.csv'],
    ]);
    expect(merged?.metrics.reposts).toBe(25);
    expect(batch.counts).toMatchObject({ accepted: 2, merged: 1 });
    expect(batch.mergedItemIds).toEqual([merged?.id]);
  });

  it('merges a row into the same platform and external ID even when the URLs differ', async () => {
    const first = parseTable(
      [
        ['帖子ID', '平台', '内容'],
        ['4912345678901234567', '微博', '某小区停水三天无人回应，居民自行接水'],
      ],
      'a.csv',
      'cac',
    );
    await importResults([first], 'cac');
    const second = parseTable(
      [
        ['微博ID', '来源', '正文', '链接'],
        ['4912345678901234567', '新浪微博', '某小区停水三天', 'https://m.weibo.cn/x/1'],
      ],
      'b.csv',
      'police',
    );
    await importResults([second], 'police');
    const items = await allItems();
    expect(items).toHaveLength(1);
    expect(items[0]?.externalId).toBe('4912345678901234567');
    expect(items[0]?.feeds).toEqual(['cac', 'police']);
  });

  it('reads the duplicate indexes only up to a budget set by the import, and never walks a cursor with continue(key)', async () => {
    const stored = Array.from({ length: 40 }, () => row());
    await importResults([parseRows(stored, '网信办.csv', { feed: 'cac' })], 'cac');
    const again = parseRows([stored[7] as ReturnType<typeof row>, row()], '公安网安.csv', { feed: 'police' });

    const steps: { index: string; toKey: boolean }[] = [];
    const step = IDBCursor.prototype.continue;
    IDBCursor.prototype.continue = function (this: IDBCursor, ...args: Parameters<IDBCursor['continue']>) {
      const source = this.source as IDBIndex | IDBObjectStore;
      if ('objectStore' in source && source.objectStore.name === 'items') steps.push({ index: source.name, toKey: args[0] !== undefined });
      return step.apply(this, args);
    };
    let outcome: WriteOutcome;
    try {
      outcome = await importResults([again], 'police');
    } finally {
      IDBCursor.prototype.continue = step;
    }

    // 40 stored items against a 2-row import: the store is over the budget, so the chunk looks each key up.
    // Chromium's continue(key) steps over every entry in between: a 100k-row import went quadratic.
    const onDuplicateIndexes = steps.filter((entry) => entry.index === 'fingerprint' || entry.index === '[platform+externalId]');
    expect(onDuplicateIndexes.length).toBeLessThanOrEqual(2 * LOAD_BUDGET_PER_ROW + 1);
    expect(onDuplicateIndexes.filter((entry) => entry.toKey)).toEqual([]);
    expect(outcome.batch.counts).toMatchObject({ accepted: 2, merged: 1 });
    expect(await allItems()).toHaveLength(41);
  });

  it('looks up only the rows whose keys the store may hold when the store is small enough to read', async () => {
    const stored = Array.from({ length: 3 }, () => row());
    await importResults([parseRows(stored, '网信办.csv', { feed: 'cac' })], 'cac');
    const again = parseRows([row(), stored[1] as ReturnType<typeof row>, row()], '公安网安.csv', { feed: 'police' });

    const lookedUp: unknown[] = [];
    const getAll = IDBIndex.prototype.getAll;
    IDBIndex.prototype.getAll = function (this: IDBIndex, ...args: Parameters<IDBIndex['getAll']>) {
      if (this.objectStore.name === 'items' && this.name === 'fingerprint') lookedUp.push(args[0]);
      return getAll.apply(this, args);
    };
    let outcome: WriteOutcome;
    try {
      outcome = await importResults([again], 'police');
    } finally {
      IDBIndex.prototype.getAll = getAll;
    }

    expect(lookedUp).toHaveLength(1);
    expect(outcome.batch.counts).toMatchObject({ accepted: 3, merged: 1 });
    expect(await allItems()).toHaveLength(5);
  });

  it('writes rows as the worker hands them over, to the end of the file, and undoes what it wrote when the rest cannot be read', async () => {
    const result = parseRows([row(), row(), row(), row(), row()], '网信办.csv', { feed: 'cac' });
    // while the worker is still converting, the writer knows only an estimate of the rows
    const complete = await importResults([{ ...result, accepted: 2 }], 'cac', { chunkSize: 2 });
    expect(complete.batch.counts.accepted).toBe(5);
    expect(await allItems()).toHaveLength(5);

    const failing = parseRows([row(), row(), row(), row(), row()], '公安网安.csv', { feed: 'police' });
    const batch = await startBatch([failing], 'police');
    const crash = new Error('解析文件时程序出错');
    const writing = writeBatch({
      imports: repos.imports,
      batchId: batch.id,
      files: [
        {
          ...fileToWrite(failing),
          read: async (from, to) => {
            if (from >= 4) throw crash;
            return failing.items.slice(from, to);
          },
        },
      ],
      names: nameLookups([], []),
      ctx: analyst,
      importTime: IMPORT_TIME,
      chunkSize: 2,
    });
    await expect(writing).rejects.toBe(crash);
    expect(await allItems()).toHaveLength(5);
    expect((await repos.imports.getBatch(batch.id))?.state).toBe('cancelled');
    await intactAuditLog(db);
  });

  it('merges into an item another writer stored while the import was running', async () => {
    const [first, second, third] = [row(), row(), row()];
    const ours = parseRows(
      [first, second, third].filter((spec) => spec !== undefined),
      '网信办.csv',
      { feed: 'cac' },
    );
    const theirs = parseRows([{ ...third, title: '另一窗口导入的同一帖' }], '公安网安.csv', { feed: 'police' });
    const batch = await startBatch([ours], 'cac');
    const outcome = await writeBatch({
      imports: repos.imports,
      batchId: batch.id,
      files: [
        {
          ...fileToWrite(ours),
          read: async (from, to) => {
            // as if another window imported the same post between our chunks
            if (from === 2) await importResults([theirs], 'police');
            return ours.items.slice(from, to);
          },
        },
      ],
      names: nameLookups([], []),
      ctx: analyst,
      importTime: IMPORT_TIME,
      chunkSize: 1,
    });

    expect(outcome.batch.counts).toMatchObject({ accepted: 3, merged: 1 });
    const items = await allItems();
    expect(items).toHaveLength(3);
    expect(items.find((item) => item.url === third?.url)?.feeds).toEqual(['police', 'cac']);
  });

  it('merges a row that repeats an earlier row of the same file, across chunks', async () => {
    const repeated = row();
    const result = parseRows([repeated, row(), row(), { ...repeated, reposts: 99 }], '网信办.csv', { feed: 'cac' });
    await importResults([result], 'cac', { chunkSize: 2 });
    const items = await allItems();
    expect(items).toHaveLength(3);
    const merged = items.find((item) => item.url === repeated.url);
    expect(merged?.provenance.map((entry) => entry.row)).toEqual([2, 5]);
    expect(merged?.metrics.reposts).toBe(99);
  });

  it('links near-duplicates as suggestions and never merges them', async () => {
    const text =
      '某旗第三中学门口早高峰拥堵严重，家长反映交警未到岗，孩子上学迟到，希望有关部门尽快调整信号灯时长。另有网民称，学校周边道路施工已持续两个月，围挡占用半幅车道，接送车辆只能临时停靠在公交站台，存在安全隐患。多名家长在本地论坛发帖，要求施工单位公示工期并增设临时停车点，目前帖子阅读量已过万。';
    const first = parseRows([row({ title: '', content: text })], 'a.csv', { feed: 'cac' });
    await importResults([first], 'cac');
    const second = parseRows([row({ title: '', content: `转发：${text}` })], 'b.csv', { feed: 'police' });
    const { batch } = await importResults([second], 'police');
    const items = await allItems();
    expect(items).toHaveLength(2);
    expect(batch.counts.suspected).toBe(1);
    const [suggestion] = batch.suspectedDuplicates;
    expect(new Set([suggestion?.itemId, suggestion?.ofItemId])).toEqual(new Set(items.map((item) => item.id)));
  });
});

describe('near-duplicates within one file', () => {
  it('suggests the earlier row of the same file, once per row, and merges nothing', async () => {
    const text =
      '某旗第三中学门口早高峰拥堵严重，家长反映交警未到岗，孩子上学迟到，希望有关部门尽快调整信号灯时长。另有网民称，学校周边道路施工已持续两个月，围挡占用半幅车道，接送车辆只能临时停靠在公交站台，存在安全隐患。多名家长在本地论坛发帖，要求施工单位公示工期并增设临时停车点，目前帖子阅读量已过万。';
    const unrelated =
      '市图书馆新馆将于下月开放，馆内设有少儿阅读区、自习室和数字体验区，开放时间为每日九点至二十一点，读者可凭身份证免费办理借阅证，另有志愿者招募活动同步开展，欢迎市民报名参加。';
    const file = parseRows(
      [row({ title: '', content: text }), row({ title: '', content: unrelated }), row({ title: '', content: `转发：${text}` })],
      'a.csv',
      { feed: 'cac' },
    );
    const { batch } = await importResults([file], 'cac');
    const items = await allItems();
    expect(items).toHaveLength(3);
    expect(batch.counts.merged).toBe(0);
    expect(batch.counts.suspected).toBe(1);
    const byContent = new Map(items.map((item) => [item.content, item.id]));
    expect(batch.suspectedDuplicates).toEqual([
      { itemId: byContent.get(`转发：${text}`), ofItemId: byContent.get(text), distance: expect.any(Number) },
    ]);
  });
});

describe('undo', () => {
  it('removes the items a batch created and restores the items it merged into exactly', async () => {
    const shared = row({ reposts: 10 });
    await importResults([parseRows([shared, row()], '网信办.csv', { feed: 'cac' })], 'cac');
    const before = await allItems();

    const { batch } = await importResults(
      [parseRows([{ ...shared, reposts: 30 }, row(), row()], '公安.csv', { feed: 'police' })],
      'police',
      {
        chunkSize: 2,
      },
    );
    expect(await db.items.count()).toBe(4);

    const undone = await repos.imports.undoBatch(batch.id, analyst);
    expect(undone.state).toBe('undone');
    expect(await allItems()).toEqual(before);
    const undoEntries = (await intactAuditLog(db)).filter((entry) => entry.action === IMPORT_UNDO_ACTION);
    expect(undoEntries).toHaveLength(2);
  });

  it('takes only its own reports off an item that another batch merged into later', async () => {
    const shared = row();
    const first = await importResults([parseRows([shared], 'a.csv', { feed: 'cac' })], 'cac');
    await importResults([parseRows([shared], 'b.csv', { feed: 'police' })], 'police');
    await repos.imports.undoBatch(first.batch.id, analyst);
    const [item] = await allItems();
    expect(item?.feeds).toEqual(['police']);
    expect(item?.provenance.map((entry) => entry.file)).toEqual(['b.csv']);
  });
});

describe('cancel and interruption', () => {
  it('cancel mid-way leaves the items as they were, recorded in a chain that still verifies', async () => {
    const shared = row({ reposts: 1 });
    await importResults([parseRows([shared, row()], '网信办.csv', { feed: 'cac' })], 'cac');
    const before = await allItems();
    const entriesBefore = (await intactAuditLog(db)).length;

    let chunksSeen = 0;
    const result = parseRows([{ ...shared, reposts: 5 }, row(), row(), row(), row(), row()], '公安.csv', { feed: 'police' });
    const outcome = await importResults([result], 'police', {
      chunkSize: 2,
      // asked after each chunk is written: cancel once two chunks are in
      shouldCancel: () => chunksSeen++ >= 2,
    });

    expect(outcome.state).toBe('cancelled');
    expect(outcome.batch.state).toBe('cancelled');
    expect(await allItems()).toEqual(before);
    const entries = await intactAuditLog(db);
    const added = entries.slice(entriesBefore).map((entry) => entry.action);
    expect(added.filter((action) => action === IMPORT_CHUNK_ACTION)).toHaveLength(2);
    expect(added.filter((action) => action === IMPORT_UNDO_ACTION)).toHaveLength(2);
  });

  it('a batch left running by a reload is marked incomplete with its whole chunks, and can then be undone', async () => {
    const result = parseRows([row(), row(), row()], '网信办.csv', { feed: 'cac' });
    const batch = await startBatch([result], 'cac');
    // The window wrote one chunk and was reloaded before the next.
    await writeFirstRows(repos, batch.id, result, 2);

    expect(await repos.imports.markInterrupted(new Set(), analyst)).toEqual([batch.id]);
    const interrupted = await repos.imports.getBatch(batch.id);
    expect(interrupted?.state).toBe('incomplete');
    expect(interrupted?.createdItemIds).toHaveLength(2);
    expect(await db.items.count()).toBe(2);

    await repos.imports.undoBatch(batch.id, analyst);
    expect(await db.items.count()).toBe(0);
    await intactAuditLog(db);
  });

  it('leaves a batch this window is still writing alone', async () => {
    const batch = await startBatch([parseRows([row()], 'a.csv')], 'other');
    expect(await repos.imports.markInterrupted(new Set([batch.id]), analyst)).toEqual([]);
    expect((await repos.imports.getBatch(batch.id))?.state).toBe('running');
  });
});

/** A file with its own header layout, as another agency would send it. */
function parseTable(rows: string[][], fileName: string, feed: Feed): ImportResult {
  const text = rows.map((cells) => cells.join(',')).join('\r\n');
  return parseImport(new TextEncoder().encode(text), fileName, { feed, importTime: IMPORT_TIME });
}
