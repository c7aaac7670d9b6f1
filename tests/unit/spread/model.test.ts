import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../shared/spread/metrics';
import { buildCascades, type Cascade } from '../../../shared/spread/model';
import { buildRecord, repostArray, sheetRow } from './builders';

/** child id → parent id (null for the root), the tree as a test can read it */
function parentsOf(cascade: Cascade): Record<string, string | null> {
  const parents: Record<string, string | null> = {};
  cascade.nodes.forEach((node, position) => {
    const up = cascade.parentIndex[position] as number;
    parents[node.id ?? '(root)'] = up === -1 ? null : (cascade.nodes[up]?.id ?? '(root)');
  });
  return parents;
}

function only(cascades: readonly Cascade[]): Cascade {
  expect(cascades).toHaveLength(1);
  return cascades[0] as Cascade;
}

describe('buildCascades on a repost array (original implied)', () => {
  it('counts the implied original as a node and hangs empty parents on it', () => {
    const cascade = only(
      buildCascades(
        repostArray([
          ['a', ''],
          ['b', 'a'],
          ['c', ''],
        ]),
        { impliedRoot: true },
      ).cascades,
    );
    expect(cascade.root).toBeNull();
    expect(cascade.nodes).toHaveLength(4);
    expect(parentsOf(cascade)).toEqual({ '(root)': null, a: '(root)', c: '(root)', b: 'a' });
  });

  it('hangs a repost naming the root id on the root, and describes the root from the options', () => {
    const { cascades } = buildCascades(
      repostArray([
        ['a', 'R'],
        ['b', ''],
      ]),
      {
        impliedRoot: true,
        rootId: 'R',
        rootText: '原帖内容',
        rootTime: '2013-01-16T20:02:08+08:00',
        rootPlatform: '微博',
      },
    );
    const cascade = only(cascades);
    expect(parentsOf(cascade)).toEqual({ R: null, a: 'R', b: 'R' });
    expect(cascade.nodes[0]).toMatchObject({ id: 'R', text: '原帖内容', at: '2013-01-16T20:02:08+08:00', platform: '微博', order: -1 });
    expect(cascade.orphans).toEqual([]);
  });

  it('attaches a repost whose parent is not in the data to the root, counts it as orphan, adds no placeholder', () => {
    const { cascades } = buildCascades(
      repostArray([
        ['a', ''],
        ['b', 'missing'],
        ['c', 'b'],
      ]),
      { impliedRoot: true, rootId: 'R' },
    );
    const cascade = only(cascades);
    expect(parentsOf(cascade)).toEqual({ R: null, a: 'R', b: 'R', c: 'b' });
    expect(cascade.orphans).toEqual(['b']);
    expect(cascade.nodes.map((node) => node.id)).not.toContain('missing');
    expect(cascade.nodes.find((node) => node.id === 'b')?.orphan).toBe(true);
    expect(computeMetrics(cascade).orphans).toBe(1);
  });

  it('drops a self-loop, attaches the node to the root and reports it', () => {
    const cascade = only(
      buildCascades(
        repostArray([
          ['a', 'a'],
          ['b', 'a'],
        ]),
        { impliedRoot: true, rootId: 'R' },
      ).cascades,
    );
    expect(parentsOf(cascade)).toEqual({ R: null, a: 'R', b: 'a' });
    expect(cascade.dropped).toEqual([{ id: 'a', parent: 'a', reason: expect.stringContaining('自环') as unknown }]);
  });

  it('in a two-node cycle the record later in the file loses its edge', () => {
    const cascade = only(
      buildCascades(
        repostArray([
          ['a', 'b'],
          ['b', 'a'],
        ]),
        { impliedRoot: true, rootId: 'R' },
      ).cascades,
    );
    expect(parentsOf(cascade)).toEqual({ R: null, b: 'R', a: 'b' });
    expect(cascade.dropped.map(({ id, parent }) => ({ id, parent }))).toEqual([{ id: 'b', parent: 'a' }]);
    expect(cascade.dropped[0]?.reason).toContain('环路');
  });

  it('in a longer cycle listed in any order, the last of its records in the file loses', () => {
    // c→a, a→b, b→c: b's record comes last, so b hangs on the root and keeps its children.
    const cascade = only(
      buildCascades(
        repostArray([
          ['c', 'a'],
          ['x', ''],
          ['a', 'b'],
          ['b', 'c'],
        ]),
        { impliedRoot: true, rootId: 'R' },
      ).cascades,
    );
    expect(parentsOf(cascade)).toEqual({ R: null, x: 'R', b: 'R', a: 'b', c: 'a' });
    expect(cascade.dropped.map((dropped) => dropped.id)).toEqual(['b']);
    expect(cascade.nodes).toHaveLength(5);
  });

  it('keeps one node for a post seen twice: the first record wins', () => {
    const records = [
      buildRecord({ id: 'a', parent: '', time: '2013-01-01 10:00:00', text: '第一条' }),
      buildRecord({ id: 'b', parent: '' }),
      buildRecord({ id: 'a', parent: 'b', time: '2013-01-02 10:00:00', text: '第二条' }),
    ];
    const result = buildCascades(records, { impliedRoot: true, rootId: 'R' });
    const cascade = only(result.cascades);
    expect(cascade.nodes).toHaveLength(3);
    expect(parentsOf(cascade)).toEqual({ R: null, a: 'R', b: 'R' });
    expect(cascade.nodes.find((node) => node.id === 'a')).toMatchObject({ text: '第一条', at: '2013-01-01T10:00:00+08:00' });
    expect(result.duplicates).toEqual(['a']);
  });

  it('lets a record of the original fill what the options leave out, without making it a duplicate', () => {
    const records = [buildRecord({ id: 'R', time: '2013-01-01 09:00:00', text: '记录里的原帖' }), buildRecord({ id: 'a', parent: '' })];
    const result = buildCascades(records, { impliedRoot: true, rootId: 'R', rootText: '分析员描述' });
    const cascade = only(result.cascades);
    expect(cascade.nodes).toHaveLength(2);
    expect(cascade.nodes[0]).toMatchObject({ id: 'R', text: '分析员描述', at: '2013-01-01T09:00:00+08:00' });
    expect(result.duplicates).toEqual([]);
  });

  it('skips records without an id and counts them', () => {
    const result = buildCascades([buildRecord({ id: '' }), buildRecord({ id: null }), buildRecord({ id: 'a' })], { impliedRoot: true });
    expect(result.skippedRecords).toBe(2);
    expect(only(result.cascades).nodes).toHaveLength(2);
  });

  it('handles a chain 50,000 reposts deep without recursion', () => {
    const depth = 50_000;
    const records = Array.from({ length: depth }, (_, index) =>
      buildRecord({ id: `n${index + 1}`, parent: index === 0 ? '' : `n${index}` }),
    );
    const cascade = only(buildCascades(records, { impliedRoot: true, rootId: 'n0' }).cascades);
    const metrics = computeMetrics(cascade);
    expect(metrics).toMatchObject({ size: depth + 1, depth, maxBreadth: 1 });
    expect(metrics.structuralVirality).toBeCloseTo((depth + 2) / 3, 9);
  });
});

