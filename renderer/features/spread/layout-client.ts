import { layoutCascade, MAX_DRAWN_NODES, type CascadeShape, type GraphLayout } from './layout';
import type { LayoutRequest, LayoutResponse } from './spread-layout.worker';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (layout: GraphLayout) => void>();

function layoutWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./spread-layout.worker.ts', import.meta.url), { type: 'module', name: 'spread-layout' });
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      waiting.get(event.data.id)?.(event.data.layout);
      waiting.delete(event.data.id);
    };
  }
  return worker;
}

/**
 * The graph layout of a cascade, computed in the layout worker. The cascade's own arrays are copied
 * before they are sent, so the view keeps them. Where there are no workers (the jsdom tests) it runs here.
 */
export function computeLayout(shape: CascadeShape, maxNodes: number = MAX_DRAWN_NODES): Promise<GraphLayout> {
  if (typeof Worker === 'undefined') return Promise.resolve(layoutCascade(shape, maxNodes));
  const id = nextId++;
  const request: LayoutRequest = { id, parentIndex: Int32Array.from(shape.parentIndex), level: Int32Array.from(shape.level), maxNodes };
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    layoutWorker().postMessage(request, [request.parentIndex.buffer, request.level.buffer]);
  });
}
