import { describe, expect, it } from 'vitest';
import {
  aggregateCascade,
  layoutCascade,
  MAX_DRAWN_NODES,
  subtreeSizes,
  type CascadeShape,
} from '../../../renderer/features/spread/layout';
import { generateCascade } from '../../../shared/spread/generate';
import { buildCascades } from '../../../shared/spread/model';

/** A cascade of `size` nodes from the shared generator, as the view receives it. */
function generatedShape(size: number, seed = 1): CascadeShape {
  const generated = generateCascade({ nodes: size, seed });
  const cascade = buildCascades(generated.records, { impliedRoot: true, rootId: generated.rootId, rootTime: generated.rootTime })
    .cascades[0];
  if (!cascade) throw new Error('the generator made no cascade');
  return { parentIndex: cascade.parentIndex, level: cascade.level };
}

/** A shape from parent indices alone (parents before children). */
function shapeOf(parentIndex: number[]): CascadeShape {
  const level: number[] = [];
  parentIndex.forEach((parent, node) => (level[node] = parent === -1 ? 0 : (level[parent] as number) + 1));
  return { parentIndex: Int32Array.from(parentIndex), level: Int32Array.from(level) };
}

describe('aggregateCascade', () => {
  it('draws every node of a cascade within the cap and folds nothing', () => {
    const shape = generatedShape(1200);
    const aggregation = aggregateCascade(shape, 5000);
    expect(aggregation.drawnCount).toBe(1200);
    expect(aggregation.hiddenCount).toBe(0);
    expect(aggregation.folded).toEqual([]);
    expect(aggregation.drawn.every((flag) => flag === 1)).toBe(true);
  });

  it.each([
    [20_000, MAX_DRAWN_NODES],
    [20_000, 300],
    [6_000, 5_000],
    [3_000, 2],
  ])('keeps a %i-node cascade within a cap of %i, the +N counts summing to the hidden nodes', (size, cap) => {
    const shape = generatedShape(size, 7);
    const aggregation = aggregateCascade(shape, cap);
    const drawnItself = aggregation.drawn.reduce((sum, flag) => sum + flag, 0);
    expect(aggregation.drawnCount).toBeLessThanOrEqual(cap);
    expect(aggregation.drawnCount).toBe(drawnItself + aggregation.folded.length);
    expect(aggregation.folded.reduce((sum, fold) => sum + fold.hidden, 0)).toBe(aggregation.hiddenCount);
    expect(drawnItself + aggregation.hiddenCount).toBe(size);
    // A drawn node's ancestors are drawn, and every "+N" hangs under a drawn node.
    for (let node = 1; node < size; node += 1) {
      if (aggregation.drawn[node] === 1) expect(aggregation.drawn[shape.parentIndex[node] as number]).toBe(1);
    }
    for (const fold of aggregation.folded) expect(aggregation.drawn[fold.parent]).toBe(1);
  });

  it('uses the whole budget on a large cascade rather than folding more than it must', () => {
    const aggregation = aggregateCascade(generatedShape(20_000, 3), MAX_DRAWN_NODES);
    expect(aggregation.drawnCount).toBeGreaterThan(MAX_DRAWN_NODES - 10);
  });

  it('folds the deepest leaves first and keeps the hub that carries a subtree', () => {
    // root 0; hub 1 with two children (3, 4); leaves 2, 5, 6 under the root; 7 under 3
    const shape = shapeOf([-1, 0, 0, 1, 1, 0, 0, 3]);
    const aggregation = aggregateCascade(shape, 6);
    expect(aggregation.drawn[1]).toBe(1);
    expect(aggregation.drawn[7]).toBe(0);
    expect(aggregation.drawnCount).toBeLessThanOrEqual(6);
    expect(aggregation.folded.reduce((sum, fold) => sum + fold.hidden, 0)).toBe(8 - aggregation.drawn.reduce((sum, flag) => sum + flag, 0));
  });

  it('counts a hidden subtree whole in the +N of its nearest drawn ancestor', () => {
    // a chain 0 → 1 → 2 → 3 → 4 with a cap of 3: root, 1, and "+3" for 2, 3 and 4
    const aggregation = aggregateCascade(shapeOf([-1, 0, 1, 2, 3]), 3);
    expect(Array.from(aggregation.drawn)).toEqual([1, 1, 0, 0, 0]);
    expect(aggregation.folded).toEqual([{ parent: 1, hidden: 3 }]);
  });
});

describe('layoutCascade', () => {
  it('places the root in the centre and every node on the ring of its level', () => {
    const layout = layoutCascade(shapeOf([-1, 0, 0, 1, 1, 2]));
    expect(layout.x[0]).toBe(0);
    expect(layout.y[0]).toBe(0);
    const radiusOf = (node: number) => Math.hypot(layout.x[node] as number, layout.y[node] as number);
    expect(radiusOf(1)).toBeCloseTo(radiusOf(2), 3);
    expect(radiusOf(3)).toBeGreaterThan(radiusOf(1));
    expect(radiusOf(3)).toBeCloseTo(radiusOf(5), 3);
    expect(Array.from(layout.parent)).toEqual([-1, 0, 0, 1, 1, 2]);
    expect(Array.from(layout.source)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('lays out a 20,000-node cascade as at most 5,000 finite points, the "+N" nodes one ring beyond their parent', () => {
    const shape = generatedShape(20_000, 11);
    const layout = layoutCascade(shape);
    expect(layout.source.length).toBeLessThanOrEqual(MAX_DRAWN_NODES);
    expect(layout.x.every(Number.isFinite) && layout.y.every(Number.isFinite)).toBe(true);
    const folds = Array.from(layout.source)
      .map((source, position) => ({ source, position }))
      .filter(({ source }) => source === -1);
    expect(folds.length).toBeGreaterThan(0);
    let hidden = 0;
    for (const { position } of folds) {
      const up = layout.parent[position] as number;
      expect(layout.depth[position]).toBe((layout.depth[up] as number) + 1);
      hidden += layout.hidden[position] as number;
    }
    expect(hidden).toBe(layout.hiddenCount);
    expect(layout.source.length - folds.length + hidden).toBe(20_000);
  });

  it('gives a subtree an angle in proportion to its leaves', () => {
    // hub 1 holds three leaves, node 2 is one: 1 gets three quarters of the circle, 2 the last quarter
    const layout = layoutCascade(shapeOf([-1, 0, 0, 1, 1, 1]));
    const angle = (node: number) => {
      const raw = Math.atan2(layout.y[node] as number, layout.x[node] as number);
      return raw < 0 ? raw + 2 * Math.PI : raw;
    };
    expect(angle(1)).toBeCloseTo((3 * Math.PI) / 4, 5);
    expect(angle(2)).toBeCloseTo((7 * Math.PI) / 4, 5);
    expect([angle(3), angle(4), angle(5)].map((value) => value / Math.PI)).toEqual([
      expect.closeTo(0.25, 5),
      expect.closeTo(0.75, 5),
      expect.closeTo(1.25, 5),
    ]);
    expect(Array.from(subtreeSizes(Int32Array.from([-1, 0, 0, 1, 1, 1])))).toEqual([6, 4, 1, 1, 1, 1]);
  });
});
