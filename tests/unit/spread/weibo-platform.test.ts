import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../../shared/domain/types';
import { parseImport, type ImportResult } from '../../../shared/import';
import { computeMetrics } from '../../../shared/spread/metrics';
import { buildStoredCascades, type ImpliedRootBatch } from '../../../renderer/features/spread/cascade-source';
import { buildItem, resetBuilderSequence } from '../../builders';

// Weibo collection tools export a repost array as records with mid / parent / uid / text / date and no
// platform. Imported as they stand, their items and the original the file implies were 未知平台 in the
// cascade; a record keyed by `mid` is a Weibo post.

const IMPORT_TIME = Date.parse('2026-11-29T10:00:00+08:00');

interface WeiboRecord {
  mid: string;
  parent: string;
  uid: string;
  text: string;
  date: string;
  kids?: string[];
  平台?: string;
}

function weiboRecord(mid: string, parent: string, overrides: Partial<WeiboRecord> = {}): WeiboRecord {
  return { kids: [], uid: `u-${mid}`, parent, text: `转发 ${mid}`, mid, date: '2013-03-27 17:55:05', ...overrides };
}

function importJson(records: readonly object[], fileName = '转发记录.json'): ImportResult {
  return parseImport(new TextEncoder().encode(JSON.stringify(records)), fileName, { importTime: IMPORT_TIME });
}

/** The imported rows as the store keeps them (the fields a cascade reads). */
function asItems(result: ImportResult): Item[] {
  return result.items.map(({ record }) =>
    buildItem({
      externalId: record.externalId,
      rootExternalId: record.rootExternalId,
      parentExternalId: record.parentExternalId,
      platform: record.platform,
      account: record.account,
      title: record.title,
      content: record.content,
      publishedAt: record.publishedAt,
    }),
  );
}

describe('records of Weibo collection tools', () => {
  it('are Weibo posts when they carry no platform of their own', () => {
    const result = importJson([weiboRecord('A', 'ROOT'), weiboRecord('B', 'A'), weiboRecord('C', 'A', { text: '' })]);
    expect(result.items.map((item) => [item.record.externalId, item.record.platform])).toEqual([
      ['A', '微博'],
      ['B', '微博'],
      ['C', '微博'],
    ]);
    // No 未知平台 warning: the platform comes from the layout, not from a value nobody wrote.
    expect(result.warnings.filter((warning) => warning.field === 'platform')).toEqual([]);
  });

  it('keep a platform the record names', () => {
    const result = importJson([weiboRecord('A', 'ROOT', { 平台: '抖音' }), weiboRecord('B', 'A')]);
    expect(result.items.map((item) => item.record.platform)).toEqual(['抖音', '微博']);
  });

  it('are told by their mid: a sheet or JSON keyed by 帖子ID without a platform stays without one', () => {
    const result = importJson([
      { 帖子ID: 'A', 上级ID: 'ROOT', 内容: '转发 A', 发布时间: '2013-03-27 17:55:05' },
      { 帖子ID: 'B', 上级ID: 'A', 内容: '转发 B', 发布时间: '2013-03-27 17:56:05' },
    ]);
    expect(result.items.map((item) => item.record.platform)).toEqual([null, null]);
    const sheet = parseImport(new TextEncoder().encode('帖子ID,上级ID,内容\nA,ROOT,转发 A\n'), '转发.csv', { importTime: IMPORT_TIME });
    expect(sheet.items.map((item) => item.record.platform)).toEqual([null]);
  });

  it('make a cascade on 微博 from the first node, the original the file implies included', () => {
    resetBuilderSequence();
    const items = asItems(importJson([weiboRecord('A', 'ROOT'), weiboRecord('B', 'A'), weiboRecord('C', 'GONE')]));
    const batch: ImpliedRootBatch = {
      batchId: 'b1',
      files: ['转发记录.json'],
      items,
      root: { rootId: null, rootText: null, rootTime: null },
    };
    const { cascades } = buildStoredCascades([], [], [], [batch]);
    expect(cascades).toHaveLength(1);
    const cascade = (cascades[0] as (typeof cascades)[number]).cascade;
    expect(cascade.nodes[0]?.id).toBe('batch:b1');
    expect(cascade.nodes.map((node) => node.platform)).toEqual(['微博', '微博', '微博', '微博']);
    expect(computeMetrics(cascade).platforms).toEqual(['微博']);
  });

  it('on the shared real data: every record of every repost file, and each implied original, is on 微博', () => {
    const directory = join(process.cwd(), '..', 'shared', 'data', 'weibo-cascades', 'reposts');
    const files = readdirSync(directory).filter((name) => name.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files.slice(0, 5)) {
      resetBuilderSequence();
      const result = parseImport(new Uint8Array(readFileSync(join(directory, name))), name, { importTime: IMPORT_TIME });
      expect(result.items.length).toBeGreaterThan(0);
      expect(result.items.filter((item) => item.record.platform !== '微博')).toEqual([]);
      const rootId = name.split('_')[1] as string;
      const batch: ImpliedRootBatch = {
        batchId: name,
        files: [name],
        items: asItems(result),
        root: { rootId, rootText: null, rootTime: null },
      };
      const { cascades } = buildStoredCascades([], [], [], [batch]);
      for (const { cascade } of cascades) expect(cascade.nodes.filter((node) => node.platform !== '微博')).toEqual([]);
    }
  });
});
