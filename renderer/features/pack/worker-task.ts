// One pack task in its own worker: a cancel terminates the worker at once instead of waiting for the task,
// and the worker is terminated however the task ends, so no pack leaves a worker behind.

/** What the task does with each message: settle it with a value or an error, or return nothing to wait for more. */
export type WorkerReply<Message, Result> = (message: Message) => { value: Result } | { error: Error } | undefined;

export function runWorkerTask<Message, Result>(
  worker: Worker,
  send: (worker: Worker) => void,
  reply: WorkerReply<Message, Result>,
  signal: AbortSignal | undefined,
  failureText: string,
): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      reject(signal?.reason instanceof Error ? signal.reason : new DOMException('cancelled', 'AbortError'));
    };
    signal?.addEventListener('abort', stop, { once: true });
    const finish = () => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<Message>) => {
      const outcome = reply(event.data);
      if (outcome === undefined) return;
      finish();
      if ('value' in outcome) resolve(outcome.value);
      else reject(outcome.error);
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || failureText));
    };
    send(worker);
  });
}
