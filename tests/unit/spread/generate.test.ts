import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../shared/random';
import { generateCascade } from '../../../shared/spread/generate';
import { computeMetrics } from '../../../shared/spread/metrics';
import { buildCascades } from '../../../shared/spread/model';
import { parseSpreadTime } from '../../../shared/spread/time';

describe('generateCascade', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(generateCascade({ nodes: 500, seed: 7 })).toEqual(generateCascade({ nodes: 500, seed: 7 }));
    expect(generateCascade({ nodes: 500, seed: 8 }).records).not.toEqual(generateCascade({ nodes: 500, seed: 7 }).records);
    expect(Array.from({ length: 3 }, mulberry32(1))).toEqual(Array.from({ length: 3 }, mulberry32(1)));
  });

  it('makes one valid cascade of the asked size, each repost after its parent', () => {
    const generated = generateCascade({ nodes: 5000, seed: 3 });
    const result = buildCascades(generated.records, { impliedRoot: true, rootId: generated.rootId, rootTime: generated.rootTime });
    expect(result.cascades).toHaveLength(1);
    const cascade = result.cascades[0];
    expect(cascade?.nodes).toHaveLength(5000);
    expect(cascade?.orphans).toEqual([]);
    expect(cascade?.dropped).toEqual([]);
    cascade?.nodes.forEach((node, position) => {
      if (position === 0) return;
      const parent = cascade.nodes[cascade.parentIndex[position] as number];
      expect(node.epochMs as number).toBeGreaterThanOrEqual(parent?.epochMs as number);
    });
    expect(generated.records.every((record) => parseSpreadTime(record.time).kind === 'instant')).toBe(true);
  });

  it('has the shape of real cascades at 20k: a dominant root, heavy-tailed hubs and deep chains', () => {
    const generated = generateCascade({ nodes: 20_000, seed: 1 });
    const cascade = buildCascades(generated.records, { impliedRoot: true, rootId: generated.rootId }).cascades[0];
    const metrics = computeMetrics(cascade as NonNullable<typeof cascade>, { topSpreaders: 5 });
    const [root, ...hubs] = metrics.topSpreaders;
    expect(root?.id).toBe('G0');
    expect(root?.directReposts).toBeGreaterThan(20_000 * 0.4);
    expect(hubs[0]?.directReposts).toBeGreaterThanOrEqual(50);
    expect(metrics.depth).toBeGreaterThanOrEqual(50);
  });
});
