import { describe, expect, it } from 'vitest';
import { buildItem, buildWorkspace, resetBuilderSequence } from '../../builders';

describe('test-data builders', () => {
  it('build the same records after a reset, whatever ran before', () => {
    resetBuilderSequence();
    const first = buildWorkspace();
    buildItem();
    resetBuilderSequence();
    expect(buildWorkspace()).toEqual(first);
  });

  it('give every record its own id and keep the overrides', () => {
    resetBuilderSequence();
    const items = [buildItem(), buildItem({ platform: '抖音', publishedAt: null })];
    expect(new Set(items.map((item) => item.id)).size).toBe(2);
    expect(items[1]).toMatchObject({ platform: '抖音', publishedAt: null });
    expect(items[0]?.reportedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
  });

  it('build workspaces whose references resolve', () => {
    const workspace = buildWorkspace({ units: 3, items: 12 });
    const unitIds = new Set(workspace.units.map((unit) => unit.id));
    const reporterIds = new Set(workspace.reporters.map((reporter) => reporter.id));
    const tagPaths = new Set(workspace.tags.map((tag) => tag.path));
    const itemIds = new Set(workspace.items.map((item) => item.id));
    for (const item of workspace.items) {
      expect(unitIds.has(item.unitId ?? '')).toBe(true);
      expect(reporterIds.has(item.reporterId ?? '')).toBe(true);
      for (const path of item.tags) expect(tagPaths.has(path)).toBe(true);
    }
    for (const edge of workspace.spreadEdges) expect(itemIds.has(edge.from) && itemIds.has(edge.to)).toBe(true);
    for (const refutation of workspace.refutations) for (const id of refutation.itemIds) expect(itemIds.has(id)).toBe(true);
  });
});
