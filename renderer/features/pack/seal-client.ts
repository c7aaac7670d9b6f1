// The manifest and the zip of a pack from the pack-seal worker, one worker per task so a cancel stops it
// at once (terminate). Where there are no workers (the jsdom tests) the same code runs here.
import type { BuildPackInput, PackFile } from '../../../shared/export/pack';
import { workerClient, type RpcClient } from '../../platform/worker-rpc';
import { bytesOf, sealManifest, transferablesOf, zipSealed, type SealEvents, type SealProgress } from './pack-seal';
import type { SealHandlers } from './pack-seal.worker';
import { runWorkerTask } from './worker-task';

export interface SealOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

type SealClient = RpcClient<SealHandlers, SealEvents>;

/**
 * The pack's files with manifest.json. The files' buffers are handed to the worker: use the files this
 * returns, not the ones given.
 */
export async function sealPackFiles(input: BuildPackInput, options: SealOptions = {}): Promise<PackFile[]> {
  return runSeal(
    (client) => client.call('manifest', input, { transfer: transferablesOf(bytesOf(input.files)) }),
    (progress) => sealManifest(input, progress),
    options,
  );
}

/** The pack as one zip under one folder. The files' buffers are handed to the worker. */
export async function zipPackFiles(files: PackFile[], folder: string, options: SealOptions = {}): Promise<Uint8Array> {
  return runSeal(
    (client) => client.call('zip', { files, folder }, { transfer: transferablesOf(bytesOf(files)) }),
    (progress) => zipSealed(files, folder, progress),
    options,
  );
}

function runSeal<Result>(
  inWorker: (client: SealClient) => Promise<Result>,
  here: (progress: SealProgress) => Result,
  options: SealOptions,
): Promise<Result> {
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  if (typeof Worker === 'undefined') return Promise.resolve(here((done, total) => onProgress?.(done, total)));
  const worker = new Worker(new URL('./pack-seal.worker.ts', import.meta.url), { type: 'module', name: 'pack-seal' });
  const client: SealClient = workerClient(worker, { crashError: (detail) => new Error(detail || 'pack-seal worker failed') });
  client.on('progress', ({ done, total }) => onProgress?.(done, total));
  return runWorkerTask(client, inWorker, signal);
}
