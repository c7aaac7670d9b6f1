// Which export runs and how far it got. Desk-wide status: the statistics and report pages show it, and the
// shell's list-export commands, registered at start, ask it whether an export may begin without loading
// the export code, its charts and SheetJS.
import { create } from 'zustand';

/** A filtered list as one file: the workbook, or csv in UTF-8 with BOM or GB18030 for older tools. */
export type ListFormat = 'xlsx' | 'csv-utf8' | 'csv-gb18030';
export const LIST_FORMATS: readonly ListFormat[] = ['xlsx', 'csv-utf8', 'csv-gb18030'];

export type ExportKind = 'pack' | ListFormat;
export type ExportTone = 'ok' | 'bad' | 'info';

interface ExportState {
  running: ExportKind | null;
  /** what is happening now, for the progress line */
  step: string | null;
  /** 0–1 */
  fraction: number;
  outcome: { tone: ExportTone; message: string } | null;
}

export const useExport = create<ExportState>(() => ({ running: null, step: null, fraction: 0, outcome: null }));
