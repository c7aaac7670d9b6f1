import { describe, expect, it } from 'vitest';
import type * as XLSX from 'xlsx';
import { writeWorkbook, type SheetSpec } from '../../../shared/export/spreadsheet-ml';
import { columnLetters, sheetRange, type BarChartSpec } from '../../../shared/export/xlsx-drawing';
import { isWellFormedXml, readWorkbook, sheetOf, sheetXml, xmlParts } from './read-back';

// A ranking as the unit assessment writes it: header in row 1, a title line in row 2, units from row 3,
// names in column B and points in column D; the chart beside the table reads those cells.
const UNITS = [
  ['东原旗委宣传部', 12],
  ['北岭旗委宣传部', 7],
  ['西坡旗委宣传部', -4],
] as const;

function rankingChart(title: string, overrides: Partial<BarChartSpec> = {}): BarChartSpec {
  return {
    title,
    seriesName: '得分',
    headerRow: 1,
    labelColumn: 1,
    valueColumn: 3,
    firstRow: 3,
    labels: UNITS.map(([name]) => name),
    values: UNITS.map(([, points]) => points),
    horizontal: true,
    anchor: { fromColumn: 5, fromRow: 1, toColumn: 15, toRow: 19 },
    ...overrides,
  };
}

function rankingSheet(name: string, charts: BarChartSpec[] = [rankingChart(`${name}（2026-10-01 至 2026-10-31）`)]): SheetSpec {
  return {
    name,
    columns: [
      { header: '名次', width: 6, type: 'number' },
      { header: '单位', width: 28, type: 'text' },
      { header: '链接', width: 20, type: 'link' },
      { header: '得分', width: 10, type: 'number' },
    ],
    rows: [[`${name}（2026-10-01 至 2026-10-31）`], ...UNITS.map(([unit, points], index) => [index + 1, unit, null, points])],
    charts,
  };
}

