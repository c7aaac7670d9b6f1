import type { BuiltInSeriesId, ReportHeading, ReportSeries } from '../domain/report-types';

// The heading is left empty rather than filled with an example organisation: a report issued under a
// made-up 发文机关 would be worse than one the office is asked to complete.
export const EMPTY_HEADING: ReportHeading = { issuingOrganisation: '', recipient: '' };

const BUILT_IN_NAMES: Record<BuiltInSeriesId, string> = {
  daily: '社会舆情日报告',
  special: '网络舆情专报',
  weekly: '周报',
};

export function builtInSeries(heading: ReportHeading = EMPTY_HEADING): ReportSeries[] {
  return (Object.keys(BUILT_IN_NAMES) as BuiltInSeriesId[]).map((id) => ({
    id,
    name: BUILT_IN_NAMES[id],
    builtIn: true,
    heading: { ...heading },
  }));
}

export type SeriesResult = { ok: true; series: ReportSeries } | { ok: false; message: string };

/** A user-defined series; its name must not collide with any existing one, built-in or not. */
export function createCustomSeries(id: string, name: string, heading: ReportHeading, existing: readonly ReportSeries[]): SeriesResult {
  const trimmed = name.trim();
  if (trimmed === '') return { ok: false, message: '请填写报告系列名称' };
  if (existing.some((series) => series.id === id)) return { ok: false, message: '报告系列编号已存在' };
  if (existing.some((series) => series.name.trim() === trimmed)) {
    return { ok: false, message: `已有名为“${trimmed}”的报告系列` };
  }
  return { ok: true, series: { id, name: trimmed, builtIn: false, heading: { ...heading } } };
}

export type HeadingGap = 'issuingOrganisation' | 'recipient';

/** The heading fields still empty; sign-off is refused while any is. */
export function headingGaps(heading: ReportHeading): HeadingGap[] {
  const gaps: HeadingGap[] = [];
  if (heading.issuingOrganisation.trim() === '') gaps.push('issuingOrganisation');
  if (heading.recipient.trim() === '') gaps.push('recipient');
  return gaps;
}

const HEADING_GAP_WORDS: Readonly<Record<HeadingGap, string>> = { issuingOrganisation: '请填写发文机关', recipient: '请填写报送单位' };

/** Chinese messages for what is still missing in a heading; empty when it can go on a report. */
export function headingProblems(heading: ReportHeading): string[] {
  return headingGaps(heading).map((gap) => HEADING_GAP_WORDS[gap]);
}

/** 2026年第12期 — how the office writes a number. */
export function issueLabel(year: number, number: number): string {
  return `${year}年第${number}期`;
}
