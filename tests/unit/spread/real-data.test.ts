import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../shared/spread/metrics';
import { buildCascades, type BuildOptions, type Cascade } from '../../../shared/spread/model';
import { readSpreadFile } from '../../../shared/spread/read';
import { bruteForceVirality } from './brute-force';

// The shared research data sits beside the project (here and in CI): 27 Weibo originals and their
// repost arrays, with the mess real data has (duplicate mids, dates without a year).
const DATA = join(process.cwd(), '..', 'shared', 'data', 'weibo-cascades');
const files = readdirSync(join(DATA, 'reposts'))
  .filter((name) => name.endsWith('.json'))
  .sort();

interface RawRepost {
  mid: string;
  parent: string;
}

function load(name: string, extra: Partial<BuildOptions> = {}) {
  const bytes = readFileSync(join(DATA, 'reposts', name));
  const original = JSON.parse(readFileSync(join(DATA, 'original', name), 'utf8')) as { time: number | string; text: string };
  // The file name is <n>_<mid of the original>_<uid>.json.
  const rootId = name.split('_')[1] as string;
  const raw = JSON.parse(new TextDecoder().decode(bytes)) as RawRepost[];
  const source = readSpreadFile(bytes, name);
  const result = buildCascades(source.records, {
    impliedRoot: source.impliedRoot,
    rootPlatform: source.rootPlatform,
    rootId,
    rootText: original.text,
    rootTime: original.time,
    ...extra,
  });
  return { raw, rootId, result, original };
}

function only(cascades: readonly Cascade[]): Cascade {
  expect(cascades).toHaveLength(1);
  return cascades[0] as Cascade;
}

