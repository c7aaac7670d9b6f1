import type { WatchRule, WatchRuleFields } from '../../../shared/domain/watch-types';
import { createRule, emptyScope } from '../../../shared/watch/rules';
import { nextSequence, sequentialUuid } from '../../builders/sequence';

export function ruleFieldsWith(overrides: Partial<WatchRuleFields> = {}): WatchRuleFields {
  return {
    name: '供暖舆情',
    query: '供暖',
    scope: null,
    level: 2,
    actions: { markAlert: true, addTags: [], raiseRiskTo: null, createTask: null },
    paused: false,
    ...overrides,
  };
}

export function buildRule(overrides: Partial<WatchRuleFields> = {}): WatchRule {
  const n = nextSequence();
  return createRule(ruleFieldsWith(overrides), { id: sequentialUuid(n, '3a7c0000'), by: 'analyst', at: '2026-10-01T09:00:00+08:00' });
}

export const scopeWith = (overrides: Partial<ReturnType<typeof emptyScope>>) => ({ ...emptyScope(), ...overrides });
