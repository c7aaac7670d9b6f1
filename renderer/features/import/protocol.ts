// Messages between the import page and its parse worker. Options travel without the callbacks (progress
// and cancellation are messages and termination). The worker answers `parsed` as soon as the preview rows
// are converted and goes on converting the rest, which the page reads a chunk at a time (a read waits for
// rows not converted yet), so the first chunks are written while the last rows are still being checked.
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

export type WorkerRequest =
  | { type: 'parse'; bytes: Uint8Array; fileName: string; options: ParseOptions }
  | { type: 'read'; requestId: number; from: number; to: number };

export type WorkerResponse =
  | { type: 'progress'; done: number; total: number }
  /** the preview is ready; more rows follow */
  | { type: 'parsed'; summary: ParsedSummary }
  /** every row is converted: the final counts */
  | { type: 'complete'; summary: ParsedSummary }
  /** `crashed`: not a refusal the pipeline gave (ImportError) but the parser itself failing on this file */
  | { type: 'failed'; message: string; crashed: boolean }
  /** rows [from, to), fewer only at the end of the file */
  | { type: 'rows'; requestId: number; items: ImportedItem[] };

export const PREVIEW_ROWS = 20;
