// The neutral table every decoder produces, so header detection, mapping and normalisation do not care
// whether the bytes were a workbook, a CSV file or JSON.

export interface Cell {
  /** what the analyst sees in the cell, line breaks kept */
  text: string;
  /** target of a hyperlink on the cell, kept instead of its visible text */
  url?: string;
  /** the numeric value of a number cell or JSON number */
  number?: number;
  /** Excel serial of a cell formatted as a date or time */
  dateSerial?: number;
  /** a number cell with 16+ digits: Excel itself has already lost the last digits */
  imprecise?: boolean;
  /** the text was cut at the cell length limit */
  truncated?: boolean;
}

export interface TableRow {
  /** 1-based row number as a spreadsheet shows it; CSV: the line where the record starts; JSON: record position */
  row: number;
  /** sparse by column index; a missing entry is an empty cell */
  cells: (Cell | undefined)[];
}

export interface CellRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

export interface Table {
  /** sheet name; null for CSV and JSON */
  name: string | null;
  /** non-empty rows only, in file order */
  rows: TableRow[];
  /** blank rows (or blank records) between the first and the last non-empty row */
  blankRowsWithin: number;
  /** merged ranges, 0-based, from the workbook */
  merges: CellRange[];
  date1904: boolean;
  /** JSON has no header row: its keys are the headers */
  fixedHeaders: string[] | null;
}

export function cellText(cell: Cell | undefined): string {
  return cell ? cell.text : '';
}

export function isBlankRow(cells: (Cell | undefined)[]): boolean {
  for (const cell of cells) if (cell && (cell.text.trim() !== '' || cell.url)) return false;
  return true;
}
