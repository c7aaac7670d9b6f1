import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../shared/random';
import { computeMetrics, maskAccount, structuralVirality } from '../../../shared/spread/metrics';
import { buildCascades, type Cascade } from '../../../shared/spread/model';
import { buildRecord } from './builders';
import { bruteForceVirality } from './brute-force';

function cascadeOf(records: Parameters<typeof buildCascades>[0], rootTime: string | null = null): Cascade {
  const { cascades } = buildCascades(records, { impliedRoot: true, rootId: 'R', rootTime, rootPlatform: '微博' });
  expect(cascades).toHaveLength(1);
  return cascades[0] as Cascade;
}

// R ─ a ─ c ─ e
//   ├ b   └ d
//   └ f
const shapeRecords = [
  buildRecord({ id: 'a', parent: '' }),
  buildRecord({ id: 'b', parent: '' }),
  buildRecord({ id: 'f', parent: '' }),
  buildRecord({ id: 'c', parent: 'a' }),
  buildRecord({ id: 'd', parent: 'a' }),
  buildRecord({ id: 'e', parent: 'c' }),
];

describe('shape metrics', () => {
  it('measures size (root included), depth in edges and maximum breadth (root level included)', () => {
    const metrics = computeMetrics(cascadeOf(shapeRecords));
    expect(metrics).toMatchObject({ root: 'R', size: 7, depth: 3, maxBreadth: 3, orphans: 0 });
  });

  it('gives a lone root size 1, depth 0, breadth 1 and virality 0', () => {
    expect(computeMetrics(cascadeOf([]))).toMatchObject({ size: 1, depth: 0, maxBreadth: 1, structuralVirality: 0 });
  });

  it('counts the root level in the breadth of a chain', () => {
    const chain = [buildRecord({ id: 'a', parent: '' }), buildRecord({ id: 'b', parent: 'a' })];
    expect(computeMetrics(cascadeOf(chain))).toMatchObject({ size: 3, depth: 2, maxBreadth: 1 });
  });
});

describe('structural virality', () => {
  it('matches closed forms: an edge is 1, a star of n is 2(n−1)/n, a chain of n is (n+1)/3', () => {
    expect(structuralVirality([-1, 0])).toBe(1);
    const star = [-1, ...Array.from({ length: 9 }, () => 0)];
    expect(structuralVirality(star)).toBe((2 * 9) / 10);
    const chain = Array.from({ length: 12 }, (_, index) => index - 1);
    expect(structuralVirality(chain)).toBe(13 / 3);
  });

  it('equals the mean all-pairs BFS distance on random small trees, exactly', () => {
    const random = mulberry32(20_160_101);
    for (let trial = 0; trial < 300; trial += 1) {
      const size = 2 + Math.floor(random() * 60);
      // Mix uniform and chain-like attachment so both bushy and deep trees occur.
      const parents = Array.from({ length: size }, (_, index) =>
        index === 0 ? -1 : random() < 0.3 ? index - 1 : Math.floor(random() * index),
      );
      expect(structuralVirality(parents)).toBe(bruteForceVirality(parents));
    }
  });

  it('stays exact past 2^53 summed distance (a 500,001-node chain)', () => {
    const size = 500_001;
    const chain = new Int32Array(size).map((_, index) => index - 1);
    expect(structuralVirality(chain)).toBeCloseTo((size + 1) / 3, 9);
  });

  it('refuses parents listed after their children', () => {
    expect(() => structuralVirality([-1, 2, 0])).toThrow(
      expect.objectContaining({ code: 'spread.parentNotBefore', params: { position: 1 } }),
    );
    expect(() => structuralVirality([0, 0])).toThrow(expect.objectContaining({ code: 'spread.rootNotFirst' }));
  });
});

