// The shapes an import leaves in the store: the batch row with what it needs to undo and resume, and what a
// chunk write takes and gives back.
import type { Feed, ImportBatch, ItemKind } from '../../shared/domain/types';
import type { ImportedItem } from '../../shared/import/result';
import type { DeskDatabase } from './database';
import { RecordNotFoundError } from './errors';
import type { StoredKeys } from './import-stored-keys';

/** One chunk as the batch row remembers it, enough to undo it or to resume after it. */
export interface ImportChunkRecord {
  /** seq of the chunk's audit entry */
  seq: number;
  file: string;
  /** positions [from, to) of the chunk's rows among the file's accepted rows */
  from: number;
  to: number;
  created: number;
  merged: number;
}

/** A near-duplicate suggestion (疑似重复): shown to the analyst, never merged. */
export interface SuspectedDuplicate {
  itemId: string;
  ofItemId: string;
  distance: number;
}

/** How the batch was read, so that 继续 can read the same files the same way. */
export interface ImportBatchSettings {
  year: number | null;
  tz: string;
  encoding: string | null;
  sheets: string[];
  templateId: string | null;
  /** sha256 of each file's bytes, by file name: 继续 only accepts the very same file */
  fileHashes: Record<string, string>;
  /** accepted rows of each file */
  fileRows: Record<string, number>;
}

/** The importBatches row: the shared ImportBatch plus what this feature needs to undo and resume. */
export interface ImportBatchRecord extends ImportBatch {
  chunks: ImportChunkRecord[];
  suspectedDuplicates: SuspectedDuplicate[];
  settings: ImportBatchSettings;
}

export type ImportCounts = ImportBatch['counts'];

export interface StartBatchInput {
  files: string[];
  feed: Feed;
  kind: ItemKind;
  settings: ImportBatchSettings;
  /** warnings, rejected and skipped rows are known from the parse before anything is written */
  counts: Pick<ImportCounts, 'warnings' | 'rejected' | 'skipped'>;
}

/** Counts known only once the worker has checked every row, recorded when the batch completes. */
export interface FinalCounts {
  counts: Pick<ImportCounts, 'warnings' | 'rejected' | 'skipped'>;
  fileRows: Record<string, number>;
}

export interface ChunkRow {
  /** position among the file's accepted rows (ImportResult.items) */
  index: number;
  imported: ImportedItem;
}

export interface ChunkInput {
  file: string;
  rows: readonly ChunkRow[];
  /** file position → id of the item that row became, for rows of earlier chunks of the same file */
  earlierIds: ReadonlyMap<number, string>;
  /** unit name → unit id, reporter name → reporter id */
  unitIds: ReadonlyMap<string, string>;
  reporterIds: ReadonlyMap<string, string>;
  /** the store's keys for this import (storedKeys()): rows whose keys it has certainly not seen are not looked up */
  storedKeys?: StoredKeys | null;
}

export interface ChunkOutcome {
  /** for each row of the chunk, in order: the id of the item it created or merged into */
  ids: string[];
  /** ids of the items this chunk created (the others were merged into) */
  createdIds: string[];
  created: number;
  merged: number;
  seq: number;
}

export const IMPORT_CHUNK_ACTION = 'items.import';
export const IMPORT_UNDO_ACTION = 'items.undoImport';

/** The batch row, which must exist: every write to a batch starts from it. */
export async function readBatchRecord(db: DeskDatabase, batchId: string): Promise<ImportBatchRecord> {
  const batch = (await db.importBatches.get(batchId)) as ImportBatchRecord | undefined;
  if (!batch) throw new RecordNotFoundError('importBatches', batchId);
  return batch;
}

// The row type is wider than the table's declared ImportBatch; a typed parameter keeps the extra fields checked.
export const putBatchRecord = (db: DeskDatabase, batch: ImportBatchRecord) => db.importBatches.put(batch);
