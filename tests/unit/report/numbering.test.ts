import { describe, expect, it } from 'vitest';
import type { Report } from '../../../shared/domain/report-types';
import { newDraftReport } from '../../../shared/report/create';
import { nextNumber, previousReportOf, validateNumbering } from '../../../shared/report/numbering';
import { builtInSeries, createCustomSeries, headingProblems, issueLabel } from '../../../shared/report/series';
import { buildReport } from '../../builders/report';

type Numbered = Pick<Report, 'id' | 'seriesId' | 'year' | 'number' | 'status'>;

const numbered = (seriesId: string, year: number, number: number, status: Report['status'] = 'signed'): Numbered => ({
  id: `${seriesId}-${year}-${number}-${status}`,
  seriesId,
  year,
  number,
  status,
});

describe('series', () => {
  it('ships the three built-in series with the configured heading', () => {
    const heading = { issuingOrganisation: '中共示例市委宣传部', recipient: '自治区党委宣传部' };
    expect(builtInSeries(heading)).toEqual([
      { id: 'daily', name: '社会舆情日报告', builtIn: true, heading },
      { id: 'special', name: '网络舆情专报', builtIn: true, heading },
      { id: 'weekly', name: '周报', builtIn: true, heading },
    ]);
  });

  it('accepts a user-defined series with a new name only', () => {
    const existing = builtInSeries();
    const heading = { issuingOrganisation: '宣传部', recipient: '市委' };
    expect(createCustomSeries('s-1', ' 疫情防控专报 ', heading, existing)).toEqual({
      ok: true,
      series: { id: 's-1', name: '疫情防控专报', builtIn: false, heading },
    });
    expect(createCustomSeries('s-2', '周报', heading, existing)).toMatchObject({ ok: false });
    expect(createCustomSeries('s-3', '  ', heading, existing)).toMatchObject({ ok: false, message: '请填写报告系列名称' });
    expect(createCustomSeries('daily', '另一个', heading, existing)).toMatchObject({ ok: false });
  });

  it('says what a heading still lacks', () => {
    expect(headingProblems({ issuingOrganisation: ' ', recipient: '' })).toEqual(['请填写发文机关', '请填写报送单位']);
    expect(headingProblems({ issuingOrganisation: '宣传部', recipient: '市委' })).toEqual([]);
    expect(issueLabel(2026, 12)).toBe('2026年第12期');
  });
});

describe('nextNumber', () => {
  it('starts each series and year at 1', () => {
    expect(nextNumber('daily', 2026, [])).toBe(1);
    expect(nextNumber('daily', 2026, [numbered('daily', 2025, 40), numbered('special', 2026, 3)])).toBe(1);
  });

  it('continues after the highest number, never reusing a withdrawn one', () => {
    const reports = [numbered('daily', 2026, 1), numbered('daily', 2026, 2), numbered('daily', 2026, 3, 'withdrawn')];
    expect(nextNumber('daily', 2026, reports)).toBe(4);
  });

  it('gives a new draft the next number and the series heading', () => {
    const series = builtInSeries({ issuingOrganisation: '宣传部', recipient: '市委' })[1]!;
    const report = newDraftReport({
      id: 'r-9',
      series,
      year: 2026,
      date: '2026-03-02',
      drafterId: 'p-drafter',
      now: '2026-03-02T08:00:00+08:00',
      existingReports: [numbered('special', 2026, 1), numbered('special', 2026, 2, 'withdrawn')],
    });
    expect(report).toMatchObject({ seriesId: 'special', seriesName: '网络舆情专报', number: 3, status: 'draft', heading: series.heading });
  });
});

describe('validateNumbering', () => {
  it('accepts a continuous sequence with a withdrawn number kept in place', () => {
    expect(validateNumbering([numbered('daily', 2026, 1), numbered('daily', 2026, 2, 'withdrawn'), numbered('daily', 2026, 3)])).toEqual(
      [],
    );
  });

  it('finds gaps and duplicates per series and year', () => {
    const first = numbered('daily', 2026, 2);
    const second = { ...numbered('daily', 2026, 2), id: 'other' };
    const issues = validateNumbering([
      numbered('daily', 2026, 1),
      first,
      second,
      numbered('daily', 2026, 5),
      numbered('weekly', 2025, 2),
      numbered('weekly', 2026, 1),
    ]);
    expect(issues).toEqual([
      { kind: 'gap', seriesId: 'daily', year: 2026, missing: [3, 4] },
      { kind: 'duplicate', seriesId: 'daily', year: 2026, number: 2, reportIds: [first.id, 'other'].sort() },
      { kind: 'gap', seriesId: 'weekly', year: 2025, missing: [1] },
    ]);
  });
});

describe('previousReportOf', () => {
  it('takes the latest earlier number of the series that was not withdrawn, across the year boundary', () => {
    const reports = [
      buildReport({ id: 'a', year: 2025, number: 40 }),
      buildReport({ id: 'b', year: 2026, number: 1 }),
      buildReport({ id: 'c', year: 2026, number: 2, status: 'withdrawn' }),
      buildReport({ id: 'd', year: 2026, number: 4 }),
      buildReport({ id: 'e', seriesId: 'special', year: 2026, number: 2 }),
    ];
    expect(previousReportOf({ seriesId: 'daily', year: 2026, number: 3 }, reports)?.id).toBe('b');
    expect(previousReportOf({ seriesId: 'daily', year: 2026, number: 1 }, reports)?.id).toBe('a');
    expect(previousReportOf({ seriesId: 'special', year: 2026, number: 2 }, reports)).toBeNull();
  });
});
