import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { layoutCascade, type GraphLayout } from '../../../renderer/features/spread/layout';
import type { LayoutRequest } from '../../../renderer/features/spread/spread-layout.worker';
import type { RpcRequest } from '../../../renderer/platform/worker-rpc';

// The graph is laid out in a worker (no main-thread task over 50 ms). A worker that cannot
// load or dies must not leave the view at "正在布局…" for good.

/** A star: the root and three reposts of it. */
const shape = { parentIndex: Int32Array.from([-1, 0, 0, 0]), level: Int32Array.from([0, 1, 1, 1]) };

type Behaviour = 'answer' | 'crash';

function fakeWorkerClass(behaviour: Behaviour, created: { count: number; requests: LayoutRequest[] }) {
  return class FakeWorker {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    onerror: ((event: unknown) => void) | null = null;
    onmessageerror: ((event: unknown) => void) | null = null;
    constructor() {
      created.count += 1;
    }
    postMessage(request: RpcRequest): void {
      const input = request.input as LayoutRequest;
      created.requests.push(input);
      queueMicrotask(() => {
        if (behaviour === 'crash') this.onerror?.({ message: 'worker script failed to load' });
        else this.onmessage?.({ data: { rpc: 'result', id: request.id, value: layoutCascade(input) } });
      });
    }
    terminate(): void {}
  };
}

async function freshClient() {
  vi.resetModules();
  return import('../../../renderer/features/spread/layout-client');
}

const pointsOf = (layout: GraphLayout) => ({ source: Array.from(layout.source), x: Array.from(layout.x), y: Array.from(layout.y) });

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe('computeLayout', () => {
  it('sends the cascade to the layout worker and resolves with its answer', async () => {
    const created = { count: 0, requests: [] as LayoutRequest[] };
    vi.stubGlobal('Worker', fakeWorkerClass('answer', created));
    const { computeLayout } = await freshClient();
    const layout = await computeLayout(shape);
    expect(created.count).toBe(1);
    expect(Array.from(created.requests[0]!.parentIndex)).toEqual([-1, 0, 0, 0]);
    expect(pointsOf(layout)).toEqual(pointsOf(layoutCascade(shape)));
    // The view keeps its own arrays: only copies were handed over.
    expect(Array.from(shape.parentIndex)).toEqual([-1, 0, 0, 0]);
  });

  it('lays out on this thread when the worker fails, and does not wait on it again', async () => {
    const created = { count: 0, requests: [] as LayoutRequest[] };
    vi.stubGlobal('Worker', fakeWorkerClass('crash', created));
    const { computeLayout } = await freshClient();
    const [first, second] = await Promise.all([computeLayout(shape), computeLayout(shape)]);
    expect(pointsOf(first)).toEqual(pointsOf(layoutCascade(shape)));
    expect(pointsOf(second)).toEqual(pointsOf(layoutCascade(shape)));
    const later = await computeLayout(shape);
    expect(pointsOf(later)).toEqual(pointsOf(layoutCascade(shape)));
    expect(created.count).toBe(1);
    expect(created.requests).toHaveLength(2);
  });
});
