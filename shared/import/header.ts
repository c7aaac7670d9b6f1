import { matchSynonym, isSerialHeader, normaliseHeader } from './synonyms';
import type { Table, TableRow } from './table';

// Finds the header in what agencies actually send: title rows above it, a group row merged over
// several columns, labels split across two rows.

/** Headers are looked for among the first rows only: below that it is data. */
const HEADER_SCAN_ROWS = 30;

export interface DetectedHeader {
  /** index into table.rows of the first and the last header row */
  firstIndex: number;
  lastIndex: number;
  /** the last header row as a spreadsheet shows it; null for JSON */
  headerRow: number | null;
  /** one label per column; '' for a column without a header */
  labels: string[];
  /** labels as written before " (2)" was added to a repeat: what synonyms are matched against */
  baseLabels: string[];
  /** a year read from a title row above the header ("… 2020年2月3日") */
  titleYear: number | null;
}

export function detectHeader(table: Table, extraHeaders: ReadonlySet<string> = new Set()): DetectedHeader | null {
  if (table.fixedHeaders) {
    const baseLabels = table.fixedHeaders.slice();
    return { firstIndex: 0, lastIndex: -1, headerRow: null, labels: dedupeLabels(baseLabels), baseLabels, titleYear: null };
  }
  const grid = new MergedGrid(table);
  const scanned = table.rows.slice(0, HEADER_SCAN_ROWS);
  let bestIndex = -1;
  let bestScore = 0;
  scanned.forEach((row, index) => {
    const score = scoreRow(grid.texts(row.row), extraHeaders);
    if (score > bestScore) {
      bestScore = score;
      bestIndex = index;
    }
  });
  const best = table.rows[bestIndex];
  if (!best || bestScore === 0) return null;

  let firstIndex = bestIndex;
  let lastIndex = bestIndex;
  const above = table.rows[bestIndex - 1];
  const below = table.rows[bestIndex + 1];
  if (above && above.row === best.row - 1 && isUpperHeaderRow(grid, above, best, extraHeaders)) firstIndex = bestIndex - 1;
  else if (below && below.row === best.row + 1 && isLowerHeaderRow(grid, best, below)) lastIndex = bestIndex + 1;

  const lower = grid.texts((table.rows[lastIndex] as TableRow).row);
  const upper = firstIndex < lastIndex ? grid.texts((table.rows[firstIndex] as TableRow).row) : [];
  const width = Math.max(lower.length, upper.length);
  const baseLabels: string[] = [];
  for (let column = 0; column < width; column++) {
    baseLabels.push((lower[column] ?? '').trim() || (upper[column] ?? '').trim());
  }
  return {
    firstIndex,
    lastIndex,
    headerRow: (table.rows[lastIndex] as TableRow).row,
    labels: dedupeLabels(baseLabels),
    baseLabels,
    titleYear: yearFromTitleRows(table.rows.slice(0, firstIndex)),
  };
}

function isHeaderHit(text: string, extraHeaders: ReadonlySet<string>): boolean {
  return matchSynonym(text) !== null || (extraHeaders.size > 0 && extraHeaders.has(normaliseHeader(text)));
}

/**
 * Cells that are header names. A single hit counts only when every other cell is a header too
 * ("序号, 内容"): one cell that happens to read 时间 in a data row must not win.
 */
function scoreRow(texts: string[], extraHeaders: ReadonlySet<string>): number {
  let hits = 0;
  let others = 0;
  const seen = new Set<string>();
  for (const text of texts) {
    if (!text || text.trim() === '') continue;
    const key = normaliseHeader(text);
    if (seen.has(key)) continue;
    seen.add(key);
    if (isHeaderHit(text, extraHeaders)) hits++;
    else if (!isSerialHeader(text)) others++;
  }
  if (hits >= 2) return hits;
  return hits === 1 && others === 0 ? 1 : 0;
}

