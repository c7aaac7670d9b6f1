// The manifest and the zip of a pack from the pack-seal worker, one worker per task so a cancel stops it
// at once (terminate). Where there are no workers (the jsdom tests) the same code runs here.
import type { BuildPackInput, PackFile } from '../../../shared/export/pack';
import { runWorkerTask } from './worker-task';
import { runSealTask, sealRequestBytes, transferablesOf, type SealMessage, type SealRequest, type SealResult } from './pack-seal';

export interface SealOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/**
 * The pack's files with manifest.json. The files' buffers are handed to the worker: use the files this
 * returns, not the ones given.
 */
export async function sealPackFiles(input: BuildPackInput, options: SealOptions = {}): Promise<PackFile[]> {
  const result = await runSeal({ task: 'manifest', input }, options);
  if (result.task !== 'manifest') throw new Error('pack-seal worker answered another task');
  return result.files;
}

/** The pack as one zip under one folder. The files' buffers are handed to the worker. */
export async function zipPackFiles(files: PackFile[], folder: string, options: SealOptions = {}): Promise<Uint8Array> {
  const result = await runSeal({ task: 'zip', files, folder }, options);
  if (result.task !== 'zip') throw new Error('pack-seal worker answered another task');
  return result.bytes;
}

function runSeal(request: SealRequest, options: SealOptions): Promise<SealResult> {
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  if (typeof Worker === 'undefined') return Promise.resolve(runSealTask(request, (done, total) => onProgress?.(done, total)));
  const worker = new Worker(new URL('./pack-seal.worker.ts', import.meta.url), { type: 'module', name: 'pack-seal' });
  return runWorkerTask<SealMessage, SealResult>(
    worker,
    (target) => target.postMessage(request, transferablesOf(sealRequestBytes(request))),
    (message) => {
      if (message.kind === 'progress') {
        onProgress?.(message.done, message.total);
        return undefined;
      }
      return message.kind === 'done' ? { value: message.result } : { error: new Error(message.message) };
    },
    signal,
    'pack-seal worker failed',
  );
}
