import { describe, expect, it } from 'vitest';
import { ACTION_TYPES, ITEM_STATUSES, type ItemStatus } from '../../../shared/domain/types';
import { manualStatusChangeNeedsConfirmation, statusAfterAction, statusAfterAssessment, statusRank } from '../../../shared/triage';

const blankAssessment = { sentiment: null, risk: null, veracity: null, category: null };

describe('status moves as work is recorded', () => {
  it.each([
    ['new', 'assess', 'assessed'],
    ['new', 'contain', 'handling'],
    ['new', 'refute', 'handling'],
    ['new', 'guide', 'handling'],
    ['assessed', 'assess', 'assessed'],
    ['assessed', 'guide', 'handling'],
    ['handling', 'assess', 'handling'],
    ['closed', 'contain', 'closed'],
    ['closed', 'assess', 'closed'],
  ] as const)('%s + %s → %s', (from, type, to) => {
    expect(statusAfterAction(from, { type })).toBe(to);
  });

  it('never moves an item backwards, whatever is recorded', () => {
    for (const from of ITEM_STATUSES) {
      for (const type of ACTION_TYPES) {
        expect(statusRank(statusAfterAction(from, { type }))).toBeGreaterThanOrEqual(statusRank(from));
      }
    }
  });

  it('closes the item when the action is recorded as the last one (办结)', () => {
    expect(statusAfterAction('new', { type: 'guide', closes: true })).toBe('closed');
    expect(statusAfterAction('handling', { type: 'refute', closes: true })).toBe('closed');
  });

  it('an assessment that says something makes a new item assessed; an empty one changes nothing', () => {
    expect(statusAfterAssessment('new', { ...blankAssessment, risk: 2 })).toBe('assessed');
    expect(statusAfterAssessment('new', { ...blankAssessment, category: '民生' })).toBe('assessed');
    expect(statusAfterAssessment('new', blankAssessment)).toBe('new');
    expect(statusAfterAssessment('new', { ...blankAssessment, category: '' })).toBe('new');
    expect(statusAfterAssessment('handling', { ...blankAssessment, veracity: 'rumour' })).toBe('handling');
  });
});

describe('manual status changes that need confirmation', () => {
  const cases: Array<[ItemStatus, ItemStatus, number, boolean]> = [
    ['new', 'assessed', 0, false],
    ['assessed', 'handling', 1, false],
    ['handling', 'closed', 2, false],
    ['new', 'closed', 0, true],
    ['closed', 'handling', 3, true],
    ['assessed', 'new', 0, true],
    ['handling', 'handling', 1, false],
  ];
  it.each(cases)('%s → %s with %i actions: %s', (from, to, actions, confirm) => {
    expect(manualStatusChangeNeedsConfirmation(from, to, actions)).toBe(confirm);
  });
});
