import type { Report } from '../domain/report-types';

type Numbered = Pick<Report, 'id' | 'seriesId' | 'year' | 'number' | 'status'>;

/**
 * The number the next report of a series gets in a year. Withdrawn (作废) reports keep their number, so
 * counting from the highest number ever issued means a withdrawn number is never handed out again.
 */
export function nextNumber(seriesId: string, year: number, existingReports: readonly Numbered[]): number {
  let highest = 0;
  for (const report of existingReports) {
    if (report.seriesId === seriesId && report.year === year && report.number > highest) highest = report.number;
  }
  return highest + 1;
}

export type NumberingIssue =
  | { kind: 'gap'; seriesId: string; year: number; missing: number[] }
  | { kind: 'duplicate'; seriesId: string; year: number; number: number; reportIds: string[] };

/** Finds numbers skipped or issued twice, per series and year; an empty list means the numbering is sound. */
export function validateNumbering(reports: readonly Numbered[]): NumberingIssue[] {
  const groups = new Map<string, { seriesId: string; year: number; byNumber: Map<number, string[]> }>();
  for (const report of reports) {
    const key = JSON.stringify([report.seriesId, report.year]);
    let group = groups.get(key);
    if (!group) {
      group = { seriesId: report.seriesId, year: report.year, byNumber: new Map() };
      groups.set(key, group);
    }
    const ids = group.byNumber.get(report.number) ?? [];
    ids.push(report.id);
    group.byNumber.set(report.number, ids);
  }

  const issues: NumberingIssue[] = [];
  const orderedGroups = [...groups.values()].sort((a, b) =>
    a.seriesId === b.seriesId ? a.year - b.year : a.seriesId < b.seriesId ? -1 : 1,
  );
  for (const { seriesId, year, byNumber } of orderedGroups) {
    const numbers = [...byNumber.keys()].sort((a, b) => a - b);
    const highest = numbers[numbers.length - 1] ?? 0;
    const missing: number[] = [];
    for (let number = 1; number <= highest; number += 1) if (!byNumber.has(number)) missing.push(number);
    if (missing.length > 0) issues.push({ kind: 'gap', seriesId, year, missing });
    for (const number of numbers) {
      const ids = byNumber.get(number) ?? [];
      if (ids.length > 1) issues.push({ kind: 'duplicate', seriesId, year, number, reportIds: [...ids].sort() });
    }
  }
  return issues;
}

/**
 * The report a new number is compared with: the latest earlier number of the same series that was not
 * withdrawn, looking into the previous year when this is the first number of a year.
 */
export function previousReportOf<T extends Numbered>(
  report: Pick<Report, 'seriesId' | 'year' | 'number'>,
  reports: readonly T[],
): T | null {
  let best: T | null = null;
  for (const candidate of reports) {
    if (candidate.seriesId !== report.seriesId || candidate.status === 'withdrawn') continue;
    const earlier = candidate.year < report.year || (candidate.year === report.year && candidate.number < report.number);
    if (!earlier) continue;
    if (!best || candidate.year > best.year || (candidate.year === best.year && candidate.number > best.number)) best = candidate;
  }
  return best;
}
