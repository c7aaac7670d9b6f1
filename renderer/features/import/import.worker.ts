// Parses one partner file off the UI thread (issue 3 item 10) and keeps the rows until the page asks for
// them chunk by chunk, so a 100k-row file is never copied to the page at once. Cancellation and the time
// limit are the page terminating this worker: a runaway parse cannot be asked politely to stop.
import { sha256Hex } from '../../../shared/crypto/sha256';
import { isImportError, parseImport } from '../../../shared/import';
import type { ImportedItem } from '../../../shared/import/result';
import { PREVIEW_ROWS, type WorkerRequest, type WorkerResponse } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
};

let rows: ImportedItem[] = [];
const PROGRESS_INTERVAL_MS = 100;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'read') {
    scope.postMessage({ type: 'rows', requestId: request.requestId, items: rows.slice(request.from, request.to) });
    return;
  }
  let lastProgress = 0;
  try {
    const result = parseImport(request.bytes, request.fileName, {
      ...request.options,
      onProgress: (done, total) => {
        const now = performance.now();
        if (now - lastProgress < PROGRESS_INTERVAL_MS && done < total) return;
        lastProgress = now;
        scope.postMessage({ type: 'progress', done, total });
      },
    });
    const { items, ...summary } = result;
    rows = items;
    scope.postMessage({
      type: 'parsed',
      summary: { ...summary, fileHash: sha256Hex(request.bytes), preview: items.slice(0, PREVIEW_ROWS) },
    });
  } catch (error) {
    const crashed = !isImportError(error);
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ type: 'failed', message, crashed });
  }
};
