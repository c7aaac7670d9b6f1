import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Item } from '../../../shared/domain/types';
import { computeMetrics } from '../../../shared/spread/metrics';
import { buildCascades } from '../../../shared/spread/model';
import { readSpreadFile } from '../../../shared/spread/read';
import { buildStoredCascades, type ImpliedRootBatch, type StoredCascade } from '../../../renderer/features/spread/cascade-source';
import { buildItem, buildSpreadEdge, resetBuilderSequence } from '../../builders';

// A Weibo repost array imported on 导入 maps mid → externalId and parent → parentExternalId but, having no
// 原帖ID column, leaves rootExternalId empty: the spread side must imply the original per import batch.
const DATA = join(process.cwd(), '..', 'shared', 'data', 'weibo-cascades');
const CASCADE = '4443_Al0Hl9nUf_1990883881';
const ROOT_MID = 'Al0Hl9nUf';

interface RawRepost {
  mid: string;
  parent: string;
  uid: string;
  text: string;
  date: string;
}

const NO_ROOT = { rootId: null, rootText: null, rootTime: null };

/** The items an import of the repost array writes: one per record, the later duplicate of a mid merged away. */
function importedItems(reposts: readonly RawRepost[]): Item[] {
  const seen = new Set<string>();
  const items: Item[] = [];
  for (const repost of reposts) {
    if (seen.has(repost.mid)) continue;
    seen.add(repost.mid);
    items.push(
      buildItem({
        externalId: repost.mid,
        parentExternalId: repost.parent === '' ? null : repost.parent,
        rootExternalId: null,
        platform: '微博',
        account: repost.uid,
        content: repost.text || null,
        title: null,
        publishedAt: `${repost.date.replace(' ', 'T')}+08:00`,
      }),
    );
  }
  return items;
}

function batchOf(items: Item[], root: ImpliedRootBatch['root'] = NO_ROOT, batchId = 'batch-1'): ImpliedRootBatch {
  return { batchId, files: ['reposts.json'], items, root };
}

/** The one cascade of a repost file read alone. */
function buildImpliedRootCascade(batch: ImpliedRootBatch): StoredCascade | undefined {
  const set = buildStoredCascades([], [], [], [batch]);
  expect(set.cascades).toHaveLength(1);
  return set.cascades[0];
}

beforeEach(() => resetBuilderSequence());

