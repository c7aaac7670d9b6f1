// The UI side of the index worker: the worker's handlers, called through the one typed call shape.
import type { IndexRepository } from '../../../db/index-repository';
import { localClient, workerClient, type RpcClient } from '../../../platform/worker-rpc';
import { engineHandlers, type EngineHandlers } from './engine-handlers';
import { IndexHost } from './index-host';
import type { EngineEvents, EngineMark, EngineStatus } from './protocol';

export interface TriageEngine {
  call: RpcClient<EngineHandlers>['call'];
  /** Called on every status change (loading, building progress, ready). */
  onStatus(listener: (status: EngineStatus) => void): () => void;
  /** the steps of the open the worker has reached so far: to say where a slow open went (the benchmark) */
  marks(): readonly EngineMark[];
  close(): void;
}

export function createWorkerEngine(): TriageEngine {
  const worker = new Worker(new URL('./index.worker.ts', import.meta.url), { type: 'module', name: 'items-index' });
  const marks: EngineMark[] = [{ step: 'worker created', atMs: performance.now() }];
  const client = workerClient<EngineHandlers, EngineEvents>(worker, {
    crashError: (detail) => new Error(detail || '索引线程出错'),
  });
  client.on('mark', ({ step, at }) => marks.push({ step, atMs: at - performance.timeOrigin }));
  return {
    call: client.call,
    onStatus: (listener) => client.on('status', listener),
    marks: () => marks,
    close: () => client.close(),
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
  const client = localClient(
    engineHandlers(async () => host),
    { inOrder: true },
  );
  return {
    call: client.call,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    marks: () => marks,
    close() {},
  };
}
