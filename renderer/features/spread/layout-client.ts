import { workerClient, type RpcClient } from '../../platform/worker-rpc';
import { layoutCascade, MAX_DRAWN_NODES, type CascadeShape, type GraphLayout } from './layout';
import type { LayoutHandlers, LayoutRequest } from './spread-layout.worker';

let client: RpcClient<LayoutHandlers> | null = null;
/** set once the worker failed: later layouts run here rather than wait on a worker that cannot answer */
let workerFailed = false;

/**
 * A worker that cannot load or crashes would leave the graph at "正在布局…" for good; the layouts it
 * owed are computed here instead (a slower first paint beats no graph).
 */
function failOver(): void {
  workerFailed = true;
  const failed = client;
  client = null;
  failed?.close();
}

function layoutClient(): RpcClient<LayoutHandlers> {
  client ??= workerClient<LayoutHandlers>(
    new Worker(new URL('./spread-layout.worker.ts', import.meta.url), { type: 'module', name: 'spread-layout' }),
    { onCrash: failOver },
  );
  return client;
}

/**
 * The graph layout of a cascade, computed in the layout worker. The cascade's own arrays are copied
 * before they are sent, so the view keeps them. Where there are no workers (the jsdom tests) it runs here.
 */
export function computeLayout(shape: CascadeShape, maxNodes: number = MAX_DRAWN_NODES): Promise<GraphLayout> {
  if (typeof Worker === 'undefined' || workerFailed) return Promise.resolve(layoutCascade(shape, maxNodes));
  const request: LayoutRequest = { parentIndex: Int32Array.from(shape.parentIndex), level: Int32Array.from(shape.level), maxNodes };
  return layoutClient()
    .call('layout', request, { transfer: [request.parentIndex.buffer, request.level.buffer] })
    .catch(() => {
      failOver();
      return layoutCascade(shape, maxNodes);
    });
}
