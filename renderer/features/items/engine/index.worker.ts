// The Dedicated Worker that owns the triage index: every scan of columns, postings and texts happens here,
// never on the UI thread. Requests are handled one at a time, in order, so a window request always reads the
// result of the run before it.
import { openDeskDatabase } from '../../../db/database';
import { createIndexRepository } from '../../../db/index-repository';
import { workerEndpoint } from '../../../platform/worker-rpc';
import { engineHandlers } from './engine-handlers';
import { IndexHost } from './index-host';
import type { EngineEvents } from './protocol';

const endpoint = workerEndpoint<EngineEvents>();

function mark(step: string): void {
  endpoint.emit('mark', { step, at: performance.timeOrigin + performance.now() });
}

mark('worker started');

/**
 * Only one window's worker writes the persisted index (two writers would interleave chunks numbered by
 * different ordinals). The others keep their index current in memory from the same audit log.
 */
async function holdWriterLock(): Promise<boolean> {
  const locks = (self.navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return true;
  return new Promise<boolean>((resolve) => {
    void locks.request('opinion-desk-items-index-writer', { ifAvailable: true }, (lock) => {
      resolve(lock !== null);
      return lock === null ? undefined : new Promise<void>(() => undefined);
    });
  });
}

const handlers = engineHandlers(async ({ databaseName }) => {
  const db = await openDeskDatabase(databaseName);
  mark('database opened');
  const persist = await holdWriterLock();
  mark('writer lock settled');
  return new IndexHost(createIndexRepository(db), {
    persist,
    onStatus: (status) => endpoint.emit('status', status),
    onMark: mark,
  });
});

endpoint.serve(handlers, { inOrder: true });
