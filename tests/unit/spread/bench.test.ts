import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../scripts/bench/spread';

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
      'loadAverage',
    ]);
    expect(printed).toMatchObject({
      nodes: 2000,
      layoutMs: null,
      firstPaintMs5k: null,
      longestTaskMs: null,
      longestLayoutTaskMs: null,
      longestPaintTaskMs: null,
    });
    expect(typeof printed.metricsMs).toBe('number');
    expect(typeof printed.loadAverage).toBe('number');
  });

  it('exits 64 on wrong arguments', async () => {
    const stderr = captured(process.stderr);
    expect(await run(['--nodes', 'many'])).toBe(64);
    expect(await run(['--fast'])).toBe(64);
    expect(stderr()).toContain('用法');
  });
});