describe('the shared Weibo cascades', () => {
  it('has the 27 files the README describes', () => {
    expect(files).toHaveLength(27);
  });

  it.each(files)('%s: every node kept once, orphans counted, shape consistent', (name) => {
    const { raw, rootId, result } = load(name);
    const cascade = only(result.cascades);
    const firstParent = new Map<string, string>();
    for (const record of raw) if (!firstParent.has(record.mid)) firstParent.set(record.mid, record.parent);
    const uniqueMids = new Set(raw.map((record) => record.mid));

    expect(cascade.root).toBe(rootId);
    expect(cascade.nodes).toHaveLength(uniqueMids.size + 1);
    expect(new Set(cascade.nodes.map((node) => node.id))).toEqual(new Set([rootId, ...uniqueMids]));
    expect(result.duplicates).toHaveLength(raw.length - uniqueMids.size);

    const expectedOrphans = [...firstParent].filter(([, parent]) => parent !== '' && parent !== rootId && !uniqueMids.has(parent));
    expect(cascade.orphans).toHaveLength(expectedOrphans.length);

    // Each node hangs where its first record says, unless that parent was missing or refused.
    const refused = new Set([...cascade.orphans, ...cascade.dropped.map((dropped) => dropped.id)]);
    cascade.nodes.forEach((node, position) => {
      if (position === 0) return;
      const parentId = cascade.nodes[cascade.parentIndex[position] as number]?.id;
      const named = firstParent.get(node.id as string);
      expect(parentId).toBe(refused.has(node.id as string) || named === '' ? rootId : named);
    });

    const metrics = computeMetrics(cascade);
    const perLevel = new Map<number, number>();
    for (const level of cascade.level) perLevel.set(level, (perLevel.get(level) ?? 0) + 1);
    expect(metrics.size).toBe(cascade.nodes.length);
    expect(metrics.depth).toBe(Math.max(...cascade.level));
    expect([...perLevel.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: metrics.depth + 1 }, (_, level) => level));
    expect(metrics.maxBreadth).toBe(Math.max(...perLevel.values()));
    expect(perLevel.get(0)).toBe(1);
    expect(metrics.orphans).toBe(expectedOrphans.length);
    expect(metrics.growth.at(-1)?.cumulative).toBe(metrics.size);
    expect(metrics.platforms).toEqual(['微博']);
    if (metrics.size < 300) expect(metrics.structuralVirality).toBe(bruteForceVirality(cascade.parentIndex));
  });

  it('5036 (5 reposts), checked by hand: shape, virality 28/15, times and peak hour', () => {
    const { result } = load('5036_zeLnfwpTM_1730699777.json');
    expect(computeMetrics(only(result.cascades))).toMatchObject({
      size: 6,
      depth: 2,
      maxBreadth: 4,
      // four subtrees of one node (1·5 each) and one of two (2·4), over C(6,2) = 15 pairs
      structuralVirality: 28 / 15,
      firstAt: '2013-01-16T20:02:08+08:00',
      lastAt: '2013-02-14T21:18:00+08:00',
      // every node in its own hour: the tie goes to the earliest, the root's
      peakHour: '2013-01-16T20:00:00+08:00',
      orphans: 0,
    });
  });

  it('2760 (76 reposts) matches an independent all-pairs computation: 3868/1463', () => {
    const { result } = load('2760_z4hpxuFMM_2896390104.json');
    expect(computeMetrics(only(result.cascades))).toMatchObject({ size: 77, depth: 3, maxBreadth: 44, structuralVirality: 3868 / 1463 });
  });

  it('4109, the file of 60 records with a duplicate mid: one node for it, the first record wins', () => {
    const { raw, result } = load('4109_AnCce5lC3_1725725780.json');
    expect(raw).toHaveLength(60);
    expect(result.duplicates).toEqual(['AqLyw8Xb6']);
    const cascade = only(result.cascades);
    expect(cascade.nodes.filter((node) => node.id === 'AqLyw8Xb6')).toHaveLength(1);
    expect(computeMetrics(cascade)).toMatchObject({ size: 60, depth: 3, maxBreadth: 36, structuralVirality: 2563 / 885 });
  });

  it('4794, 49 records with a year-less date: the year follows the root, the next year when it would precede it', () => {
    const { raw, result } = load('4794_AuLitvtRd_1677875323.json');
    expect(raw).toHaveLength(49);
    const yearless = raw.find((record) => (record as RawRepost & { date: string }).date === '01月14日 19:34') as RawRepost;
    const nodeOf = (cascade: Cascade) => cascade.nodes.find((node) => node.id === yearless.mid);
    // root 2014-02-01 23:59:32: 2014-01-14 would come before it
    expect(nodeOf(only(result.cascades))?.at).toBe('2015-01-14T19:34:00+08:00');
    const withoutRootTime = load('4794_AuLitvtRd_1677875323.json', { rootTime: null }).result;
    expect(nodeOf(only(withoutRootTime.cascades))?.at).toBe('2014-01-14T19:34:00+08:00');
    expect(nodeOf(only(load('4794_AuLitvtRd_1677875323.json', { year: 2014 }).result.cascades))?.at).toBe('2014-01-14T19:34:00+08:00');
  });

  it('4232, 90 records with two year-less dates, both after the root of 2012-11-01', () => {
    const { raw, result } = load('4232_z3eqPvYtc_2123247457.json');
    expect(raw).toHaveLength(90);
    const cascade = only(result.cascades);
    const timesOf = new Map(cascade.nodes.map((node) => [node.id, node.at]));
    const dated = raw as (RawRepost & { date: string })[];
    expect(timesOf.get(dated.find((record) => record.date === '09月08日 00:41')?.mid ?? '')).toBe('2013-09-08T00:41:00+08:00');
    expect(timesOf.get(dated.find((record) => record.date === '06月22日 16:34')?.mid ?? '')).toBe('2013-06-22T16:34:00+08:00');
    expect(result.invalidTimes).toEqual([]);
    expect(cascade.nodes.every((node) => node.at !== null)).toBe(true);
  });
});
