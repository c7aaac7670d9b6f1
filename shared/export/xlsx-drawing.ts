import { escapeXml } from './xml';

// Native Excel charts for the SpreadsheetML writer (spreadsheet-ml.ts): a bar chart part (xl/charts/chartN.xml)
// whose series are formulas over the sheet's own cells, placed by a drawing part (xl/drawings/drawingN.xml)
// that the sheet links to. A native chart, unlike a picture, stays live in Excel and WPS: the office can
// restyle it, and it follows an edited score. Each series also carries a cache of its values, because
// readers that do not recalculate (LibreOffice on open, previewers, phone apps) draw from the cache.
//
// Parts and relationships, for a sheet i with charts:
//   xl/worksheets/sheet{i}.xml            <drawing r:id="rIdK"/>
//   xl/worksheets/_rels/sheet{i}.xml.rels rIdK → ../drawings/drawing{d}.xml
//   xl/drawings/drawing{d}.xml            one twoCellAnchor per chart, each <c:chart r:id="rId{n}"/>
//   xl/drawings/_rels/drawing{d}.xml.rels rId{n} → ../charts/chart{c}.xml
//   xl/charts/chart{c}.xml
// with an Override content type for every drawing and chart part.

export const NS_CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_DRAWING_MAIN = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_SHEET_DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const DRAWING_RELATIONSHIP_TYPE = `${NS_REL}/drawing`;
export const CHART_RELATIONSHIP_TYPE = `${NS_REL}/chart`;
export const DRAWING_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CHART_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/** A cell rectangle, zero-based as DrawingML counts: column 0 is A, row 0 is Excel's row 1. */
export interface CellAnchor {
  fromColumn: number;
  fromRow: number;
  toColumn: number;
  toRow: number;
}

/**
 * A bar chart of one series over a block of rows of the same sheet: labels in one column, values in
 * another, both from `firstRow` (1-based, as Excel numbers rows) for `labels.length` rows.
 */
export interface BarChartSpec {
  title: string;
  /** header text of the value column, the series name */
  seriesName: string;
  /** 1-based row of the header cell holding `seriesName` */
  headerRow: number;
  labelColumn: number;
  valueColumn: number;
  firstRow: number;
  /** what the cells hold, written as the series cache */
  labels: readonly string[];
  values: readonly number[];
  /** horizontal bars, first row at the top: how a ranking reads */
  horizontal: boolean;
  anchor: CellAnchor;
  /** RRGGBB */
  color?: string;
}

export interface DrawingPart {
  path: string;
  xml: string;
}

/** Column letters of a zero-based column index: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** 'Sheet name'!$B$3:$B$9 — the name is always quoted, so spaces, CJK and digits need no special case. */
export function sheetRange(sheetName: string, column: number, fromRow: number, toRow = fromRow): string {
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  const letters = columnLetters(column);
  const from = `$${letters}$${fromRow}`;
  return fromRow === toRow ? `${quoted}!${from}` : `${quoted}!${from}:$${letters}$${toRow}`;
}

/** The charts of the workbook's sheets, numbered as they are added; written once every sheet is known. */
export class WorkbookDrawings {
  private readonly drawings: Array<{ sheetName: string; charts: readonly BarChartSpec[]; firstChart: number }> = [];
  private chartCount = 0;

  /**
   * Registers the charts of one sheet and returns the drawing part the sheet must link to (its target
   * relative to xl/worksheets/), or null when there is nothing to draw.
   */
  add(sheetName: string, charts: readonly BarChartSpec[]): { target: string } | null {
    const drawable = charts.filter((chart) => chart.labels.length > 0 && chart.labels.length === chart.values.length);
    if (drawable.length === 0) return null;
    this.drawings.push({ sheetName, charts: drawable, firstChart: this.chartCount + 1 });
    this.chartCount += drawable.length;
    return { target: `../drawings/drawing${this.drawings.length}.xml` };
  }

  get isEmpty(): boolean {
    return this.drawings.length === 0;
  }

  parts(): DrawingPart[] {
    const parts: DrawingPart[] = [];
    this.drawings.forEach((drawing, index) => {
      const number = index + 1;
      parts.push({ path: `xl/drawings/drawing${number}.xml`, xml: drawingXml(drawing.charts) });
      parts.push({ path: `xl/drawings/_rels/drawing${number}.xml.rels`, xml: drawingRelsXml(drawing.charts.length, drawing.firstChart) });
      drawing.charts.forEach((chart, offset) => {
        parts.push({ path: `xl/charts/chart${drawing.firstChart + offset}.xml`, xml: barChartXml(drawing.sheetName, chart) });
      });
    });
    return parts;
  }

  /** Override elements of [Content_Types].xml for every drawing and chart part. */
  contentTypeOverrides(): string {
    let xml = '';
    this.drawings.forEach((_, index) => {
      xml += `<Override PartName="/xl/drawings/drawing${index + 1}.xml" ContentType="${DRAWING_CONTENT_TYPE}"/>`;
    });
    for (let chart = 1; chart <= this.chartCount; chart += 1) {
      xml += `<Override PartName="/xl/charts/chart${chart}.xml" ContentType="${CHART_CONTENT_TYPE}"/>`;
    }
    return xml;
  }
}

