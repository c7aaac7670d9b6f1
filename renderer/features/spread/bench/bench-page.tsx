// The Chromium half of `npm run bench -- spread`: the graph view's own layout worker and
// its own GraphPanel, on generated cascades. Only scripts/bench/spread.ts loads this page; the app never does.
import { createRoot } from 'react-dom/client';
import { computeMetrics } from '../../../../shared/spread/metrics';
import { generateCascade } from '../../../../shared/spread/generate';
import { buildCascades, type Cascade } from '../../../../shared/spread/model';
import type { StoredCascade } from '../cascade-source';
import { GraphPanel } from '../GraphPanel';
import { computeLayout } from '../layout-client';
// The view's own stylesheet: without it the graph's frame has no height and the bench would time a sliver.
import '../spread.css';

const generatedCascades = new Map<string, { cascade: Cascade; metrics: StoredCascade['metrics'] }>();

/**
 * Each generated cascade is built once, on the warm-up call: building it is the bench's own work, and
 * the task that did it would otherwise count as the longest task of every measured run.
 */
function generated(nodes: number, seed: number): { cascade: Cascade; metrics: StoredCascade['metrics'] } {
  const key = `${nodes}:${seed}`;
  const known = generatedCascades.get(key);
  if (known) return known;
  const cascade = generateCascade({ nodes, seed });
  const built = buildCascades(cascade.records, { impliedRoot: true, rootId: cascade.rootId, rootTime: cascade.rootTime });
  const first = built.cascades[0];
  if (!first) throw new Error('no cascade generated');
  const entry = { cascade: first, metrics: computeMetrics(first) };
  generatedCascades.set(key, entry);
  return entry;
}

/**
 * The longest stretch the main thread was busy while `work` ran: long-task entries (50 ms and more) and,
 * below that, the largest gap between message-channel ticks, which a busy main thread delays.
 */
async function longestTaskDuring<T>(work: () => Promise<T>): Promise<{ result: T; longestTaskMs: number }> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const channel = new MessageChannel();
  let running = true;
  let last = performance.now();
  channel.port1.onmessage = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  try {
    const result = await work();
    return { result, longestTaskMs: longest };
  } finally {
    running = false;
    observer.takeRecords().forEach((entry) => (longest = Math.max(longest, entry.duration)));
    observer.disconnect();
    channel.port1.close();
  }
}

const bench = {
  /** The cascade laid out as the view draws it: aggregation and placement in the layout worker. */
  async layout(nodes: number, seed: number): Promise<{ ms: number; drawn: number; longestTaskMs: number }> {
    const { cascade } = generated(nodes, seed);
    const started = performance.now();
    const { result, longestTaskMs } = await longestTaskDuring(() => computeLayout(cascade));
    return { ms: performance.now() - started, drawn: result.source.length, longestTaskMs };
  },

  /**
   * From mounting the graph view with the cascade in memory until its first frame is painted. `keep` leaves
   * the graph on the page, for a look at what was measured.
   */
  async firstPaint(nodes: number, seed: number, keep = false): Promise<{ ms: number; longestTaskMs: number }> {
    const { cascade, metrics } = generated(nodes, seed);
    const stored: StoredCascade = { key: 'bench', cascade, metrics, rootItem: null, itemIds: [], links: [] };
    const container = document.getElementById('graph') as HTMLElement;
    const root = createRoot(container);
    const started = performance.now();
    const { result: ms, longestTaskMs } = await longestTaskDuring(
      () =>
        new Promise<number>((resolve) => {
          const painted = () => requestAnimationFrame(() => resolve(performance.now() - started));
          root.render(<GraphPanel stored={stored} unmasked={false} onSelect={() => undefined} onPainted={painted} />);
        }),
    );
    if (!keep) root.unmount();
    return { ms, longestTaskMs };
  },
};

(window as unknown as { spreadBench: typeof bench }).spreadBench = bench;
