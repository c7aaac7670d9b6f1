import { describe, expect, it } from 'vitest';
import { fieldReportItem, wallInputToIso, type FieldReportInput } from '../../../renderer/features/import/field-report';

function input(overrides: Partial<FieldReportInput> = {}): FieldReportInput {
  return {
    title: '',
    content: '居民反映菜市场摊位费上涨',
    region: '东胜区',
    when: '',
    unitId: '',
    unitName: '',
    reporterId: '',
    feed: 'grid',
    kind: 'social',
    ...overrides,
  };
}

const NOW = new Date(Date.UTC(2026, 2, 2, 1, 30, 0));

describe('field reports', () => {
  it('become social items reported now, from the grid, offline', () => {
    const item = fieldReportItem(input(), NOW, 'Asia/Shanghai');
    expect(item).toMatchObject({
      kind: 'social',
      feeds: ['grid'],
      platform: '线下',
      content: '居民反映菜市场摊位费上涨',
      region: '东胜区',
      reportedAt: '2026-03-02T09:30:00+08:00',
      publishedAt: null,
      status: 'new',
      provenance: [{ batchId: null, feed: 'grid', file: null, sheet: null, row: null, reportedAt: '2026-03-02T09:30:00+08:00' }],
    });
  });

  it('read "when" as a wall time in the workspace zone', () => {
    expect(wallInputToIso('2026-03-01T18:05', 'Asia/Shanghai')).toBe('2026-03-01T18:05:00+08:00');
    expect(wallInputToIso('2026-03-01T18:05', 'UTC')).toBe('2026-03-01T18:05:00+00:00');
    expect(wallInputToIso('', 'Asia/Shanghai')).toBeNull();
    expect(fieldReportItem(input({ when: '2026-03-01T18:05' }), NOW, 'Asia/Shanghai').publishedAt).toBe('2026-03-01T18:05:00+08:00');
  });

  it('fingerprint the same text from the same unit on the same day alike, and other units apart', () => {
    const first = fieldReportItem(input({ unitId: 'u1', unitName: '东胜区宣传部' }), NOW, 'Asia/Shanghai');
    const again = fieldReportItem(
      input({ content: '居民反映：菜市场摊位费上涨！', unitId: 'u1', unitName: '东胜区宣传部' }),
      NOW,
      'Asia/Shanghai',
    );
    const otherUnit = fieldReportItem(input({ unitId: 'u2', unitName: '康巴什区宣传部' }), NOW, 'Asia/Shanghai');
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(otherUnit.fingerprint).not.toBe(first.fingerprint);
    expect(first.id).not.toBe(again.id);
  });
});