function drawingXml(charts: readonly BarChartSpec[]): string {
  const anchors = charts
    .map((chart, index) => {
      const { fromColumn, fromRow, toColumn, toRow } = chart.anchor;
      const marker = (tag: string, column: number, row: number) =>
        `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        '<xdr:twoCellAnchor editAs="oneCell">' +
        marker('from', fromColumn, fromRow) +
        marker('to', toColumn, toRow) +
        '<xdr:graphicFrame macro="">' +
        `<xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${NS_CHART}"><c:chart xmlns:c="${NS_CHART}" xmlns:r="${NS_REL}" r:id="rId${index + 1}"/></a:graphicData></a:graphic>` +
        '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
      );
    })
    .join('');
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS_SHEET_DRAWING}" xmlns:a="${NS_DRAWING_MAIN}">${anchors}</xdr:wsDr>`;
}

function drawingRelsXml(count: number, firstChart: number): string {
  const relationships = Array.from(
    { length: count },
    (_, index) =>
      `<Relationship Id="rId${index + 1}" Type="${CHART_RELATIONSHIP_TYPE}" Target="../charts/chart${firstChart + index}.xml"/>`,
  ).join('');
  return `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${relationships}</Relationships>`;
}

// Axis ids only need to be unique within the chart part.
const CATEGORY_AXIS_ID = 500_001;
const VALUE_AXIS_ID = 500_002;
const FONT = '<a:latin typeface="宋体"/><a:ea typeface="宋体"/>';

function richText(text: string, size: number, bold: boolean): string {
  const b = bold ? ' b="1"' : '';
  return (
    '<c:tx><c:rich><a:bodyPr/><a:lstStyle/>' +
    `<a:p><a:pPr><a:defRPr sz="${size}"${b}>${FONT}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="${size}"${b}>${FONT}</a:rPr><a:t>${escapeXml(text)}</a:t></a:r></a:p>` +
    '</c:rich></c:tx>'
  );
}

function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : '0';
}

/** The chart part; element order follows the CT_ChartSpace schema, which Excel enforces. */
export function barChartXml(sheetName: string, chart: BarChartSpec): string {
  const lastRow = chart.firstRow + chart.labels.length - 1;
  const count = chart.labels.length;
  const labelCache = chart.labels.map((label, index) => `<c:pt idx="${index}"><c:v>${escapeXml(label)}</c:v></c:pt>`).join('');
  const valueCache = chart.values.map((value, index) => `<c:pt idx="${index}"><c:v>${numberText(value)}</c:v></c:pt>`).join('');
  const color = chart.color ?? '2F6FB0';
  // Horizontal bars list the first category at the bottom unless the axis runs max to min; the value axis
  // then crosses at the maximum category to stay below the bars.
  const categoryOrientation = chart.horizontal ? 'maxMin' : 'minMax';
  const valueCrosses = chart.horizontal ? 'max' : 'autoZero';
  const textProperties = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900">${FONT}</a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${NS_CHART}" xmlns:a="${NS_DRAWING_MAIN}" xmlns:r="${NS_REL}">` +
    '<c:lang val="zh-CN"/><c:roundedCorners val="0"/>' +
    '<c:chart>' +
    `<c:title>${richText(chart.title, 1400, true)}<c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/>' +
    '<c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="${chart.horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    `<c:tx><c:strRef><c:f>${escapeXml(sheetRange(sheetName, chart.valueColumn, chart.headerRow))}</c:f>` +
    `<c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(chart.seriesName)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>` +
    '<c:invertIfNegative val="0"/>' +
    '<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
    '<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>' +
    '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
    `<c:cat><c:strRef><c:f>${escapeXml(sheetRange(sheetName, chart.labelColumn, chart.firstRow, lastRow))}</c:f>` +
    `<c:strCache><c:ptCount val="${count}"/>${labelCache}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(sheetRange(sheetName, chart.valueColumn, chart.firstRow, lastRow))}</c:f>` +
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${count}"/>${valueCache}</c:numCache></c:numRef></c:val>` +
    '</c:ser>' +
    '<c:gapWidth val="60"/>' +
    `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>` +
    '</c:barChart>' +
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/><c:scaling><c:orientation val="${categoryOrientation}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${chart.horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    textProperties +
    `<c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${chart.horizontal ? 'b' : 'l'}"/><c:majorGridlines/>` +
    `<c:title>${richText(chart.seriesName, 1000, false)}<c:overlay val="0"/></c:title>` +
    '<c:numFmt formatCode="General" sourceLinked="1"/>' +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    textProperties +
    `<c:crossAx val="${CATEGORY_AXIS_ID}"/><c:crosses val="${valueCrosses}"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    '</c:chartSpace>'
  );
}
