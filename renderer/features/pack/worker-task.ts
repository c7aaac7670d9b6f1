// One pack task in its own worker: a cancel terminates the worker at once instead of waiting for the task,
// and the worker is terminated however the task ends, so no pack leaves a worker behind.
import type { RpcClient, RpcEvents, RpcHandlers } from '../../platform/worker-rpc';

export async function runWorkerTask<Handlers extends RpcHandlers, Events extends RpcEvents, Result>(
  client: RpcClient<Handlers, Events>,
  task: (client: RpcClient<Handlers, Events>) => Promise<Result>,
  signal: AbortSignal | undefined,
): Promise<Result> {
  const stop = () => client.close(signal?.reason instanceof Error ? signal.reason : new DOMException('cancelled', 'AbortError'));
  signal?.addEventListener('abort', stop, { once: true });
  try {
    return await task(client);
  } finally {
    signal?.removeEventListener('abort', stop);
    client.close();
  }
}
