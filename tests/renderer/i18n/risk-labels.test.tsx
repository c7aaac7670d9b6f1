import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AssessmentFields, draftFromValues } from '../../../renderer/features/triage';
import { translate } from '../../../renderer/i18n';
import { RISK_LEVELS, RISK_LEVELS_BY_SEVERITY } from '../../../shared/domain/types';
import { riskLabel, RISK_LABELS } from '../../../shared/export/labels';
import { statKeysInOrder, UNSPECIFIED_KEY } from '../../../shared/report/stats';

// Offices count the levels down as severity rises; the stored numbers rise with it and must keep their meaning.
const OFFICE_WORDING = {
  4: { zh: 'Ⅰ级（特别重大）', en: 'Level I (extremely serious)' },
  3: { zh: 'Ⅱ级（重大）', en: 'Level II (serious)' },
  2: { zh: 'Ⅲ级（较大）', en: 'Level III (relatively serious)' },
  1: { zh: 'Ⅳ级（一般）', en: 'Level IV (general)' },
} as const;

describe('risk levels as offices say them', () => {
  afterEach(cleanup);

  it('lists the most severe level first and keeps every stored value', () => {
    expect(RISK_LEVELS_BY_SEVERITY).toEqual([4, 3, 2, 1]);
    expect([...RISK_LEVELS_BY_SEVERITY].sort()).toEqual([...RISK_LEVELS]);
  });

  it('exports name every level in office wording', () => {
    for (const level of RISK_LEVELS) {
      expect(RISK_LABELS[level], String(level)).toBe(OFFICE_WORDING[level].zh);
      expect(riskLabel(level), String(level)).toBe(OFFICE_WORDING[level].zh);
    }
    expect(riskLabel(null)).toBe('');
  });

  it('every screen names every level the same way in both languages', () => {
    for (const level of RISK_LEVELS) {
      const keys = [`triage.risk.${level}`, `items.risk.${level}`, `stats.risk.${level}`, `reports.risk.${level}`] as const;
      for (const key of keys) {
        expect(translate('zh-CN', key), key).toBe(OFFICE_WORDING[level].zh);
        expect(translate('en', key), key).toBe(OFFICE_WORDING[level].en);
      }
    }
  });

  it('a report lists risk counts by severity, not by count, and the unrecorded last', () => {
    const counts = { '1': 9, '3': 1, [UNSPECIFIED_KEY]: 20, '4': 2 };
    expect(statKeysInOrder('byRisk', counts)).toEqual(['4', '3', '1', UNSPECIFIED_KEY]);
    expect(statKeysInOrder('byPlatform', { 微博: 1, 抖音: 3 })).toEqual(['抖音', '微博']);
  });

  it('the assessment offers the levels most severe first', () => {
    const draft = draftFromValues({ sentiment: null, risk: null, veracity: null, category: null, kind: 'social' });
    render(<AssessmentFields draft={draft} onChange={() => undefined} bulk={false} idPrefix="risk-test" />);
    const options = within(screen.getByLabelText('风险等级')).getAllByRole('option');
    const levels = options.map((option) => option.textContent).filter((text) => text?.includes('级'));
    expect(levels).toEqual(RISK_LEVELS_BY_SEVERITY.map((level) => OFFICE_WORDING[level].zh));
  });

  it('typing 1–4 on the risk field picks Ⅰ级 to Ⅳ级', () => {
    const draft = draftFromValues({ sentiment: null, risk: null, veracity: null, category: null, kind: 'social' });
    const picked: Array<string> = [];
    render(<AssessmentFields draft={draft} onChange={(next) => picked.push(next.risk)} bulk={false} idPrefix="risk-keys" />);
    const field = screen.getByLabelText('风险等级');
    for (const key of ['1', '2', '3', '4']) fireEvent.keyDown(field, { key });
    expect(picked).toEqual(['4', '3', '2', '1']);
  });
});
