import { beforeEach, describe, expect, it } from 'vitest';
import { buildItem } from '../../builders';
import { resetBuilderSequence } from '../../builders/sequence';
import { compileRules, matchRules } from '../../../shared/watch/match';
import { applyRuleActions, runRules } from '../../../shared/watch/actions';
import type { WatchScope } from '../../../shared/domain/watch-types';
import { buildRule, scopeWith } from './builders';

beforeEach(() => resetBuilderSequence());

const plain = { title: null, content: null, account: null, url: null } as const;
const context = { at: '2026-10-08T10:00:00+08:00', batchId: 'batch-1' };
const fired = (rules: ReturnType<typeof buildRule>[], item: ReturnType<typeof buildItem>, notes: string[] = []) =>
  matchRules(rules, item, notes).map((rule) => rule.id);

describe('matchRules over every field the query sees', () => {
  const rule = buildRule({ query: '住建局 OR "Example.cn/x"' });

  it('sees title, content, account, URL and notes, folded', () => {
    expect(fired([rule], buildItem({ ...plain, title: '住建局回应' }))).toEqual([rule.id]);
    expect(fired([rule], buildItem({ ...plain, content: '网民@住建局' }))).toEqual([rule.id]);
    expect(fired([rule], buildItem({ ...plain, account: '某市住建局' }))).toEqual([rule.id]);
    expect(fired([rule], buildItem({ ...plain, url: 'https://EXAMPLE.cn/X/1' }))).toEqual([rule.id]);
    expect(fired([rule], buildItem({ ...plain, content: '无关' }), ['转住建局核实'])).toEqual([rule.id]);
    expect(fired([rule], buildItem({ ...plain, content: '无关内容' }))).toEqual([]);
  });

  it('evaluates the whole language: groups, phrases and exclusions', () => {
    const strict = buildRule({ query: '(停水 或 停电) -"已恢复"' });
    expect(fired([strict], buildItem({ ...plain, content: '小区停电两天' }))).toEqual([strict.id]);
    expect(fired([strict], buildItem({ ...plain, content: '停电已恢复' }))).toEqual([]);
    expect(fired([strict], buildItem({ ...plain, content: '停 电' }))).toEqual([]);
  });
});

describe('matchRules within every scope', () => {
  const item = buildItem({
    content: '供暖不足',
    platform: '抖音',
    region: '东胜区',
    feeds: ['grid', 'cac'],
    kind: 'social',
    unitId: 'unit-a',
  });
  const cases: Array<[string, Partial<WatchScope>, Partial<WatchScope>]> = [
    ['platforms', { platforms: ['抖音', '快手'] }, { platforms: ['微博'] }],
    ['regions', { regions: ['东胜区'] }, { regions: ['康巴什区'] }],
    ['feeds', { feeds: ['cac'] }, { feeds: ['police' as const] }],
    ['kinds', { kinds: ['social'] }, { kinds: ['online'] }],
    ['unitIds', { unitIds: ['unit-a'] }, { unitIds: ['unit-b'] }],
  ];

  for (const [field, inside, outside] of cases) {
    it(`fires inside and not outside a ${field} scope`, () => {
      const inRule = buildRule({ scope: scopeWith(inside) });
      const outRule = buildRule({ scope: scopeWith(outside) });
      expect(fired([inRule, outRule], item)).toEqual([inRule.id]);
    });
  }

  it('ANDs the fields of a scope, reads an item without a value as the empty one', () => {
    const both = buildRule({ scope: scopeWith({ platforms: ['抖音'], regions: ['康巴什区'] }) });
    expect(fired([both], item)).toEqual([]);
    expect(fired([buildRule({ scope: scopeWith({ platforms: [''] }) })], buildItem({ content: '供暖', platform: null }))).toHaveLength(1);
  });

  it('skips paused rules and rules whose query is malformed', () => {
    const paused = buildRule({ paused: true });
    const broken = { ...buildRule(), query: '(供暖' };
    const set = compileRules([paused, broken]);
    expect(set).toEqual({ active: [], invalid: [broken.id] });
    expect(fired([paused, broken], item)).toEqual([]);
  });
});

