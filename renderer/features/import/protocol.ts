// Messages between the import page and its parse worker. Options travel without the callbacks (progress
// and cancellation are messages and termination), and rows travel a chunk at a time on request.
import type { ImportOptions } from '../../../shared/import';
import type { ImportResult, ImportedItem } from '../../../shared/import/result';

export type ParseOptions = Omit<ImportOptions, 'onProgress' | 'shouldCancel'>;

/** The parse result without its rows, plus the first rows for the mapping step. */
export interface ParsedSummary extends Omit<ImportResult, 'items'> {
  /** sha256 of the file's bytes: 继续 accepts only the very same file */
  fileHash: string;
  preview: ImportedItem[];
}

export type WorkerRequest =
  | { type: 'parse'; bytes: Uint8Array; fileName: string; options: ParseOptions }
  | { type: 'read'; requestId: number; from: number; to: number };

export type WorkerResponse =
  | { type: 'progress'; done: number; total: number }
  | { type: 'parsed'; summary: ParsedSummary }
  /** `crashed`: not a refusal the pipeline gave (ImportError) but the parser itself failing on this file */
  | { type: 'failed'; message: string; crashed: boolean }
  | { type: 'rows'; requestId: number; items: ImportedItem[] };

export const PREVIEW_ROWS = 20;
