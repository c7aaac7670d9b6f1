// The annual-assessment export: month, quarter and year rankings in one workbook, the points scheme on a
// sheet of its own, and a PNG of each ranking chart beside it. SheetJS community edition cannot embed
// images and the shared SpreadsheetML writer has no drawing part, so the charts travel as files next to the
// workbook in one folder (a zip in the browser host), which is also how the briefing pack carries charts.
import type { PointsScheme, UnitScore } from '../../../shared/network/scoring';
import { writeWorkbook, type ColumnSpec, type SheetSpec } from '../../../shared/export/spreadsheet-ml';
import type { Ranking } from './assessment';

export type Translate = (key: RankingTextKey, params?: Record<string, string | number>) => string;

export type RankingTextKey =
  | 'units.export.sheet.month'
  | 'units.export.sheet.quarter'
  | 'units.export.sheet.year'
  | 'units.export.sheet.scheme'
  | 'units.export.title.month'
  | 'units.export.title.quarter'
  | 'units.export.title.year'
  | 'units.col.rank'
  | 'units.col.unit'
  | 'units.col.reported'
  | 'units.col.adopted'
  | 'units.col.withInstruction'
  | 'units.col.adoptionRate'
  | 'units.col.late'
  | 'units.col.missing'
  | 'units.col.zeroReports'
  | 'units.col.silent'
  | 'units.col.notOpinionShare'
  | 'units.col.points'
  | 'units.scheme.item'
  | 'units.scheme.points'
  | 'units.scheme.reported'
  | 'units.scheme.notOpinion'
  | 'units.scheme.adopted'
  | 'units.scheme.adoptedWithInstruction'
  | 'units.scheme.late'
  | 'units.scheme.missing'
  | 'units.export.period';

export const SCHEME_FIELDS = ['reported', 'notOpinion', 'adopted', 'adoptedWithInstruction', 'late', 'missing'] as const;

/** A share as a percentage with one decimal, blank when there is nothing to divide. */
export function percent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}

export function rankingTitle(t: Translate, ranking: Ranking): string {
  return t(`units.export.title.${ranking.kind}`, { from: ranking.period.from, to: ranking.period.to });
}

export function rankingRows(units: readonly UnitScore[]): (string | number | null)[][] {
  return units.map((unit) => [
    unit.rank,
    unit.name,
    unit.reported,
    unit.adopted,
    unit.withInstruction,
    percent(unit.adoptionRate),
    unit.late,
    unit.missing,
    unit.zeroReportDays,
    unit.silentStreak,
    percent(unit.notOpinionShare),
    unit.points,
  ]);
}

function rankingColumns(t: Translate): ColumnSpec[] {
  const number = (key: RankingTextKey, width = 10): ColumnSpec => ({ header: t(key), width, type: 'number' });
  return [
    number('units.col.rank', 6),
    { header: t('units.col.unit'), width: 28, type: 'text' },
    number('units.col.reported'),
    number('units.col.adopted'),
    number('units.col.withInstruction', 12),
    number('units.col.adoptionRate', 12),
    number('units.col.late'),
    number('units.col.missing'),
    number('units.col.zeroReports'),
    number('units.col.silent', 14),
    number('units.col.notOpinionShare', 14),
    number('units.col.points'),
  ];
}

export function rankingSheets(t: Translate, rankings: readonly Ranking[], scheme: PointsScheme): SheetSpec[] {
  const sheets: SheetSpec[] = rankings.map((ranking) => ({
    name: t(`units.export.sheet.${ranking.kind}`),
    columns: rankingColumns(t),
    rows: [[rankingTitle(t, ranking)], ...rankingRows(ranking.scores.units)],
  }));
  sheets.push({
    name: t('units.export.sheet.scheme'),
    columns: [
      { header: t('units.scheme.item'), width: 30, type: 'text' },
      { header: t('units.scheme.points'), width: 10, type: 'number' },
    ],
    rows: SCHEME_FIELDS.map((field) => [t(`units.scheme.${field}`), scheme[field]]),
  });
  return sheets;
}

export function rankingWorkbook(t: Translate, rankings: readonly Ranking[], scheme: PointsScheme): Uint8Array<ArrayBuffer> {
  return writeWorkbook(rankingSheets(t, rankings, scheme)).bytes as Uint8Array<ArrayBuffer>;
}