// The row above is a group row ("信息" over 标题 and 链接) when it holds at least two different labels
// and either a merge ties it to the header row or it names fields the header row leaves blank. A title
// merged across the whole width has one label only, so it stays a title row.
function isUpperHeaderRow(grid: MergedGrid, above: TableRow, header: TableRow, extraHeaders: ReadonlySet<string>): boolean {
  const upper = grid.texts(above.row);
  const distinct = new Set(upper.filter((text) => text && text.trim() !== '').map((text) => text.trim()));
  if (distinct.size < 2) return false;
  if (grid.hasMergeTouching(above.row, header.row)) return true;
  const lower = grid.texts(header.row);
  return upper.some((text, column) => text && isHeaderHit(text, extraHeaders) && !(lower[column] ?? '').trim());
}

// The header row itself is the group row when one of its merges spans columns and the row below
// fills those columns with sub-labels that are not data (no URL, no long text).
function isLowerHeaderRow(grid: MergedGrid, header: TableRow, below: TableRow): boolean {
  const spans = grid.horizontalMergesOn(header.row);
  if (spans.length === 0) return false;
  const lower = grid.texts(below.row);
  const filled = spans.some((span) => {
    for (let column = span.from; column <= span.to; column++) if ((lower[column] ?? '').trim() === '') return false;
    return true;
  });
  return filled && lower.every((text) => !text || (text.length <= 20 && !/^https?:/i.test(text)));
}

export function dedupeLabels(labels: readonly string[]): string[] {
  const counts = new Map<string, number>();
  return labels.map((label) => {
    if (label === '') return '';
    const count = (counts.get(label) ?? 0) + 1;
    counts.set(label, count);
    return count === 1 ? label : `${label} (${count})`;
  });
}

const TITLE_YEAR = /((?:19|20)\d{2})\s*年/;
const TITLE_ISO_DATE = /((?:19|20)\d{2})[-/.]\d{1,2}[-/.]\d{1,2}/;

export function yearFromTitleRows(rows: readonly TableRow[]): number | null {
  for (const row of rows) {
    for (const cell of row.cells) {
      if (!cell) continue;
      const text = cell.text.normalize('NFKC');
      const match = text.match(TITLE_YEAR) ?? text.match(TITLE_ISO_DATE);
      if (match?.[1]) return Number(match[1]);
    }
  }
  return null;
}

/** Cell texts of header-area rows with merged ranges filled from their top-left cell. */
class MergedGrid {
  private readonly byRow = new Map<number, TableRow>();
  private readonly merges: Table['merges'];

  constructor(table: Table) {
    const scanned = table.rows.slice(0, HEADER_SCAN_ROWS + 2);
    for (const row of scanned) this.byRow.set(row.row, row);
    const lastRow = scanned[scanned.length - 1]?.row ?? 0;
    this.merges = table.merges.filter((merge) => merge.s.r < lastRow);
  }

  texts(rowNumber: number): string[] {
    const own = this.byRow.get(rowNumber);
    const texts: string[] = own ? own.cells.map((cell) => cell?.text ?? '') : [];
    const r = rowNumber - 1;
    for (const merge of this.merges) {
      if (r < merge.s.r || r > merge.e.r) continue;
      const origin = this.byRow.get(merge.s.r + 1)?.cells[merge.s.c]?.text ?? '';
      for (let c = merge.s.c; c <= merge.e.c && c < 1024; c++) texts[c] = origin;
    }
    for (let c = 0; c < texts.length; c++) texts[c] ??= '';
    return texts;
  }

  hasMergeTouching(upperRow: number, lowerRow: number): boolean {
    const upper = upperRow - 1;
    const lower = lowerRow - 1;
    return this.merges.some((merge) => merge.s.r <= upper && merge.e.r >= upper && (merge.e.c > merge.s.c || merge.e.r >= lower));
  }

  horizontalMergesOn(rowNumber: number): { from: number; to: number }[] {
    const r = rowNumber - 1;
    return this.merges
      .filter((merge) => merge.s.r <= r && merge.e.r >= r && merge.e.c > merge.s.c)
      .map((merge) => ({ from: merge.s.c, to: merge.e.c }));
  }
}