describe('buildCascades on generic edges (sheets, manual links)', () => {
  it('builds one cascade per 原帖ID, with the original row as root', () => {
    const rows = [
      sheetRow('A', 'A', null, { platform: '微博' }),
      sheetRow('a1', 'A', null),
      sheetRow('a2', 'A', 'a1'),
      sheetRow('B', null, null),
      sheetRow('b1', 'B', 'B'),
    ];
    const { cascades } = buildCascades(rows);
    expect(cascades.map((cascade) => cascade.root)).toEqual(['A', 'B']);
    expect(parentsOf(cascades[0] as Cascade)).toEqual({ A: null, a1: 'A', a2: 'a1' });
    expect(parentsOf(cascades[1] as Cascade)).toEqual({ B: null, b1: 'B' });
  });

  it('implies an original named by 原帖ID without a row of its own, and hangs orphans on it', () => {
    const { cascades } = buildCascades([sheetRow('x1', 'X', null), sheetRow('x2', 'X', 'gone')], { rootId: 'X', rootTime: '1358337728' });
    const cascade = only(cascades);
    expect(parentsOf(cascade)).toEqual({ X: null, x1: 'X', x2: 'X' });
    expect(cascade.orphans).toEqual(['x2']);
    expect(cascade.nodes[0]?.at).toBe('2013-01-16T20:02:08+08:00');
  });

  it('makes a row without 原帖ID whose parent is missing a root of its own, counted as orphan', () => {
    const { cascades } = buildCascades([sheetRow('p', null, 'gone'), sheetRow('q', null, 'p')]);
    const cascade = only(cascades);
    expect(parentsOf(cascade)).toEqual({ p: null, q: 'p' });
    expect(cascade.orphans).toEqual(['p']);
  });

  it('joins two cascades with a manual cross-platform link', () => {
    const rows = [
      sheetRow('W', null, null, { platform: '微博' }),
      sheetRow('w1', 'W', null),
      sheetRow('G', null, null, { platform: '微信群' }),
    ];
    const { cascades, ignoredLinks } = buildCascades(rows, {
      links: [{ from: 'w1', to: 'G', type: 'cross-platform', at: '2020-02-03T15:00:00+08:00' }],
    });
    const cascade = only(cascades);
    expect(parentsOf(cascade)).toEqual({ W: null, w1: 'W', G: 'w1' });
    expect(cascade.nodes.find((node) => node.id === 'G')?.via).toBe('cross-platform');
    expect(ignoredLinks).toEqual([]);
  });

  it('ignores a link to a post that already has a parent, and drops a link that would close a cycle', () => {
    const rows = [sheetRow('A', null, null), sheetRow('a1', 'A', null), sheetRow('C', null, null)];
    const { cascades, ignoredLinks } = buildCascades(rows, {
      links: [
        { from: 'C', to: 'a1', type: 'copy', at: null },
        { from: 'a1', to: 'A', type: 'quote', at: null },
      ],
    });
    expect(ignoredLinks).toEqual([{ from: 'C', to: 'a1', reason: expect.stringContaining('已有上级') as unknown }]);
    const first = cascades.find((cascade) => cascade.root === 'A') as Cascade;
    expect(parentsOf(first)).toEqual({ A: null, a1: 'A' });
    expect(first.dropped).toEqual([{ id: 'A', parent: 'a1', reason: expect.stringContaining('环路') as unknown }]);
  });

  it('adds the items a link names when no record describes them', () => {
    const { cascades } = buildCascades([], { links: [{ from: 'P', to: 'Q', type: 'repost', at: '2020-02-03 10:00:00' }] });
    const cascade = only(cascades);
    expect(parentsOf(cascade)).toEqual({ P: null, Q: 'P' });
    expect(cascade.nodes[1]?.at).toBe('2020-02-03T10:00:00+08:00');
  });
});
