import { beforeEach, describe, expect, it } from 'vitest';
import { resetBuilderSequence } from '../../builders/sequence';
import { RuleInvalidError, editRule, pauseRule, ruleProblems } from '../../../shared/watch/rules';
import { exportRules, importRules } from '../../../shared/watch/rules-file';
import { dryRunRule, scopeFilter } from '../../../shared/watch/dry-run';
import { NO_LOADERS, indexOf, textItem } from '../search/builders';
import { buildRule, ruleFieldsWith, scopeWith } from './builders';

beforeEach(() => resetBuilderSequence());

const actor = { by: 'reviewer', at: '2026-10-09T09:00:00+08:00' };

describe('rule validation', () => {
  it('names every problem with a code, the query problem with its position', () => {
    expect(ruleProblems(ruleFieldsWith())).toEqual([]);
    expect(ruleProblems(ruleFieldsWith({ name: ' ', query: '供暖 (停水' })).map((problem) => problem.code)).toEqual([
      'nameEmpty',
      'querySyntax',
    ]);
    expect(ruleProblems(ruleFieldsWith({ query: '供暖 (停水' }))[0]?.queryError).toEqual({ code: 'unclosedGroup', position: 3 });
    expect(ruleProblems(ruleFieldsWith({ query: '   ' }))[0]?.code).toBe('queryEmpty');
    const noAction = ruleFieldsWith({ actions: { markAlert: false, addTags: [], raiseRiskTo: null, createTask: null } });
    expect(ruleProblems(noAction).map((problem) => problem.code)).toEqual(['actionNone']);
    const badDays = ruleFieldsWith({
      actions: {
        markAlert: true,
        addTags: [''],
        raiseRiskTo: null,
        createTask: { type: 'verify', assignee: { kind: 'unit', unitId: 'u' }, workingDays: 1.5, note: '' },
      },
    });
    expect(ruleProblems(badDays).map((problem) => problem.code)).toEqual(['tagEmpty', 'workingDays']);
  });

  it('refuses to create or edit an unsound rule with a typed error', () => {
    expect(() => buildRule({ query: '' })).toThrow(RuleInvalidError);
    expect(() => editRule(buildRule(), { query: 'OR' }, actor)).toThrow(RuleInvalidError);
  });
});

describe('editing keeps history', () => {
  it('records only the fields that changed, with who and when', () => {
    const rule = buildRule({ scope: scopeWith({}) });
    expect(rule.scope).toBeNull(); // a scope that narrows nothing is none
    const edited = editRule(rule, { query: '供暖 OR 停暖', level: 3, name: rule.name }, actor);
    expect(edited).toMatchObject({ query: '供暖 OR 停暖', level: 3, updatedAt: actor.at });
    expect(edited.history).toEqual([{ ...actor, before: { query: '供暖', level: 2 }, after: { query: '供暖 OR 停暖', level: 3 } }]);
    expect(editRule(edited, { level: 3 }, actor)).toBe(edited);
    const paused = pauseRule(edited, true, { by: 'analyst', at: '2026-10-10T09:00:00+08:00' });
    expect(paused.paused).toBe(true);
    expect(paused.history.at(-1)).toMatchObject({ by: 'analyst', before: { paused: false }, after: { paused: true } });
  });
});

describe('rules as a JSON file', () => {
  it('exports and imports rules unchanged, history included', () => {
    const rules = [
      editRule(buildRule(), { query: '供暖 或 停暖' }, actor),
      buildRule({ scope: scopeWith({ platforms: ['抖音'] }), level: 3 }),
    ];
    const result = importRules(exportRules(rules, actor.at));
    expect(result).toEqual({ ok: true, rules });
  });

  it('says in Chinese what is wrong and where', () => {
    expect(importRules('{not json')).toEqual({ ok: false, errors: ['文件不是有效的 JSON，无法读取预警规则'] });
    expect(importRules('{"rules": []}')).toMatchObject({ ok: false, errors: [expect.stringContaining('这不是预警规则文件')] });
    expect(importRules('{"format":"opinion-desk/watch-rules","version":9,"rules":[]}')).toMatchObject({
      ok: false,
      errors: [expect.stringContaining('版本不受支持')],
    });
    const file = JSON.parse(exportRules([buildRule(), buildRule()], actor.at)) as { rules: Array<Record<string, unknown>> };
    const [first, second] = file.rules as [Record<string, unknown>, Record<string, unknown>];
    first.level = 5;
    second.createdAt = '2026-10-01 09:00';
    const result = importRules(JSON.stringify(file));
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^第 1 条规则的「预警级别」不符合要求/);
    expect(errors[1]).toMatch(/^第 2 条规则的「创建时间」不符合要求（应为 带时区的 ISO 8601 时间/);
  });

  it('refuses rules that are well-formed but unsound, and repeated ids', () => {
    const rule = buildRule();
    const file = JSON.parse(exportRules([rule, rule], actor.at)) as { rules: Array<Record<string, unknown>> };
    (file.rules[0] as Record<string, unknown>).query = '(供暖';
    const result = importRules(JSON.stringify(file));
    expect(result).toEqual({
      ok: false,
      errors: [`第 1 条规则「${rule.name}」查询有误：第 1 个字符处括号没有闭合`, `第 2 条规则的编号与前面的规则重复：${rule.id}`],
    });
  });
});

describe('试运行 from the index', () => {
  it('counts the matches in scope and lists the newest twenty', async () => {
    const items = Array.from({ length: 30 }, (_, n) =>
      textItem(n % 3 === 0 ? '小区停水' : '供暖不足', {
        platform: n % 2 === 0 ? '抖音' : '微博',
        reportedAt: `2026-10-01T${String(n % 24).padStart(2, '0')}:${String(n).padStart(2, '0')}:00+08:00`,
      }),
    );
    const index = indexOf(items);
    const all = await dryRunRule(index, { query: '供暖 OR 停水', scope: null }, NO_LOADERS);
    expect(all).toMatchObject({ ok: true, total: 30 });
    expect(all.ok && all.itemIds).toHaveLength(20);
    const scoped = await dryRunRule(index, { query: '停水', scope: scopeWith({ platforms: ['抖音'] }) }, NO_LOADERS);
    const expected = items
      .filter((item, n) => n % 3 === 0 && item.platform === '抖音')
      .sort((a, b) => b.reportedAt.localeCompare(a.reportedAt));
    expect(scoped).toEqual({ ok: true, total: expected.length, itemIds: expected.map((item) => item.id) });
    expect(await dryRunRule(index, { query: '(停水', scope: null }, NO_LOADERS)).toEqual({
      ok: false,
      error: { code: 'unclosedGroup', position: 0 },
    });
    expect(scopeFilter(scopeWith({ unitIds: ['u'] })).units).toEqual(['u']);
  });
});
