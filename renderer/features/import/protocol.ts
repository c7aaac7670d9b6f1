// What the import page and its parse worker exchange. Options travel without the callbacks (progress and
// cancellation are events and termination). The worker sends `parsed` as soon as the preview rows are
// converted and goes on converting the rest, which the page reads a chunk at a time (a read waits for rows
// not converted yet), so the first chunks are written while the last rows are still being checked.
import type { ImportOptions } from '../../../shared/import';
import type { ImportSummary } from '../../../shared/import/parse-import';
import type { ImportedItem } from '../../../shared/import/result';

export type ParseOptions = Omit<ImportOptions, 'onProgress' | 'shouldCancel'>;

/** The parse result without its rows, plus the first rows for the mapping step. */
export interface ParsedSummary extends ImportSummary {
  /** sha256 of the file's bytes: 继续 accepts only the very same file */
  fileHash: string;
  preview: ImportedItem[];
  /** false while the worker is still converting rows: the counts are those so far */
  complete: boolean;
  /** rows looked at so far and in all, while not complete */
  checkedRows: number;
  totalRows: number;
}

/** The file to parse; the bytes are handed over, not copied. */
export interface ParseInput {
  bytes: Uint8Array;
  fileName: string;
  options: ParseOptions;
}

/** What the parse worker tells the page while the parse call runs. */
export type ParseEvents = {
  progress: { done: number; total: number };
  /** the preview is ready; more rows follow, and the parse call resolves with the final counts */
  parsed: ParsedSummary;
};

export const PREVIEW_ROWS = 20;
