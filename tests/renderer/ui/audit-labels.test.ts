import { describe, expect, it } from 'vitest';
import { actionLabel, actorLabel, targetLabel } from '../../../renderer/features/audit/audit-labels';
import { translate, type Translate } from '../../../renderer/i18n';

const zh: Translate = (key, ...params) => translate('zh-CN', key, ...params);
const en: Translate = (key, ...params) => translate('en', key, ...params);
const names = new Map([['p-1', '王晓燕']]);

describe('audit log labels', () => {
  it('name actions in the active language and keep unknown ones as recorded', () => {
    expect(actionLabel(zh, 'items.load')).toBe('载入条目');
    expect(actionLabel(zh, 'settings.set')).toBe('修改设置');
    expect(actionLabel(en, 'profiles.create')).toBe('Create person');
    expect(actionLabel(zh, 'reports.signOff')).toBe('签发');
    expect(actionLabel(zh, 'reports.return')).toBe('退回修改');
    expect(actionLabel(zh, 'reports.archive')).toBe('reports.archive');
  });

  it('name bulk targets by their count, people by name and settings by what they set', () => {
    expect(targetLabel(zh, { target: 'items:*', items: ['a', 'b', 'c'] }, names)).toBe('条目（3 条）');
    expect(targetLabel(zh, { target: 'profiles:p-1' }, names)).toBe('人员 · 王晓燕');
    expect(targetLabel(zh, { target: 'settings:ui.locale' }, names)).toBe('设置 · 界面语言');
    expect(targetLabel(zh, { target: 'items:unknown-id' }, names)).toBe('条目 · unknown-id');
  });

  it('show the system and people by name', () => {
    expect(actorLabel(zh, 'system', names)).toBe('系统');
    expect(actorLabel(zh, 'p-1', names)).toBe('王晓燕');
    expect(actorLabel(zh, 'p-gone', names)).toBe('p-gone');
  });
});
