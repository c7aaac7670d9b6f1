// Hashes and zips the pack off the UI thread: at a pack of a busy month (a workbook of tens of megabytes,
// hundreds of cascade charts) SHA-256 and deflate over every byte froze the window for seconds.
import type { BuildPackInput, PackFile } from '../../../shared/export/pack';
import { transferring, workerEndpoint } from '../../platform/worker-rpc';
import { bytesOf, sealManifest, transferablesOf, zipSealed, type SealEvents, type SealProgress } from './pack-seal';

const endpoint = workerEndpoint<SealEvents>();

// Progress at most every 1/50 of the work: a message per file of a 2,000-file pack would flood the window.
const PROGRESS_STEPS = 50;

function progressReport(): SealProgress {
  let reported = -1;
  return (done, total) => {
    const step = Math.floor((done / Math.max(1, total)) * PROGRESS_STEPS);
    if (step === reported) return;
    reported = step;
    endpoint.emit('progress', { done, total });
  };
}

// The bytes go back without a copy; nothing here needs them any more.
const handlers = {
  manifest(input: BuildPackInput) {
    const files = sealManifest(input, progressReport());
    return transferring(files, transferablesOf(bytesOf(files)));
  },
  zip({ files, folder }: { files: PackFile[]; folder: string }) {
    const bytes = zipSealed(files, folder, progressReport());
    return transferring(bytes, transferablesOf([bytes]));
  },
};

export type SealHandlers = typeof handlers;

endpoint.serve(handlers);
