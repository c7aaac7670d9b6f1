// What the index worker answers, as one handler map: the worker serves it, the page's client takes its
// type, and the in-process engine of the renderer tests calls the very same handlers.
import type { IndexHost } from './index-host';
import type { RunRequest } from './protocol';

export interface OpenInput {
  databaseName?: string;
  forceRebuild?: boolean;
}

/** `openHost` gives the host to open: a new one on the named database in the worker, the one at hand in process. */
export function engineHandlers(openHost: (input: OpenInput) => Promise<IndexHost>) {
  let host: IndexHost | null = null;
  const opened = (): IndexHost => {
    if (!host) throw new Error('索引尚未打开');
    return host;
  };
  return {
    async open(input: OpenInput) {
      host = await openHost(input);
      await host.open(input.forceRebuild ?? false);
      return host.engineStatus;
    },
    run: (request: RunRequest) => opened().run(request),
    window: ({ resultVersion, start, count }: { resultVersion: number; start: number; count: number }) =>
      opened().window(resultVersion, start, count),
    positionOf: ({ resultVersion, id }: { resultVersion: number; id: string }) => opened().positionOf(resultVersion, id),
    sync: () => opened().sync(),
    async rebuild() {
      const current = opened();
      await current.build();
      return current.engineStatus;
    },
    search: ({ query, limit }: { query: string; limit: number }) => opened().search(query, limit),
    warm: () => opened().warm(),
  };
}

export type EngineHandlers = ReturnType<typeof engineHandlers>;
