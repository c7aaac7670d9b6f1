// The largest sum of a page's and its workers' used JS heap, sampled over the DevTools protocol.
// Playwright's CDP session reaches only the page, so workers are attached through it without flattening
// and asked over Target.sendMessageToTarget. Runtime.getHeapUsage reads V8's counters and costs next to
// nothing; performance.measureUserAgentSpecificMemory, used before, walks every heap on each call, and at two
// samples a second it took seconds of CPU from the import it was measuring.
import type { Page } from '@playwright/test';

const SAMPLE_MS = 250;

interface HeapUsage {
  usedSize: number;
}

export interface HeapSampler {
  /** stops sampling; the peak in bytes, or null when nothing could be measured */
  stop(): Promise<number | null>;
}

export async function sampleHeap(page: Page): Promise<HeapSampler> {
  const cdp = await page.context().newCDPSession(page);
  const workers = new Set<string>();
  const answers = new Map<number, (usage: HeapUsage | null) => void>();
  let nextMessageId = 1;
  cdp.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker') workers.add(event.sessionId);
  });
  cdp.on('Target.detachedFromTarget', (event) => {
    if (event.sessionId) workers.delete(event.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: HeapUsage };
    if (message.id === undefined) return;
    answers.get(message.id)?.(message.result ?? null);
    answers.delete(message.id);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });

  const workerHeap = (sessionId: string) =>
    new Promise<HeapUsage | null>((resolve) => {
      const id = nextMessageId++;
      answers.set(id, resolve);
      const message = JSON.stringify({ id, method: 'Runtime.getHeapUsage' });
      // a worker that ended between the listing and the question counts as nothing
      cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => {
        answers.delete(id);
        resolve(null);
      });
    });

  let running = true;
  let peak: number | null = null;
  const loop = (async () => {
    while (running) {
      const usages = await Promise.all([
        cdp.send('Runtime.getHeapUsage').catch(() => null),
        ...[...workers].map((sessionId) => workerHeap(sessionId)),
      ]);
      const measured = usages.filter((usage): usage is HeapUsage => usage !== null);
      if (measured.length > 0)
        peak = Math.max(
          peak ?? 0,
          measured.reduce((sum, usage) => sum + usage.usedSize, 0),
        );
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await cdp.detach().catch(() => undefined);
      return peak;
    },
  };
}
