// Parses one partner file off the UI thread. The preview goes to the page as soon as its
// rows are converted; the rest are converted a slice at a time, between which the worker answers the page's
// reads, so writing overlaps converting. Rows the page has read are let go. Cancellation and the time limit
// are the page terminating this worker: a runaway parse cannot be asked politely to stop.
import { fileSha256 } from './file-hash';
import { openImport, type ImportStream } from '../../../shared/import/parse-import';
import type { ImportedItem } from '../../../shared/import/result';
import { workerEndpoint } from '../../platform/worker-rpc';
import { PREVIEW_ROWS, type ParsedSummary, type ParseEvents, type ParseInput } from './protocol';

const endpoint = workerEndpoint<ParseEvents>();

/** Rows accepted per slice: long enough to keep converting fast, short enough to answer reads promptly. */
const SLICE_ROWS = 1000;
const PROGRESS_INTERVAL_MS = 100;

/** Accepted rows by position; a row the page has read is cleared. */
const rows: (ImportedItem | undefined)[] = [];
const waitingReads: { from: number; to: number; answer: (items: ImportedItem[]) => void }[] = [];
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
    read.answer(items);
  }
}

/** Converts the rest of the file a slice at a time; resolves with the final counts once every row is converted. */
function convertRest(stream: ImportStream, fileHash: string, preview: ImportedItem[]): Promise<ParsedSummary> {
  // `let`: dropped once every row is converted, and the decoded sheet with it
  let current: ImportStream | null = stream;
  return new Promise((resolve, reject) => {
    const convertSlice = () => {
      if (!current) return;
      try {
        for (const item of current.next(SLICE_ROWS)) rows.push(item);
        converted = current.done;
        answerReads();
        if (current.done) {
          resolve(summaryOf(current, fileHash, preview));
          current = null;
        }
        // a macrotask between slices lets the page's reads in
        else setTimeout(convertSlice, 0);
      } catch (error) {
        reject(error);
      }
    };
    setTimeout(convertSlice, 0);
  });
}

/** A refusal the pipeline gave travels as an ImportError (its name, code and values); anything else is the parser failing. */
const handlers = {
  async parse({ bytes, fileName, options }: ParseInput): Promise<ParsedSummary> {
    let lastProgress = 0;
    const progress = (done: number, total: number) => {
      const now = performance.now();
      if (now - lastProgress < PROGRESS_INTERVAL_MS && done < total) return;
      lastProgress = now;
      endpoint.emit('progress', { done, total });
    };
    // hashed while SheetJS reads: the digest copies the bytes when it starts
    const hashing = fileSha256(bytes);
    hashing.catch(() => undefined);
    const stream = openImport(bytes, fileName, { ...options, onProgress: progress });
    const fileHash = await hashing;
    const preview = stream.next(PREVIEW_ROWS);
    rows.push(...preview);
    endpoint.emit('parsed', summaryOf(stream, fileHash, preview));
    return convertRest(stream, fileHash, preview);
  },
  /** accepted rows [from, to), once converted; fewer only at the end of the file */
  read({ from, to }: { from: number; to: number }): Promise<ImportedItem[]> {
    return new Promise((answer) => {
      waitingReads.push({ from, to, answer });
      answerReads();
    });
  },
};

export type ParseHandlers = typeof handlers;

endpoint.serve(handlers);
