// The page's side of the parse worker: progress, cancel, and a time limit enforced by terminating the
// worker, since a parse stuck in a hostile file never gets back to reading its messages.
import { sha256Hex } from '../../../shared/crypto/sha256';
import { isImportError, parseImport } from '../../../shared/import';
import type { ImportedItem } from '../../../shared/import/result';
import { t } from '../../i18n';
import { PREVIEW_ROWS, type ParseOptions, type ParsedSummary, type WorkerRequest, type WorkerResponse } from './protocol';

export type ParseFailureReason = 'refused' | 'crashed' | 'timeout' | 'cancelled';

export class ParseFailure extends Error {
  constructor(
    readonly reason: ParseFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'ParseFailure';
  }
}

export interface ParseSession {
  /** the summary as of now: counts so far until `complete` resolves */
  summary: ParsedSummary;
  /** the final summary once every row is converted; rejects with a ParseFailure when the rest of the file fails */
  complete: Promise<ParsedSummary>;
  /** accepted rows [from, to); waits for rows not converted yet, fewer only at the end of the file */
  read(from: number, to: number): Promise<ImportedItem[]>;
  /** lets the worker and its rows go */
  dispose(): void;
}

export interface ParseRequest {
  bytes: Uint8Array;
  fileName: string;
  options: ParseOptions;
  /** the worker is terminated after this long */
  timeLimitMs?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  makeWorker?: () => Worker;
}

/**
 * Two minutes, plus ten seconds a megabyte: several times what a busy office PC needs for a real partner
 * file, so only a parse that has run away (a crafted file the size checks let through) meets it.
 */
export function timeLimitFor(byteLength: number): number {
  return 120_000 + Math.ceil(byteLength / (1024 * 1024)) * 10_000;
}

export function createImportWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import-parse' });
}

export function crashMessage(detail: string): string {
  return t('import.error.crashed', { detail });
}

export function parseFile(request: ParseRequest): Promise<ParseSession> {
  const makeWorker = request.makeWorker ?? (typeof Worker === 'undefined' ? null : createImportWorker);
  if (!makeWorker) return parseHere(request);
  const timeLimitMs = request.timeLimitMs ?? timeLimitFor(request.bytes.byteLength);
  return new Promise((resolve, reject) => {
    const worker = makeWorker();
    // `opened`: the preview arrived and the session was handed out; `ended`: complete, failed or disposed
    let opened = false;
    let ended = false;
    let nextRequestId = 1;
    const pendingReads = new Map<number, { resolve: (items: ImportedItem[]) => void; reject: (error: Error) => void }>();
    let completed: { resolve: (summary: ParsedSummary) => void; reject: (error: Error) => void } | null = null;
    const complete = new Promise<ParsedSummary>((resolveComplete, rejectComplete) => {
      completed = { resolve: resolveComplete, reject: rejectComplete };
    });
    // whoever holds the session decides whether a late failure matters; it must never go unhandled
    complete.catch(() => undefined);

    const stop = () => {
      ended = true;
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
    };
    const fail = (failure: ParseFailure) => {
      if (ended) return;
      stop();
      worker.terminate();
      for (const read of pendingReads.values()) read.reject(failure);
      pendingReads.clear();
      completed?.reject(failure);
      if (!opened) reject(failure);
    };
    const onAbort = () => fail(new ParseFailure('cancelled', t('import.error.cancelled')));
    const timer = setTimeout(
      () => fail(new ParseFailure('timeout', t('import.error.timeout', { seconds: Math.round(timeLimitMs / 1000) }))),
      timeLimitMs,
    );
    request.signal?.addEventListener('abort', onAbort, { once: true });
    if (request.signal?.aborted) {
      onAbort();
      return;
    }

    const session: ParseSession = {
      summary: null as unknown as ParsedSummary,
      complete,
      read: (from, to) =>
        new Promise((resolveRead, rejectRead) => {
          const requestId = nextRequestId++;
          pendingReads.set(requestId, { resolve: resolveRead, reject: rejectRead });
          worker.postMessage({ type: 'read', requestId, from, to } satisfies WorkerRequest);
        }),
      dispose: () => {
        if (!ended) stop();
        worker.terminate();
        const gone = new ParseFailure('cancelled', t('import.error.cancelled'));
        for (const read of pendingReads.values()) read.reject(gone);
        pendingReads.clear();
        completed?.reject(gone);
      },
    };

    worker.onerror = (event) => {
      event.preventDefault();
      fail(new ParseFailure('crashed', crashMessage(event.message || t('common.unknownError'))));
    };
    worker.onmessageerror = () => fail(new ParseFailure('crashed', crashMessage(t('common.unknownError'))));
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'progress') request.onProgress?.(message.done, message.total);
      else if (message.type === 'failed') {
        fail(new ParseFailure(message.crashed ? 'crashed' : 'refused', message.crashed ? crashMessage(message.message) : message.message));
      } else if (message.type === 'rows') {
        pendingReads.get(message.requestId)?.resolve(message.items);
        pendingReads.delete(message.requestId);
      } else if (message.type === 'parsed') {
        session.summary = message.summary;
        opened = true;
        resolve(session);
      } else {
        session.summary = message.summary;
        if (!opened) {
          opened = true;
          resolve(session);
        }
        stop();
        completed?.resolve(message.summary);
      }
    };
    // A copy is transferred: the page keeps its bytes to parse again after a mapping change.
    const copy = request.bytes.slice();
    worker.postMessage({ type: 'parse', bytes: copy, fileName: request.fileName, options: request.options } satisfies WorkerRequest, [
      copy.buffer,
    ]);
  });
}

/** Hosts without workers (the jsdom tests): the same pipeline on this thread. */
async function parseHere(request: ParseRequest): Promise<ParseSession> {
  try {
    const { items, ...result } = parseImport(request.bytes, request.fileName, {
      ...request.options,
      onProgress: request.onProgress,
      shouldCancel: () => request.signal?.aborted === true,
    });
    const summary: ParsedSummary = {
      ...result,
      fileHash: sha256Hex(request.bytes),
      preview: items.slice(0, PREVIEW_ROWS),
      complete: true,
      checkedRows: 0,
      totalRows: 0,
    };
    return {
      summary,
      complete: Promise.resolve(summary),
      read: async (from, to) => items.slice(from, to),
      dispose: () => undefined,
    };
  } catch (error) {
    if (isImportError(error)) throw new ParseFailure(error.code === 'cancelled' ? 'cancelled' : 'refused', error.message);
    throw new ParseFailure('crashed', crashMessage(error instanceof Error ? error.message : String(error)));
  }
}