describe('applyRuleActions', () => {
  it('marks 预警 with the highest level, adds tags once, raises risk only upwards', () => {
    const item = buildItem({ content: '供暖', tags: ['民生保障/供暖'], assessment: { ...buildItem().assessment, risk: 3 } });
    const low = buildRule({
      level: 1,
      actions: { markAlert: true, addTags: ['民生保障/供暖', '预警/供暖'], raiseRiskTo: 2, createTask: null },
    });
    const high = buildRule({ level: 3, actions: { markAlert: true, addTags: [], raiseRiskTo: 4, createTask: null } });
    const outcome = applyRuleActions(item, [low, high], context);
    expect(outcome.patch.tags).toEqual(['民生保障/供暖', '预警/供暖']);
    expect(outcome.patch.assessment?.risk).toBe(4);
    expect(outcome.patch.alert).toEqual({ level: 3, ruleIds: [low.id, high.id], at: context.at });
    expect(outcome.hits.map((hit) => [hit.ruleId, hit.level, hit.batchId])).toEqual([
      [low.id, 1, 'batch-1'],
      [high.id, 3, 'batch-1'],
    ]);
    const lower = applyRuleActions(
      item,
      [buildRule({ actions: { markAlert: false, addTags: [], raiseRiskTo: 2, createTask: null } })],
      context,
    );
    expect(lower.patch.assessment).toBeUndefined();
    expect(lower.patch.alert).toBeUndefined();
    expect(lower.hits).toEqual([]);
  });

  it('acts once per rule and item: an edit that still matches changes nothing', () => {
    const rule = buildRule({ actions: { markAlert: true, addTags: ['预警'], raiseRiskTo: null, createTask: null } });
    const item = buildItem({ content: '供暖' });
    const first = applyRuleActions(item, [rule], context);
    const edited = { ...item, ...first.patch, content: '供暖仍未恢复' };
    expect(applyRuleActions(edited, matchRules([rule], edited), context)).toEqual({ firedRuleIds: [], patch: {}, hits: [], tasks: [] });
  });

  it('keeps a higher mark already on the item', () => {
    const earlier = { level: 3 as const, ruleIds: ['old'], at: '2026-10-01T08:00:00+08:00' };
    const outcome = applyRuleActions(buildItem({ alert: earlier }), [buildRule({ level: 1 })], context);
    expect(outcome.patch.alert).toEqual({ ...earlier, ruleIds: ['old', expect.any(String)] });
  });
});

describe('runRules on an imported chunk', () => {
  it('gives updates only for items rules acted on, and one task draft per rule listing its items', () => {
    const task = { type: 'verify' as const, assignee: { kind: 'unit' as const, unitId: 'unit-a' }, workingDays: 1, note: '请核实' };
    const heating = buildRule({ query: '供暖', actions: { markAlert: true, addTags: [], raiseRiskTo: null, createTask: task } });
    const water = buildRule({ query: '停水', actions: { markAlert: false, addTags: ['停水'], raiseRiskTo: null, createTask: task } });
    const items = [
      buildItem({ ...plain, content: '供暖不足' }),
      buildItem({ ...plain, content: '物业' }),
      buildItem({ ...plain, content: '供暖停水' }),
    ];
    const outcome = runRules([heating, water], items, context);
    expect(outcome.updates.map((update) => [update.itemId, update.firedRuleIds])).toEqual([
      [items[0]?.id, [heating.id]],
      [items[2]?.id, [heating.id, water.id]],
    ]);
    expect(outcome.hits).toHaveLength(2);
    expect(outcome.tasks.map((draft) => [draft.ruleId, draft.itemIds])).toEqual([
      [heating.id, [items[0]?.id, items[2]?.id]],
      [water.id, [items[2]?.id]],
    ]);
  });
});
