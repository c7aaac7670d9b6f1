import { toShanghaiExcelSerial } from './excel-date';
import { EXCEL_LIMITS, truncateWithMarker, type SheetLimits } from './limits';
import { escapeCellText, escapeXml } from './xml';
import { httpLinkTarget } from './links';
import {
  columnLetters,
  contentTypesXml,
  NS_MAIN,
  NS_PKG_REL,
  NS_REL,
  rootRelsXml,
  stylesXml,
  uniqueSheetName,
  workbookRelsXml,
  workbookXml,
  XML_HEAD,
} from './spreadsheet-parts';
import { type CompressionLevel, type PartWriter, ZipCollector } from './zip-writer';
import { DRAWING_RELATIONSHIP_TYPE, WorkbookDrawings, type BarChartSpec } from './xlsx-drawing';

// A small SpreadsheetML (xlsx) writer: just what the briefing pack needs — typed columns, widths, a
// frozen bold header, wrapped text, Beijing-time dates, external hyperlinks — and nothing that could
// turn user text into something Excel executes: every string is a shared-string cell, never a formula.
// Why not SheetJS plus patching its output: see the note at the top of workbook.ts.

/** How a column's plain values are written. Explicit DateCell / LinkCell values work in any column. */
export type ColumnType = 'text' | 'wrap' | 'number' | 'date' | 'link';

export interface ColumnSpec {
  header: string;
  /** in Excel character widths */
  width: number;
  type: ColumnType;
}

export interface DateCell {
  date: string;
}
export interface LinkCell {
  link: string;
}
/**
 * A plain string is text, except in a `date` column (an ISO instant) and a `link` column (a URL that
 * becomes a hyperlink when it is http(s)). Numbers are numbers in every column.
 */
export type CellInput = string | number | boolean | null | undefined | DateCell | LinkCell;

export interface SheetSpec {
  name: string;
  columns: ColumnSpec[];
  rows: Iterable<CellInput[]>;
  /** native charts over this sheet's cells (xlsx-drawing.ts); drawn on the sheet's first part only */
  charts?: readonly BarChartSpec[];
}

export type ExportWarningCode = 'cellTruncated' | 'linksAsText' | 'sheetContinued';

export interface ExportWarning {
  code: ExportWarningCode;
  sheet: string;
  /** cell references concerned, the first few only */
  cells: string[];
  count: number;
  message: string;
}

export interface WorkbookResult {
  bytes: Uint8Array;
  sheetNames: string[];
  warnings: ExportWarning[];
}

export interface WorkbookOptions {
  limits?: Partial<SheetLimits>;
  /** deflate level 0–9; 6 is what Excel itself writes */
  compressionLevel?: CompressionLevel;
}

// Positions in cellXfs of stylesXml(); keep the two in step.
const Style = { Default: 0, Header: 1, Wrap: 2, DateTime: 3, Link: 4 } as const;
type Style = (typeof Style)[keyof typeof Style];

const WARNING_CELL_SAMPLE = 20;

