import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParsedSummary } from '../../../renderer/features/import/protocol';
import type { RpcMessage, RpcRequest } from '../../../renderer/platform/worker-rpc';
import { ParseFailure, parseFile } from '../../../renderer/features/import/parse-session';
import { errorReason } from '../../../renderer/i18n';
import { csvOf, row } from './builders';

/** A stand-in for the parse worker that answers as the test says, or never. */
class FakeWorker {
  onmessage: ((event: MessageEvent<RpcMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  received: RpcRequest[] = [];

  constructor(private readonly answer: (request: RpcRequest, worker: FakeWorker) => void) {}

  postMessage(request: RpcRequest): void {
    this.received.push(request);
    this.answer(request, this);
  }

  reply(message: RpcMessage): void {
    queueMicrotask(() => this.onmessage?.({ data: message } as MessageEvent<RpcMessage>));
  }

  terminate(): void {
    this.terminated = true;
  }
}

function summary(overrides: Partial<ParsedSummary> = {}): ParsedSummary {
  return {
    file: 'a.csv',
    format: 'csv',
    encoding: 'utf-8',
    template: null,
    sheets: [],
    accepted: 0,
    skippedRows: 0,
    rejected: [],
    warnings: [],
    duplicatesInFile: 0,
    fileHash: 'h',
    preview: [],
    complete: true,
    checkedRows: 0,
    totalRows: 0,
    ...overrides,
  };
}

function workerFactory(worker: FakeWorker): () => Worker {
  return () => worker as unknown as Worker;
}

afterEach(() => vi.useRealTimers());

/** Parses a one-row a.csv on `worker`, allowed `timeLimitMs` in all. */
const parseOneRowWithin = (timeLimitMs: number, worker: FakeWorker) =>
  parseFile({ bytes: csvOf([row()]), fileName: 'a.csv', options: {}, timeLimitMs, makeWorker: workerFactory(worker) });

describe('the parse worker seen from the page', () => {
  it('terminates a worker that runs past the time limit and says so in Chinese; nothing is returned to write', async () => {
    vi.useFakeTimers();
    const stuck = new FakeWorker(() => undefined);
    const parsing = parseOneRowWithin(5_000, stuck);
    const outcome = expect(parsing).rejects.toMatchObject({
      reason: 'timeout',
      message: '文件解析超时（超过 5 秒），已停止解析，未写入任何数据。',
    });
    await vi.advanceTimersByTimeAsync(5_000);
    await outcome;
    expect(stuck.terminated).toBe(true);
  });

  it('reports a worker that crashed on the file as a crash, apart from a file the pipeline refused', async () => {
    const crashing = new FakeWorker((_request, worker) =>
      queueMicrotask(() =>
        worker.onerror?.({ message: 'RangeError: Maximum call stack size exceeded', preventDefault: () => undefined } as ErrorEvent),
      ),
    );
    const crash = await parseFile({ bytes: csvOf([row()]), fileName: 'a.csv', options: {}, makeWorker: workerFactory(crashing) }).catch(
      (error: unknown) => error,
    );
    expect(crash).toBeInstanceOf(ParseFailure);
    expect(crash).toMatchObject({ reason: 'crashed' });
    expect((crash as Error).message).toContain('解析文件时程序出错');
    expect(crashing.terminated).toBe(true);

    const refusing = new FakeWorker((request, worker) =>
      worker.reply({
        rpc: 'error',
        id: request.id,
        error: {
          message: 'import.sheetTooManyRows',
          name: 'ImportError',
          code: 'import.sheetTooManyRows',
          params: { sheet: '表一', maxRows: 10 },
        },
      }),
    );
    const refusal = await parseFile({ bytes: csvOf([]), fileName: 'b.csv', options: {}, makeWorker: workerFactory(refusing) }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toMatchObject({ reason: 'refused', code: 'import.sheetTooManyRows', params: { sheet: '表一', maxRows: 10 } });
    expect(errorReason(refusal)).toBe('工作表「表一」超过 10 行的上限，请拆分后再导入');
  });

  it('cancel terminates the worker at once', async () => {
    const slow = new FakeWorker(() => undefined);
    const controller = new AbortController();
    const parsing = parseFile({
      bytes: csvOf([row()]),
      fileName: 'a.csv',
      options: {},
      signal: controller.signal,
      makeWorker: workerFactory(slow),
    });
    controller.abort();
    await expect(parsing).rejects.toMatchObject({ reason: 'cancelled' });
    expect(slow.terminated).toBe(true);
  });

  it('hands the session out with the preview, then rows a chunk at a time, and forwards progress', async () => {
    const progress: number[] = [];
    const answering = new FakeWorker((request, worker) => {
      if (request.method === 'parse') {
        worker.reply({ rpc: 'event', event: 'progress', payload: { done: 1000, total: 2000 } });
        worker.reply({
          rpc: 'event',
          event: 'parsed',
          payload: summary({ complete: false, accepted: 20, checkedRows: 21, totalRows: 2001 }),
        });
      } else worker.reply({ rpc: 'result', id: request.id, value: [] });
    });
    const session = await parseFile({
      bytes: csvOf([row()]),
      fileName: 'a.csv',
      options: {},
      onProgress: (done) => progress.push(done),
      makeWorker: workerFactory(answering),
    });
    expect(progress).toEqual([1000]);
    expect(session.summary).toMatchObject({ complete: false, accepted: 20 });
    await expect(session.read(0, 2000)).resolves.toEqual([]);
    expect(answering.received.at(-1)).toEqual({ rpc: 'call', id: 2, method: 'read', input: { from: 0, to: 2000 } });

    // the parse call (the first) resolves with the final counts
    answering.reply({ rpc: 'result', id: 1, value: summary({ complete: true, accepted: 1990 }) });
    await expect(session.complete).resolves.toMatchObject({ complete: true, accepted: 1990 });
    expect(session.summary.accepted).toBe(1990);
  });

  it('keeps the time limit running after the preview: a runaway rest of the file fails the session and its waiting reads', async () => {
    vi.useFakeTimers();
    const stalls = new FakeWorker((request, worker) => {
      if (request.method === 'parse') worker.reply({ rpc: 'event', event: 'parsed', payload: summary({ complete: false }) });
    });
    const opening = parseOneRowWithin(5_000, stalls);
    await vi.advanceTimersByTimeAsync(0);
    const session = await opening;
    const reading = expect(session.read(0, 2000)).rejects.toMatchObject({ reason: 'timeout' });
    const completing = expect(session.complete).rejects.toMatchObject({ reason: 'timeout' });
    await vi.advanceTimersByTimeAsync(5_000);
    await reading;
    await completing;
    expect(stalls.terminated).toBe(true);
  });

  it('fails the session when the worker crashes on a later part of the file', async () => {
    const crashesLater = new FakeWorker((request, worker) => {
      if (request.method === 'parse') worker.reply({ rpc: 'event', event: 'parsed', payload: summary({ complete: false }) });
      // the parse call (the first) fails
      else worker.reply({ rpc: 'error', id: 1, error: { message: 'RangeError: Invalid array length', name: 'RangeError' } });
    });
    const session = await parseFile({ bytes: csvOf([row()]), fileName: 'a.csv', options: {}, makeWorker: workerFactory(crashesLater) });
    await expect(session.read(0, 2000)).rejects.toMatchObject({ reason: 'crashed' });
    await expect(session.complete).rejects.toMatchObject({ reason: 'crashed' });
    expect(crashesLater.terminated).toBe(true);
  });
});
