// The page's side of the parse worker: progress, cancel, and a time limit enforced by terminating the
// worker, since a parse stuck in a hostile file never gets back to reading its messages.
import { sha256Hex } from '../../../shared/crypto/sha256';
import { codedErrorData, type CodedErrorData, type ErrorParams } from '../../../shared/errors';
import { isImportError, parseImport } from '../../../shared/import';
import type { ImportedItem } from '../../../shared/import/result';
import { t } from '../../i18n';
import { RemoteError, workerClient } from '../../platform/worker-rpc';
import type { ParseHandlers } from './import.worker';
import { PREVIEW_ROWS, type ParseEvents, type ParseOptions, type ParsedSummary } from './protocol';

export type ParseFailureReason = 'refused' | 'crashed' | 'timeout' | 'cancelled';

/** A refusal keeps the pipeline's code and values, so the page shows it in the reader's words. */
export class ParseFailure extends Error {
  readonly code: string | undefined;
  readonly params: ErrorParams;
  constructor(
    readonly reason: ParseFailureReason,
    message: string,
    refusal?: CodedErrorData,
  ) {
    super(message);
    this.name = 'ParseFailure';
    this.code = refusal?.code;
    this.params = refusal?.params ?? {};
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
    let completed: { resolve: (summary: ParsedSummary) => void; reject: (error: Error) => void } | null = null;
    const complete = new Promise<ParsedSummary>((resolveComplete, rejectComplete) => {
      completed = { resolve: resolveComplete, reject: rejectComplete };
    });
    // whoever holds the session decides whether a late failure matters; it must never go unhandled
    complete.catch(() => undefined);

    const client = workerClient<ParseHandlers, ParseEvents>(worker, {
      crashError: (detail) => new ParseFailure('crashed', crashMessage(detail || t('common.unknownError'))),
      onCrash: (error, event) => {
        event.preventDefault();
        fail(error as ParseFailure);
      },
    });
    const stop = () => {
      ended = true;
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
    };
    // closing the client terminates the worker and fails the reads still waiting
    const fail = (failure: ParseFailure) => {
      if (ended) return;
      stop();
      client.close(failure);
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
      read: (from, to) => client.call('read', { from, to }),
      dispose: () => {
        if (!ended) stop();
        const gone = new ParseFailure('cancelled', t('import.error.cancelled'));
        client.close(gone);
        completed?.reject(gone);
      },
    };

    client.on('progress', ({ done, total }) => request.onProgress?.(done, total));
    client.on('parsed', (summary) => {
      session.summary = summary;
      opened = true;
      resolve(session);
    });
    // A copy is transferred: the page keeps its bytes to parse again after a mapping change.
    const copy = request.bytes.slice();
    client.call('parse', { bytes: copy, fileName: request.fileName, options: request.options }, { transfer: [copy.buffer] }).then(
      (summary) => {
        session.summary = summary;
        if (!opened) {
          opened = true;
          resolve(session);
        }
        stop();
        completed?.resolve(summary);
      },
      (error: unknown) => fail(failureOf(error)),
    );
  });
}

/** A refusal the pipeline gave (an ImportError in the worker) apart from the parser itself failing on the file. */
function failureOf(error: unknown): ParseFailure {
  if (error instanceof ParseFailure) return error;
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof RemoteError && error.name === 'ImportError'
    ? new ParseFailure('refused', message, codedErrorData(error))
    : new ParseFailure('crashed', crashMessage(message));
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
    if (isImportError(error)) throw new ParseFailure(error.problem === 'cancelled' ? 'cancelled' : 'refused', error.message, error);
    throw new ParseFailure('crashed', crashMessage(error instanceof Error ? error.message : String(error)));
  }
}
