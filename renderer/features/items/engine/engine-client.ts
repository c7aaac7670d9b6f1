// The UI side of the index worker: one request at a time in flight per call, answers matched by id.
import type { EngineCall, EngineMark, EngineMessage, EngineStatus } from './protocol';
import { IndexHost } from './index-host';
import type { IndexRepository } from '../../../db/index-repository';

export interface TriageEngine {
  call<T>(call: EngineCall): Promise<T>;
  /** Called on every status change (loading, building progress, ready). */
  onStatus(listener: (status: EngineStatus) => void): () => void;
  /** the steps of the open the worker has reached so far: to say where a slow open went (the benchmark) */
  marks(): readonly EngineMark[];
  close(): void;
}

export function createWorkerEngine(): TriageEngine {
  const worker = new Worker(new URL('./index.worker.ts', import.meta.url), { type: 'module', name: 'items-index' });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const listeners = new Set<(status: EngineStatus) => void>();
  const marks: EngineMark[] = [{ step: 'worker created', atMs: performance.now() }];
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<EngineMessage>) => {
    const message = event.data;
    if (message.kind === 'mark') {
      marks.push({ step: message.step, atMs: message.at - performance.timeOrigin });
      return;
    }
    if (message.kind === 'status') {
      for (const listener of listeners) listener(message.status);
      return;
    }
    const waiting = pending.get(message.requestId);
    if (!waiting) return;
    pending.delete(message.requestId);
    if (message.ok) waiting.resolve(message.value);
    else waiting.reject(new Error(message.error));
  };
  worker.onerror = (event) => {
    const error = new Error(event.message || '索引线程出错');
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  return {
    call<T>(call: EngineCall): Promise<T> {
      const requestId = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(requestId, { resolve: resolve as (value: unknown) => void, reject });
        worker.postMessage({ ...call, requestId });
      });
    },
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    marks: () => marks,
    close() {
      worker.terminate();
    },
  };
}

/** The same engine on the calling thread, for renderer tests (jsdom has no module workers). */
export function createInProcessEngine(repo: IndexRepository): TriageEngine {
  const listeners = new Set<(status: EngineStatus) => void>();
  const marks: EngineMark[] = [];
  const host = new IndexHost(repo, {
    persist: true,
    onStatus: (status) => listeners.forEach((listener) => listener(status)),
    onMark: (step) => marks.push({ step, atMs: performance.now() }),
  });
  let queue: Promise<unknown> = Promise.resolve();
  const handle = async (call: EngineCall): Promise<unknown> => {
    switch (call.type) {
      case 'open':
        await host.open(call.forceRebuild ?? false);
        return host.engineStatus;
      case 'run':
        return host.run(call.request);
      case 'window':
        return host.window(call.resultVersion, call.start, call.count);
      case 'positionOf':
        return host.positionOf(call.resultVersion, call.id);
      case 'sync':
        return host.sync();
      case 'rebuild':
        await host.build();
        return host.engineStatus;
      case 'search':
        return host.search(call.query, call.limit);
      case 'warm':
        return host.warm();
    }
  };
  return {
    call<T>(call: EngineCall): Promise<T> {
      const result = queue.then(() => handle(call));
      queue = result.catch(() => undefined);
      return result as Promise<T>;
    },
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    marks: () => marks,
    close() {},
  };
}