export function writeWorkbook(sheets: SheetSpec[], options: WorkbookOptions = {}): WorkbookResult {
  const limits: SheetLimits = { ...EXCEL_LIMITS, ...options.limits };
  if (limits.maxRowsPerSheet < 2) throw new RangeError('maxRowsPerSheet must leave room for a header and one row');
  const zip = new ZipCollector(options.compressionLevel ?? 6);
  // Entries are added in the order Excel itself writes them; their content, which depends on how many
  // sheets the rows end up filling, is pushed at the end (fflate holds later entries until then).
  const contentTypes = zip.part('[Content_Types].xml');
  const rootRels = zip.part('_rels/.rels');
  const workbook = zip.part('xl/workbook.xml');
  const workbookRels = zip.part('xl/_rels/workbook.xml.rels');
  const styles = zip.part('xl/styles.xml');
  const sharedStringsPart = zip.part('xl/sharedStrings.xml');
  const strings = new SharedStrings();
  const warnings: ExportWarning[] = [];
  const sheetNames: string[] = [];
  const usedNames = new Set<string>();
  const drawings = new WorkbookDrawings();

  for (const sheet of sheets) {
    const baseName = uniqueSheetName(sheet.name, usedNames);
    const rows = sheet.rows[Symbol.iterator]();
    let next = rows.next();
    let part = 1;
    // Always write the first part, so a sheet with no rows still shows its header.
    do {
      const name = part === 1 ? baseName : uniqueSheetName(`${baseName} (${part})`, usedNames);
      const index = sheetNames.length + 1;
      const writer = new SheetWriter(name, sheet.columns, strings, limits, zip.part(`xl/worksheets/sheet${index}.xml`));
      while (!next.done && writer.rowCount < limits.maxRowsPerSheet - 1) {
        writer.addRow(next.value);
        next = rows.next();
      }
      // The charts' ranges name the first part's rows, so a continued sheet carries no drawing.
      const drawing = part === 1 ? drawings.add(name, sheet.charts ?? []) : null;
      const drawingRelId = `rId${writer.links.length + 1}`;
      writer.end(drawing ? drawingRelId : null);
      const drawingRel = drawing
        ? `<Relationship Id="${drawingRelId}" Type="${DRAWING_RELATIONSHIP_TYPE}" Target="${drawing.target}"/>`
        : '';
      if (writer.links.length > 0 || drawing) zip.part(`xl/worksheets/_rels/sheet${index}.xml.rels`).end(writer.relsXml(drawingRel));
      warnings.push(...writer.warnings());
      sheetNames.push(name);
      if (!next.done) {
        warnings.push({
          code: 'sheetContinued',
          sheet: name,
          cells: [],
          count: writer.rowCount,
          message: `工作表“${name}”已达 ${limits.maxRowsPerSheet} 行上限，其余行接续在下一个工作表`,
        });
      }
      part += 1;
    } while (!next.done);
  }

  for (const drawingPart of drawings.parts()) zip.part(drawingPart.path).end(drawingPart.xml);
  strings.writeTo(sharedStringsPart);
  contentTypes.end(contentTypesXml(sheetNames.length, drawings.contentTypeOverrides()));
  rootRels.end(rootRelsXml());
  workbook.end(workbookXml(sheetNames));
  workbookRels.end(workbookRelsXml(sheetNames.length));
  styles.end(stylesXml());
  return { bytes: zip.finish(), sheetNames, warnings };
}

// Short values (platforms, labels, regions) repeat on every row and are shared; long prose is almost
// always unique, so it is written inline and the table of shared strings stays small even at a
// million rows.
const SHARE_UP_TO_CHARS = 48;

class SharedStrings {
  private readonly indexByText = new Map<string, number>();
  private readonly escaped: string[] = [];
  private references = 0;

  cellXml(ref: string, text: string, styleAttribute: string): string {
    if (text.length > SHARE_UP_TO_CHARS) {
      return `<c r="${ref}"${styleAttribute} t="inlineStr"><is><t xml:space="preserve">${escapeCellText(text)}</t></is></c>`;
    }
    this.references += 1;
    let index = this.indexByText.get(text);
    if (index === undefined) {
      index = this.escaped.length;
      this.indexByText.set(text, index);
      this.escaped.push(escapeCellText(text));
    }
    return `<c r="${ref}"${styleAttribute} t="s"><v>${index}</v></c>`;
  }

  writeTo(part: PartWriter): void {
    part.write(`${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.references}" uniqueCount="${this.escaped.length}">`);
    for (const text of this.escaped) part.write(`<si><t xml:space="preserve">${text}</t></si>`);
    part.end('</sst>');
  }
}

class SheetWriter {
  rowCount = 0;
  readonly links: { ref: string; target: string }[] = [];
  private readonly letters: string[];
  private readonly truncated: string[] = [];
  private truncatedCount = 0;
  private linksAsTextCount = 0;
  private readonly linksAsText: string[] = [];

  constructor(
    private readonly name: string,
    private readonly columns: ColumnSpec[],
    private readonly strings: SharedStrings,
    private readonly limits: SheetLimits,
    private readonly out: PartWriter,
  ) {
    this.letters = columns.map((_, index) => columnLetters(index));
    const cols = columns
      .map((column, index) => `<col min="${index + 1}" max="${index + 1}" width="${column.width}" customWidth="1"/>`)
      .join('');
    out.write(
      `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
        '<sheetFormatPr defaultRowHeight="15"/>' +
        (cols ? `<cols>${cols}</cols>` : '') +
        `<sheetData>${this.headerRowXml()}`,
    );
  }

  addRow(values: CellInput[]): void {
    this.rowCount += 1;
    const rowNumber = this.rowCount + 1;
    let xml = `<row r="${rowNumber}">`;
    const count = Math.min(values.length, this.columns.length);
    for (let index = 0; index < count; index += 1) {
      const value = values[index];
      if (value === null || value === undefined || value === '') continue;
      const ref = `${this.letters[index]}${rowNumber}`;
      xml += this.cellXml(ref, value, this.columns[index]?.type ?? 'text');
    }
    this.out.write(`${xml}</row>`);
  }

  /** `drawingRelId`: the sheet's relationship to its drawing part, when it has charts. */
  end(drawingRelId: string | null = null): void {
    const hyperlinks =
      this.links.length === 0
        ? ''
        : `<hyperlinks>${this.links.map((link, index) => `<hyperlink ref="${link.ref}" r:id="rId${index + 1}"/>`).join('')}</hyperlinks>`;
    this.out.end(
      `</sheetData>${hyperlinks}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
        (drawingRelId ? `<drawing r:id="${drawingRelId}"/>` : '') +
        '</worksheet>',
    );
  }