describe('time metrics', () => {
  const timed = [
    buildRecord({ id: 'a', parent: '', time: '2020-02-03 10:20:00', platform: '微博' }),
    buildRecord({ id: 'b', parent: '', time: '2020-02-03 10:40:00', platform: '微信群' }),
    buildRecord({ id: 'c', parent: 'a', time: '2020-02-03 11:05:00', platform: '微博' }),
    buildRecord({ id: 'd', parent: 'a', time: '2020-02-03 12:10:00', platform: '抖音' }),
    buildRecord({ id: 'e', parent: 'c', time: '2020-02-04 09:00:00', platform: '微信群' }),
  ];

  it('takes first and last time over all nodes, the root included when known', () => {
    const withRoot = computeMetrics(cascadeOf(timed, '2020-02-03T10:00:00+08:00'));
    expect(withRoot.firstAt).toBe('2020-02-03T10:00:00+08:00');
    expect(withRoot.lastAt).toBe('2020-02-04T09:00:00+08:00');
    expect(computeMetrics(cascadeOf(timed)).firstAt).toBe('2020-02-03T10:20:00+08:00');
  });

  it('times 50% and 90% of the final size from the first time', () => {
    // Six nodes: half is the 3rd (10:40), nine tenths the 6th (next day 09:00).
    const metrics = computeMetrics(cascadeOf(timed, '2020-02-03T10:00:00+08:00'));
    expect(metrics.timeTo50Seconds).toBe(40 * 60);
    expect(metrics.timeTo90Seconds).toBe(23 * 3600);
  });

  it('counts an untimed root as present from the start', () => {
    // The root without a time is node 1; half of six is reached at the 2nd timed node.
    const metrics = computeMetrics(cascadeOf(timed));
    expect(metrics.timeTo50Seconds).toBe(20 * 60);
    expect(metrics.growth[0]).toEqual({ hour: '2020-02-03T10:00:00+08:00', added: 2, cumulative: 3 });
  });

  it('puts the peak in the Beijing clock hour with most nodes, the root counted', () => {
    // 10:00 hour: root, a, b = 3 nodes; no other hour has more.
    expect(computeMetrics(cascadeOf(timed, '2020-02-03T10:00:00+08:00')).peakHour).toBe('2020-02-03T10:00:00+08:00');
  });

  it('breaks peak ties toward the earlier hour, and splits hours at the Beijing boundary', () => {
    const tie = [
      buildRecord({ id: 'a', parent: '', time: '2020-02-03 23:59:59' }),
      buildRecord({ id: 'b', parent: '', time: '2020-02-04 00:00:00' }),
      buildRecord({ id: 'c', parent: '', time: '2020-02-04 00:30:00' }),
      buildRecord({ id: 'd', parent: '', time: '2020-02-03 23:00:00' }),
    ];
    const metrics = computeMetrics(cascadeOf(tie));
    expect(metrics.peakHour).toBe('2020-02-03T23:00:00+08:00');
    expect(metrics.growth.map(({ hour, added }) => [hour, added])).toEqual([
      ['2020-02-03T23:00:00+08:00', 2],
      ['2020-02-04T00:00:00+08:00', 2],
    ]);
  });

  it('draws the hourly growth curve over the hours in which nodes appeared', () => {
    const metrics = computeMetrics(cascadeOf(timed, '2020-02-03T10:00:00+08:00'));
    expect(metrics.growth).toEqual([
      { hour: '2020-02-03T10:00:00+08:00', added: 3, cumulative: 3 },
      { hour: '2020-02-03T11:00:00+08:00', added: 1, cumulative: 4 },
      { hour: '2020-02-03T12:00:00+08:00', added: 1, cumulative: 5 },
      { hour: '2020-02-04T09:00:00+08:00', added: 1, cumulative: 6 },
    ]);
  });

  it('lists platforms in order of first appearance in time, not in the file', () => {
    const reversed = [...timed].reverse();
    expect(computeMetrics(cascadeOf(reversed, '2020-02-03T10:00:00+08:00')).platforms).toEqual(['微博', '微信群', '抖音']);
  });

  it('has no times at all when no node has one', () => {
    const metrics = computeMetrics(cascadeOf(shapeRecords));
    expect(metrics).toMatchObject({
      firstAt: null,
      lastAt: null,
      peakHour: null,
      timeTo50Seconds: null,
      timeTo90Seconds: null,
      growth: [],
    });
  });
});

describe('top spreaders', () => {
  const records = [
    buildRecord({ id: 'a', parent: '', account: '青城小记者', time: '2020-02-03 10:00:00' }),
    buildRecord({ id: 'b', parent: '', account: 'zhangsan', time: '2020-02-03 09:00:00' }),
    buildRecord({ id: 'a1', parent: 'a' }),
    buildRecord({ id: 'a2', parent: 'a' }),
    buildRecord({ id: 'b1', parent: 'b' }),
    buildRecord({ id: 'b2', parent: 'b' }),
    buildRecord({ id: 'x', parent: 'a1', account: '李四' }),
  ];

  it('ranks by direct reposts, ties by earlier time, and masks accounts by default', () => {
    const spreaders = computeMetrics(cascadeOf(records)).topSpreaders;
    expect(spreaders.map(({ id, directReposts, account }) => [id, directReposts, account])).toEqual([
      ['b', 2, 'z***n'],
      ['a', 2, '青***者'],
      ['R', 2, null],
      ['a1', 1, null],
    ]);
  });

  it('shows accounts unmasked with an identity mask, and keeps to the limit', () => {
    const spreaders = computeMetrics(cascadeOf(records), { maskAccount: (account) => account, topSpreaders: 2 }).topSpreaders;
    expect(spreaders.map((spreader) => spreader.account)).toEqual(['zhangsan', '青城小记者']);
  });

  it('masks short accounts too', () => {
    expect([maskAccount('李'), maskAccount('李四'), maskAccount('王小二')]).toEqual(['*', '李*', '王***二']);
  });
});
