import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '../../../renderer/i18n';
import { actionLabel } from '../../../renderer/features/audit/audit-labels';
import { describeFieldChange, historyOfItem } from '../../../renderer/features/audit/item-history';
import { fromTimeInputValue, toTimeInputValue } from '../../../renderer/features/triage/assessment/time-input';
import { encodeChangeSet } from '../../../shared/triage';
import type { AuditEntry } from '../../../shared/domain/types';

const t: Translate = (key, ...params) => translate('zh-CN', key, ...params);

describe('triage actions read as Chinese in the 操作日志 and the item history', () => {
  it.each([
    ['items.tag', '打标签'],
    ['items.assess', '研判'],
    ['items.merge', '合并重复条目'],
    ['tags.undo', '撤销'],
    ['items.redo', '重做'],
    ['refutations.link', '关联辟谣'],
  ])('%s → %s', (action, label) => {
    expect(actionLabel(t, action)).toBe(label);
  });

  it('leaves the store’s own actions to the audit page’s pattern', () => {
    expect(actionLabel(t, 'items.add')).toBe('新增条目');
  });

  it('describes field changes as before → after in the analyst’s words', () => {
    expect(describeFieldChange('status', 'new', 'assessed', t, new Map())).toEqual([
      { field: '处置状态', before: '待研判', after: '已研判' },
    ]);
    expect(
      describeFieldChange(
        'assessment',
        { risk: null, veracity: null, sentiment: 'neutral' },
        { risk: 4, veracity: 'rumour', sentiment: 'neutral' },
        t,
        new Map(),
      ),
    ).toEqual([
      { field: '风险等级', before: '未定', after: 'Ⅰ级（特别重大）' },
      { field: '真实性', before: '未定', after: '谣言' },
    ]);
    expect(describeFieldChange('eventId', null, 'e1', t, new Map([['e1', '停暖传言']]))).toEqual([
      { field: '事件', before: '—', after: '停暖传言' },
    ]);
  });

  it('reads one item’s part of a bulk triage entry', () => {
    const { before, after } = encodeChangeSet({
      items: { a: { before: { tags: [] }, after: { tags: ['民生'] } }, b: { before: { tags: [] }, after: { tags: ['民生'] } } },
    });
    const entry = {
      seq: 7,
      at: '2026-03-02T01:00:00.000Z',
      actor: 'p',
      action: 'items.tag',
      target: 'items:*',
      items: ['a', 'b'],
      before,
      after,
    } as AuditEntry;
    expect(historyOfItem([entry], 'b', t, new Map())).toEqual([
      { seq: 7, at: entry.at, kind: 'changed', lines: [{ field: '标签', before: '—', after: '民生' }] },
    ]);
  });
});

describe('datetime inputs speak the workspace zone, not the computer’s', () => {
  it('round-trips Beijing wall-clock time typed as text, and refuses impossible times', () => {
    const instant = Date.parse('2026-03-02T09:30:00+08:00');
    expect(toTimeInputValue(instant, 'Asia/Shanghai')).toBe('2026-03-02 09:30');
    expect(fromTimeInputValue('2026-03-02 09:30', 'Asia/Shanghai')).toBe('2026-03-02T09:30:00+08:00');
    expect(fromTimeInputValue('2026-3-2 9:30', 'Asia/Shanghai')).toBe('2026-03-02T09:30:00+08:00');
    expect(fromTimeInputValue('2026-02-30 09:30', 'Asia/Shanghai')).toBeNull();
    expect(fromTimeInputValue('2026-03-02 24:00', 'Asia/Shanghai')).toBeNull();
    expect(fromTimeInputValue('2026-03-02T09:30', 'UTC')).toBe('2026-03-02T09:30:00+00:00');
    expect(fromTimeInputValue('', 'Asia/Shanghai')).toBeNull();
  });
});