  relsXml(extraRelationships = ''): string {
    const relationships = this.links
      .map(
        (link, index) =>
          `<Relationship Id="rId${index + 1}" Type="${NS_REL}/hyperlink" Target="${escapeXml(link.target)}" TargetMode="External"/>`,
      )
      .join('');
    return `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${relationships}${extraRelationships}</Relationships>`;
  }

  warnings(): ExportWarning[] {
    const warnings: ExportWarning[] = [];
    if (this.truncatedCount > 0) {
      warnings.push({
        code: 'cellTruncated',
        sheet: this.name,
        cells: this.truncated,
        count: this.truncatedCount,
        message: `工作表“${this.name}”有 ${this.truncatedCount} 个单元格超过 ${this.limits.maxCellChars} 字符，已截断并标注“[已截断]”`,
      });
    }
    if (this.linksAsTextCount > 0) {
      warnings.push({
        code: 'linksAsText',
        sheet: this.name,
        cells: this.linksAsText,
        count: this.linksAsTextCount,
        message: `工作表“${this.name}”的超链接超过 ${this.limits.maxLinksPerSheet} 个上限，其余 ${this.linksAsTextCount} 个链接以文本保留`,
      });
    }
    return warnings;
  }

  private headerRowXml(): string {
    const cells = this.columns
      .map((column, index) => this.strings.cellXml(`${this.letters[index]}1`, column.header, ` s="${Style.Header}"`))
      .join('');
    return `<row r="1">${cells}</row>`;
  }

  private cellXml(ref: string, value: Exclude<CellInput, null | undefined>, type: ColumnType): string {
    if (typeof value === 'number') {
      return Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : '';
    }
    if (typeof value === 'boolean') return this.textCellXml(ref, value ? '是' : '否', Style.Default);
    if (typeof value === 'object') {
      if ('date' in value) return this.dateCellXml(ref, value.date);
      return this.linkCellXml(ref, value.link);
    }
    switch (type) {
      case 'date':
        return this.dateCellXml(ref, value);
      case 'link':
        return this.linkCellXml(ref, value);
      case 'wrap':
        return this.textCellXml(ref, value, Style.Wrap);
      default:
        return this.textCellXml(ref, value, Style.Default);
    }
  }

  private textCellXml(ref: string, text: string, style: Style): string {
    let content = text;
    if (content.length > this.limits.maxCellChars) {
      content = truncateWithMarker(content, this.limits.maxCellChars);
      this.truncatedCount += 1;
      if (this.truncated.length < WARNING_CELL_SAMPLE) this.truncated.push(ref);
    }
    const styleAttribute = style === Style.Default ? '' : ` s="${style}"`;
    return this.strings.cellXml(ref, content, styleAttribute);
  }

  private dateCellXml(ref: string, instant: string): string {
    const serial = toShanghaiExcelSerial(instant);
    if (serial === null) return this.textCellXml(ref, instant, Style.Default);
    return `<c r="${ref}" s="${Style.DateTime}"><v>${serial}</v></c>`;
  }

  private linkCellXml(ref: string, url: string): string {
    const target = httpLinkTarget(url, this.limits.maxLinkChars);
    if (target === null) return this.textCellXml(ref, url, Style.Default);
    if (this.links.length >= this.limits.maxLinksPerSheet) {
      this.linksAsTextCount += 1;
      if (this.linksAsText.length < WARNING_CELL_SAMPLE) this.linksAsText.push(ref);
      return this.textCellXml(ref, url, Style.Default);
    }
    this.links.push({ ref, target });
    return this.textCellXml(ref, url, Style.Link);
  }
}
