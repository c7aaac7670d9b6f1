import { layoutCascade, MAX_DRAWN_NODES, type CascadeShape, type GraphLayout } from './layout';
import type { LayoutRequest, LayoutResponse } from './spread-layout.worker';

interface Waiting {
  resolve: (layout: GraphLayout) => void;
  shape: CascadeShape;
  maxNodes: number;
}

let worker: Worker | null = null;
/** set once the worker failed: later layouts run here rather than wait on a worker that cannot answer */
let workerFailed = false;
let nextId = 1;
const waiting = new Map<number, Waiting>();

/**
 * A worker that cannot load or crashes would leave the graph at "正在布局…" for good; the layouts it
 * owed are computed here instead (a slower first paint beats no graph).
 */
function failOver(): void {
  workerFailed = true;
  worker?.terminate();
  worker = null;
  const owed = [...waiting.values()];
  waiting.clear();
  for (const { resolve, shape, maxNodes } of owed) resolve(layoutCascade(shape, maxNodes));
}

function layoutWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./spread-layout.worker.ts', import.meta.url), { type: 'module', name: 'spread-layout' });
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      waiting.get(event.data.id)?.resolve(event.data.layout);
      waiting.delete(event.data.id);
    };
    worker.onerror = failOver;
    worker.onmessageerror = failOver;
  }
  return worker;
}

/**
 * The graph layout of a cascade, computed in the layout worker. The cascade's own arrays are copied
 * before they are sent, so the view keeps them. Where there are no workers (the jsdom tests) it runs here.
 */
export function computeLayout(shape: CascadeShape, maxNodes: number = MAX_DRAWN_NODES): Promise<GraphLayout> {
  if (typeof Worker === 'undefined' || workerFailed) return Promise.resolve(layoutCascade(shape, maxNodes));
  const id = nextId++;
  const request: LayoutRequest = { id, parentIndex: Int32Array.from(shape.parentIndex), level: Int32Array.from(shape.level), maxNodes };
  return new Promise((resolve) => {
    waiting.set(id, { resolve, shape, maxNodes });
    try {
      layoutWorker().postMessage(request, [request.parentIndex.buffer, request.level.buffer]);
    } catch {
      failOver();
    }
  });
}
