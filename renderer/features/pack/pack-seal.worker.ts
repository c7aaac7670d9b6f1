// Hashes and zips the pack off the UI thread: at a pack of a busy month (a workbook of tens of megabytes,
// hundreds of cascade charts) SHA-256 and deflate over every byte froze the window for seconds.
import { runSealTask, sealResultBytes, transferablesOf, type SealMessage, type SealRequest } from './pack-seal';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SealRequest>) => void) | null;
  postMessage(message: SealMessage, transfer?: Transferable[]): void;
};

// Progress at most every 1/50 of the work: a message per file of a 2,000-file pack would flood the window.
const PROGRESS_STEPS = 50;

scope.onmessage = (event) => {
  let reported = -1;
  try {
    const result = runSealTask(event.data, (done, total) => {
      const step = Math.floor((done / Math.max(1, total)) * PROGRESS_STEPS);
      if (step === reported) return;
      reported = step;
      scope.postMessage({ kind: 'progress', done, total });
    });
    // The bytes go back without a copy; nothing here needs them any more.
    scope.postMessage({ kind: 'done', result }, transferablesOf(sealResultBytes(result)));
  } catch (error) {
    scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
