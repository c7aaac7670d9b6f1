// The annual-assessment export: month, quarter and year rankings in one .xlsx, the points scheme on a sheet
// of its own, and beside each ranking a native Excel bar chart of the points (shared/export/xlsx-drawing.ts).
// The chart reads the sheet's own cells, so it stays editable in Excel and WPS and follows a corrected
// score; a picture beside the workbook (how this export began) could do neither and needed a zip.
import type { PointsScheme, UnitScore } from '../../../shared/network/scoring';
import { writeWorkbook, type ColumnSpec, type SheetSpec } from '../../../shared/export/spreadsheet-ml';
import type { BarChartSpec } from '../../../shared/export/xlsx-drawing';
import type { Ranking } from './assessment';

import type { PlainMessageKey, Translate } from '../../i18n';

export type { Translate };

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

// Where the rows sit: Excel row 1 is the header, row 2 the ranking's title, the units from row 3.
const HEADER_ROW = 1;
const FIRST_UNIT_ROW = 3;
const NAME_COLUMN = 1;
const POINTS_COLUMN = 11;
/** The chart starts one empty column to the right of the table, level with its first row under the header. */
const CHART_COLUMN = POINTS_COLUMN + 2;
const CHART_WIDTH_COLUMNS = 10;
const CHART_MIN_ROWS = 18;
/** a bar, its label and its gap take about one 15-point row; the title and axis take the rest */
const CHART_ROWS_AROUND_BARS = 6;
const CHART_COLOR = '2F5D8A';

/** The ranking's bar chart: points per unit, rank 1 on top, over the sheet's name and points columns. */
export function rankingChart(title: string, pointsHeader: string, units: readonly UnitScore[]): BarChartSpec {
  return {
    title,
    seriesName: pointsHeader,
    headerRow: HEADER_ROW,
    labelColumn: NAME_COLUMN,
    valueColumn: POINTS_COLUMN,
    firstRow: FIRST_UNIT_ROW,
    labels: units.map((unit) => unit.name),
    values: units.map((unit) => unit.points),
    horizontal: true,
    color: CHART_COLOR,
    anchor: {
      fromColumn: CHART_COLUMN,
      fromRow: HEADER_ROW,
      toColumn: CHART_COLUMN + CHART_WIDTH_COLUMNS,
      toRow: HEADER_ROW + Math.max(CHART_MIN_ROWS, units.length + CHART_ROWS_AROUND_BARS),
    },
  };
}

function rankingColumns(t: Translate): ColumnSpec[] {
  const number = (key: Extract<RankingTextKey, PlainMessageKey>, width = 10): ColumnSpec => ({ header: t(key), width, type: 'number' });
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
  const sheets: SheetSpec[] = rankings.map((ranking) => {
    const title = rankingTitle(t, ranking);
    return {
      name: t(`units.export.sheet.${ranking.kind}`),
      columns: rankingColumns(t),
      rows: [[title], ...rankingRows(ranking.scores.units)],
      charts: [rankingChart(title, t('units.col.points'), ranking.scores.units)],
    };
  });
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