describe('a repost file imported without 原帖ID becomes one cascade under its implied original', () => {
  const bytes = readFileSync(join(DATA, 'reposts', `${CASCADE}.json`));
  const reposts = JSON.parse(new TextDecoder().decode(bytes)) as RawRepost[];
  const original = JSON.parse(readFileSync(join(DATA, 'original', `${CASCADE}.json`), 'utf8')) as { text: string; time: number };

  it('measures the real Weibo cascade exactly as desk trace does on the same file', () => {
    const rootTime = new Date(original.time * 1000).toISOString();
    const stored = buildImpliedRootCascade(batchOf(importedItems(reposts), { rootId: ROOT_MID, rootText: original.text, rootTime }));
    const source = readSpreadFile(bytes, `${CASCADE}.json`);
    const traced = buildCascades(source.records, { impliedRoot: true, rootId: ROOT_MID, rootText: original.text, rootTime: original.time });
    const expected = computeMetrics(traced.cascades[0]!);
    expect(stored).toBeDefined();
    const metrics = stored!.metrics;
    expect(metrics.size).toBe(new Set(reposts.map((repost) => repost.mid)).size + 1);
    expect({
      size: metrics.size,
      depth: metrics.depth,
      maxBreadth: metrics.maxBreadth,
      structuralVirality: metrics.structuralVirality,
      orphans: metrics.orphans,
      firstAt: metrics.firstAt === null ? null : Date.parse(metrics.firstAt),
    }).toEqual({
      size: expected.size,
      depth: expected.depth,
      maxBreadth: expected.maxBreadth,
      structuralVirality: expected.structuralVirality,
      orphans: expected.orphans,
      firstAt: expected.firstAt === null ? null : Date.parse(expected.firstAt),
    });
    expect(stored!.key).toBe(`ext:${ROOT_MID}`);
    expect(stored!.cascade.nodes[0]?.text).toBe(original.text);
    expect(stored!.itemIds).toHaveLength(metrics.size - 1);
    expect(stored!.batchId).toBe('batch-1');
  });

  it('without a described original the root is one node per batch, counted in size, with no text or time', () => {
    const stored = buildImpliedRootCascade(batchOf(importedItems(reposts)));
    expect(stored?.key).toBe('batch:batch-1');
    expect(stored?.cascade.nodes[0]?.id).toBe('batch:batch-1');
    expect(stored?.cascade.nodes[0]?.at).toBeNull();
    expect(stored?.files).toEqual(['reposts.json']);
    expect(stored?.metrics.size).toBe(new Set(reposts.map((repost) => repost.mid)).size + 1);
  });

  it('chains are read by parent: an empty parent or the original’s ID attaches to the root, an unknown parent is an orphan', () => {
    const a = buildItem({ externalId: 'A', parentExternalId: null, rootExternalId: null, publishedAt: '2026-10-04T09:00:00+08:00' });
    const b = buildItem({ externalId: 'B', parentExternalId: 'A', rootExternalId: null, publishedAt: '2026-10-04T10:00:00+08:00' });
    const c = buildItem({ externalId: 'C', parentExternalId: 'R', rootExternalId: null, publishedAt: '2026-10-04T11:00:00+08:00' });
    const d = buildItem({ externalId: 'D', parentExternalId: 'GONE', rootExternalId: null, publishedAt: '2026-10-04T12:00:00+08:00' });
    const stored = buildImpliedRootCascade(batchOf([a, b, c, d], { rootId: 'R', rootText: '原帖', rootTime: '2026-10-04T08:00:00+08:00' }));
    const cascade = stored!.cascade;
    const parentOf = (id: string) => cascade.nodes[cascade.parentIndex[cascade.nodes.findIndex((node) => node.id === id)]!]?.id;
    expect(parentOf(a.id)).toBe('ext:R');
    expect(parentOf(b.id)).toBe(a.id);
    expect(parentOf(c.id)).toBe('ext:R');
    expect(parentOf(d.id)).toBe('ext:R');
    expect(cascade.orphans).toEqual([d.id]);
    expect(stored!.metrics.orphans).toBe(1);
    expect(stored!.metrics.depth).toBe(2);
    expect(stored!.metrics.firstAt).toBe('2026-10-04T08:00:00+08:00');
  });

  it('a file that carries the original’s own record makes that item the root', () => {
    const root = buildItem({ externalId: 'R', parentExternalId: null, rootExternalId: null, title: '原帖标题' });
    const repost = buildItem({ externalId: 'A', parentExternalId: 'R', rootExternalId: null });
    const stored = buildImpliedRootCascade(batchOf([repost, root], { rootId: 'R', rootText: null, rootTime: null }));
    expect(stored?.key).toBe(root.id);
    expect(stored?.rootItem?.id).toBe(root.id);
    expect(stored?.metrics.size).toBe(2);
  });

  it('joins the chains’ cascades, largest first', () => {
    const chain = [
      buildItem({ externalId: 'X', rootExternalId: 'X', parentExternalId: null }),
      buildItem({ externalId: 'Y', rootExternalId: 'X', parentExternalId: 'X' }),
    ];
    const set = buildStoredCascades(chain, [], [], [batchOf(importedItems(reposts.slice(0, 5)))]);
    expect(set.cascades.map((stored) => stored.metrics.size)).toEqual([6, 2]);
    expect(set.cascades[0]?.key).toBe('batch:batch-1');
  });

  it('joins two repost files of one original, and the chain of that original imported from a sheet', () => {
    const sheetOriginal = buildItem({ externalId: 'R', rootExternalId: 'R', parentExternalId: null, title: '原帖', platform: '微博' });
    const sheetRepost = buildItem({ externalId: 'S', rootExternalId: 'R', parentExternalId: 'R' });
    const first = batchOf(
      [buildItem({ externalId: 'A', parentExternalId: null, rootExternalId: null })],
      { ...NO_ROOT, rootId: 'R' },
      'b1',
    );
    const second = batchOf(
      [
        buildItem({ externalId: 'B', parentExternalId: 'A', rootExternalId: null }),
        buildItem({ externalId: 'C', parentExternalId: 'B', rootExternalId: null }),
      ],
      { ...NO_ROOT, rootId: 'R' },
      'b2',
    );
    const set = buildStoredCascades([sheetOriginal, sheetRepost], [], [], [first, second]);
    expect(set.cascades).toHaveLength(1);
    const [stored] = set.cascades;
    expect(stored?.key).toBe(sheetOriginal.id);
    expect(stored?.rootItem?.title).toBe('原帖');
    // B names A, which only the first file holds: one original, so one chain, and A is B's parent.
    expect(stored?.metrics.size).toBe(5);
    expect(stored?.metrics.orphans).toBe(0);
    expect(stored?.metrics.depth).toBe(3);
    const cascade = stored!.cascade;
    const b = cascade.nodes.findIndex((node) => node.id === second.items[0]!.id);
    expect(cascade.nodes[cascade.parentIndex[b]!]?.id).toBe(first.items[0]!.id);
  });

  it('lets a manual link reach an item of a repost file without making it a node twice', () => {
    const file = importedItems(reposts.slice(0, 3));
    const wechat = buildItem({ platform: '微信群', publishedAt: '2013-12-01T10:00:00+08:00' });
    const link = buildSpreadEdge({ from: file[0]!.id, to: wechat.id, type: 'cross-platform' });
    const set = buildStoredCascades([], [file[0]!, wechat], [link], [batchOf(file)]);
    expect(set.cascades).toHaveLength(1);
    const ids = set.cascades[0]!.cascade.nodes.map((node) => node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(wechat.id);
    expect(set.cascades[0]!.metrics.size).toBe(5);
    expect(set.cascades[0]!.links).toEqual([link]);
  });
});
