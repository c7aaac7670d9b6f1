// The Dedicated Worker that owns the triage index: every scan of columns, postings and texts happens here,
// never on the UI thread. Requests are handled one at a time, in order, so a window request always reads the
// result of the run before it.
import { openDeskDatabase } from '../../../db/database';
import { createIndexRepository } from '../../../db/index-repository';
import { IndexHost } from './index-host';
import type { EngineCall, EngineMessage, EngineRequest } from './protocol';

// The web tsconfig has DOM types, not WebWorker ones: this is the part of the worker scope used here.
interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  navigator: Navigator;
}
const scope = self as unknown as WorkerScope;
let host: IndexHost | null = null;
let queue: Promise<unknown> = Promise.resolve();

function post(message: EngineMessage): void {
  scope.postMessage(message);
}

function mark(step: string): void {
  post({ kind: 'mark', step, at: performance.timeOrigin + performance.now() });
}

mark('worker started');

/**
 * Only one window's worker writes the persisted index (two writers would interleave chunks numbered by
 * different ordinals). The others keep their index current in memory from the same audit log.
 */
async function holdWriterLock(): Promise<boolean> {
  const locks = (scope.navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return true;
  return new Promise<boolean>((resolve) => {
    void locks.request('opinion-desk-items-index-writer', { ifAvailable: true }, (lock) => {
      resolve(lock !== null);
      return lock === null ? undefined : new Promise<void>(() => undefined);
    });
  });
}

async function handle(call: EngineCall): Promise<unknown> {
  if (call.type === 'open') {
    const db = await openDeskDatabase(call.databaseName);
    mark('database opened');
    const persist = await holdWriterLock();
    mark('writer lock settled');
    host = new IndexHost(createIndexRepository(db), {
      persist,
      onStatus: (status) => post({ kind: 'status', status }),
      onMark: mark,
    });
    await host.open(call.forceRebuild ?? false);
    return host.engineStatus;
  }
  if (!host) throw new Error('索引尚未打开');
  switch (call.type) {
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
}

scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  const { requestId, ...call } = event.data;
  queue = queue.then(
    () =>
      handle(call as EngineCall).then(
        (value) => post({ kind: 'reply', requestId, ok: true, value }),
        (error: unknown) => post({ kind: 'reply', requestId, ok: false, error: error instanceof Error ? error.message : String(error) }),
      ),
    () => undefined,
  );
};
