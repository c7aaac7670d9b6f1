import { afterEach, describe, expect, it, vi } from 'vitest';
import { longestMainThreadTaskCpuMs, run } from '../../../scripts/bench/spread';

afterEach(() => {
  vi.restoreAllMocks();
});

function captured(stream: NodeJS.WriteStream): () => string {
  const chunks: string[] = [];
  vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  return () => chunks.join('');
}

describe('bench spread', () => {
  it('prints exactly nodes, metricsMs, the Chromium figures, the longest tasks and the load; --node-only leaves the Chromium ones null', async () => {
    const stdout = captured(process.stdout);
    expect(await run(['--nodes', '2000', '--runs', '1', '--json', '--node-only'])).toBe(0);
    const printed = JSON.parse(stdout()) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual([
      'nodes',
      'metricsMs',
      'layoutMs',
      'firstPaintMs5k',
      'longestTaskMs',
      'longestLayoutTaskMs',
      'longestPaintTaskMs',
      'longestTaskCpuMs',
      'loadAverage',
    ]);
    expect(printed).toMatchObject({
      nodes: 2000,
      layoutMs: null,
      firstPaintMs5k: null,
      longestTaskMs: null,
      longestLayoutTaskMs: null,
      longestPaintTaskMs: null,
      longestTaskCpuMs: null,
    });
    expect(typeof printed.metricsMs).toBe('number');
    expect(typeof printed.loadAverage).toBe('number');
  });

  it('reads the longest main-thread task in CPU time from a Chromium trace, not from workers or other events', () => {
    const threadName = (pid: number, tid: number, name: string) => ({ name: 'thread_name', ph: 'M', pid, tid, args: { name } });
    const task = (pid: number, tid: number, name: string, tdur: number) => ({ name, ph: 'X', pid, tid, tdur });
    const trace = {
      traceEvents: [
        threadName(7, 1, 'CrRendererMain'),
        threadName(7, 2, 'DedicatedWorker thread'),
        threadName(9, 1, 'CrBrowserMain'),
        task(7, 1, 'ThreadControllerImpl::RunTask', 12_500),
        task(7, 1, 'RunTask', 31_250),
        task(7, 1, 'FunctionCall', 90_000),
        task(7, 2, 'ThreadControllerImpl::RunTask', 400_000),
        task(9, 1, 'ThreadControllerImpl::RunTask', 500_000),
      ],
    };
    expect(longestMainThreadTaskCpuMs(trace)).toBe(31.25);
    expect(longestMainThreadTaskCpuMs([])).toBe(0);
  });

  it('exits 64 on wrong arguments', async () => {
    const stderr = captured(process.stderr);
    expect(await run(['--nodes', 'many'])).toBe(64);
    expect(await run(['--fast'])).toBe(64);
    expect(stderr()).toContain('用法');
  });
});