/** Resolves a relationship target against the folder of the part that owns the .rels file. */
function resolveTarget(relsPath: string, target: string): string {
  const ownerFolder = relsPath.replace(/_rels\/[^/]*\.rels$/, '');
  const segments: string[] = [];
  for (const segment of `${ownerFolder}${target}`.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/**
 * What Excel checks before it shows anything: every part is well-formed XML, every internal relationship
 * points at a part that exists, every part has a content type, and every declared override exists.
 */
function packageProblems(parts: Record<string, string>): string[] {
  const problems: string[] = [];
  const contentTypes = parts['[Content_Types].xml'] ?? '';
  const defaults = new Set([...contentTypes.matchAll(/<Default Extension="([^"]+)"/g)].map((match) => match[1]));
  const overrides = [...contentTypes.matchAll(/<Override PartName="\/([^"]+)"/g)].map((match) => match[1] ?? '');
  for (const [path, xml] of Object.entries(parts)) {
    if (!isWellFormedXml(xml)) problems.push(`${path} is not well-formed`);
    if (path === '[Content_Types].xml') continue;
    const extension = path.slice(path.lastIndexOf('.') + 1);
    if (!overrides.includes(path) && !defaults.has(extension)) problems.push(`${path} has no content type`);
    if (!path.endsWith('.rels')) continue;
    for (const match of xml.matchAll(/<Relationship [^>]*>/g)) {
      const tag = match[0];
      if (tag.includes('TargetMode="External"')) continue;
      const target = resolveTarget(path, /Target="([^"]+)"/.exec(tag)?.[1] ?? '');
      if (!(target in parts)) problems.push(`${path} points at missing ${target}`);
    }
  }
  for (const override of overrides) if (!(override in parts)) problems.push(`override for missing ${override}`);
  return problems;
}

/** The cells a chart formula such as 'Sheet'!$B$3:$B$5 names, read from the workbook as SheetJS sees it. */
function cellsOf(book: XLSX.WorkBook, formula: string): unknown[] {
  const match = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(formula);
  if (!match) throw new Error(`not a range: ${formula}`);
  const sheet = sheetOf(book, (match[1] ?? '').replace(/''/g, "'"));
  const from = Number(match[3]);
  const to = Number(match[5] ?? match[3]);
  const values: unknown[] = [];
  for (let row = from; row <= to; row += 1) values.push((sheet[`${match[2]}${row}`] as XLSX.CellObject | undefined)?.v);
  return values;
}

const unescape = (text: string) =>
  text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function chartFormulas(xml: string): string[] {
  return [...xml.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((match) => unescape(match[1] ?? ''));
}

function cacheValues(xml: string, tag: 'c:strCache' | 'c:numCache'): string[][] {
  return [...xml.matchAll(new RegExp(`<${tag}>(.*?)</${tag}>`, 'g'))].map((cache) =>
    [...(cache[1] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((value) => unescape(value[1] ?? '')),
  );
}

describe('native charts in the SpreadsheetML writer', () => {
  const bytes = writeWorkbook([rankingSheet('月度排名'), rankingSheet('季度排名'), { name: '计分规则', columns: [], rows: [] }]).bytes;
  const parts = xmlParts(bytes);

  it('writes a consistent package: every relationship resolves, every part is typed and well-formed', () => {
    expect(
      Object.keys(parts)
        .filter((path) => /drawing|chart/.test(path))
        .sort(),
    ).toEqual([
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/drawings/_rels/drawing2.xml.rels',
      'xl/drawings/drawing1.xml',
      'xl/drawings/drawing2.xml',
    ]);
    expect(packageProblems(parts)).toEqual([]);
  });

  it('links each ranking sheet to its own drawing and each drawing to its own chart', () => {
    expect(parts['xl/worksheets/_rels/sheet1.xml.rels']).toContain('Target="../drawings/drawing1.xml"');
    expect(parts['xl/worksheets/_rels/sheet2.xml.rels']).toContain('Target="../drawings/drawing2.xml"');
    expect(parts['xl/drawings/_rels/drawing1.xml.rels']).toContain('Target="../charts/chart1.xml"');
    expect(parts['xl/drawings/_rels/drawing2.xml.rels']).toContain('Target="../charts/chart2.xml"');
    // A sheet without charts has neither a drawing nor a relationships part.
    expect(sheetXml(bytes, '计分规则')).not.toContain('<drawing');
    expect(parts['xl/worksheets/_rels/sheet3.xml.rels']).toBeUndefined();
    // CT_Worksheet puts <drawing> after <pageMargins>; Excel refuses the sheet otherwise.
    expect(sheetXml(bytes, '月度排名')).toMatch(/<pageMargins [^>]*\/><drawing r:id="rId1"\/><\/worksheet>$/);
  });

  it('draws from the sheet’s own cells, and its caches hold what those cells hold', () => {
    const book = readWorkbook(bytes);
    expect(book.SheetNames).toEqual(['月度排名', '季度排名', '计分规则']);
    const chart = parts['xl/charts/chart2.xml'] ?? '';
    const [seriesName, categories, values] = chartFormulas(chart);
    expect([seriesName, categories, values]).toEqual(["'季度排名'!$D$1", "'季度排名'!$B$3:$B$5", "'季度排名'!$D$3:$D$5"]);
    const [nameCache, labelCache] = cacheValues(chart, 'c:strCache');
    expect(cellsOf(book, seriesName!)).toEqual(nameCache);
    expect(cellsOf(book, categories!)).toEqual(labelCache);
    expect(cellsOf(book, values!)).toEqual(cacheValues(chart, 'c:numCache')[0]?.map(Number));
    expect(chart).toContain('季度排名（2026-10-01 至 2026-10-31）');
  });

  it('draws a ranking as horizontal bars with rank 1 on top and the value axis below them', () => {
    const chart = parts['xl/charts/chart1.xml'] ?? '';
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toMatch(/<c:catAx>.*<c:orientation val="maxMin"\/>.*<\/c:catAx>/);
    expect(chart).toMatch(/<c:valAx>.*<c:crosses val="max"\/>.*<\/c:valAx>/);
    expect(parts['xl/drawings/drawing1.xml']).toContain(
      '<xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>',
    );
  });

  it('keeps a sheet’s hyperlinks and its drawing apart in one relationships part', () => {
    const linked = rankingSheet('链接排名');
    linked.rows = [
      [1, '东原旗委宣传部', 'https://example.org/a', 3],
      [2, '北岭旗委宣传部', 'https://example.org/b', 2],
    ];
    linked.charts = [rankingChart('链接排名', { labels: ['东原旗委宣传部', '北岭旗委宣传部'], values: [3, 2], firstRow: 2 })];
    const written = writeWorkbook([linked]).bytes;
    const writtenParts = xmlParts(written);
    const rels = writtenParts['xl/worksheets/_rels/sheet1.xml.rels'] ?? '';
    expect(rels).toContain('Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"');
    expect(rels).toContain('Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"');
    expect(rels).toContain('Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"');
    expect(sheetXml(written, '链接排名')).toContain('<drawing r:id="rId3"/>');
    expect(packageProblems(writtenParts)).toEqual([]);
    expect(readWorkbook(written).Sheets['链接排名']?.C2?.l?.Target).toBe('https://example.org/a');
  });

  it('draws nothing for a ranking without units, and nothing on the continuation of a split sheet', () => {
    const empty = writeWorkbook([rankingSheet('空排名', [rankingChart('空排名', { labels: [], values: [] })])]).bytes;
    expect(Object.keys(xmlParts(empty)).some((path) => path.includes('drawing'))).toBe(false);
    expect(packageProblems(xmlParts(empty))).toEqual([]);

    const split = writeWorkbook([rankingSheet('长排名')], { limits: { maxRowsPerSheet: 3 } }).bytes;
    const splitParts = xmlParts(split);
    expect(readWorkbook(split).SheetNames).toEqual(['长排名', '长排名 (2)']);
    expect(sheetXml(split, '长排名')).toContain('<drawing');
    expect(sheetXml(split, '长排名 (2)')).not.toContain('<drawing');
    expect(packageProblems(splitParts)).toEqual([]);
  });

  it('escapes titles and names that are not XML-safe, and quotes sheet names in formulas', () => {
    const tricky = rankingSheet("O'Neil & <Co>", [rankingChart('排名 <"甲" & 乙>', { labels: ['A&B', '<C>', '"D"'], values: [1, 2, 3] })]);
    const written = xmlParts(writeWorkbook([tricky]).bytes);
    expect(packageProblems(written)).toEqual([]);
    const chart = written['xl/charts/chart1.xml'] ?? '';
    expect(chartFormulas(chart)[1]).toBe("'O''Neil & <Co>'!$B$3:$B$5");
    expect(cacheValues(chart, 'c:strCache')[1]).toEqual(['A&B', '<C>', '"D"']);
  });
});

describe('cell references', () => {
  it('names columns as Excel does', () => {
    expect([0, 1, 11, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(['A', 'B', 'L', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('writes absolute ranges of one column, and a single cell when the range is one row', () => {
    expect(sheetRange('年度排名', 11, 3, 40)).toBe("'年度排名'!$L$3:$L$40");
    expect(sheetRange('年度排名', 11, 1)).toBe("'年度排名'!$L$1");
  });
});
