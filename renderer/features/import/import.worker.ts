// Parses one partner file off the UI thread. The preview goes to the page as soon as its
// rows are converted; the rest are converted a slice at a time, between which the worker answers the page's
// reads, so writing overlaps converting. Rows the page has read are let go. Cancellation and the time limit
// are the page terminating this worker: a runaway parse cannot be asked politely to stop.
import { fileSha256 } from './file-hash';
import { isImportError } from '../../../shared/import';
import { openImport, type ImportStream } from '../../../shared/import/parse-import';
import type { ImportedItem } from '../../../shared/import/result';
import { PREVIEW_ROWS, type ParsedSummary, type WorkerRequest, type WorkerResponse } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
};

/** Rows accepted per slice: long enough to keep converting fast, short enough to answer reads promptly. */
const SLICE_ROWS = 1000;
const PROGRESS_INTERVAL_MS = 100;

/** Accepted rows by position; a row the page has read is cleared. */
const rows: (ImportedItem | undefined)[] = [];
const waitingReads: { requestId: number; from: number; to: number }[] = [];
let converted = false;

function summaryOf(current: ImportStream, fileHash: string, preview: ImportedItem[]): ParsedSummary {
  return {
    ...current.summary(),
    fileHash,
    preview,
    complete: current.done,
    checkedRows: current.doneRows,
    totalRows: current.totalRows,
  };
}

function answerReads(): void {
  for (let index = 0; index < waitingReads.length;) {
    const read = waitingReads[index] as (typeof waitingReads)[number];
    if (rows.length < read.to && !converted) {
      index++;
      continue;
    }
    waitingReads.splice(index, 1);
    const items: ImportedItem[] = [];
    for (let position = read.from; position < Math.min(read.to, rows.length); position++) {
      const row = rows[position];
      if (row) items.push(row);
      rows[position] = undefined;
    }
    scope.postMessage({ type: 'rows', requestId: read.requestId, items });
  }
}

function fail(error: unknown): void {
  const crashed = !isImportError(error);
  const message = error instanceof Error ? error.message : String(error);
  scope.postMessage({ type: 'failed', message, crashed });
}

scope.onmessage = async (event) => {
  const request = event.data;
  if (request.type === 'read') {
    waitingReads.push({ requestId: request.requestId, from: request.from, to: request.to });
    answerReads();
    return;
  }
  let lastProgress = 0;
  const progress = (done: number, total: number) => {
    const now = performance.now();
    if (now - lastProgress < PROGRESS_INTERVAL_MS && done < total) return;
    lastProgress = now;
    scope.postMessage({ type: 'progress', done, total });
  };
  try {
    // hashed while SheetJS reads: the digest copies the bytes when it starts
    const hashing = fileSha256(request.bytes);
    hashing.catch(() => undefined);
    // `let`: dropped once every row is converted, and the decoded sheet with it
    let current: ImportStream | null = openImport(request.bytes, request.fileName, { ...request.options, onProgress: progress });
    const fileHash = await hashing;
    const preview = current.next(PREVIEW_ROWS);
    rows.push(...preview);
    scope.postMessage({ type: 'parsed', summary: summaryOf(current, fileHash, preview) });
    const convertSlice = () => {
      if (!current) return;
      try {
        for (const item of current.next(SLICE_ROWS)) rows.push(item);
        converted = current.done;
        answerReads();
        if (current.done) {
          scope.postMessage({ type: 'complete', summary: summaryOf(current, fileHash, preview) });
          current = null;
        }
        // a macrotask between slices lets the page's reads in
        else setTimeout(convertSlice, 0);
      } catch (error) {
        fail(error);
      }
    };
    setTimeout(convertSlice, 0);
  } catch (error) {
    fail(error);
  }
};
