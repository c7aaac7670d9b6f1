import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPOSTS = join('..', 'shared', 'data', 'weibo-cascades', 'reposts');

interface Traced {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Asynchronous so that a test can start its runs together: each pays a few seconds of tsx start-up.
function trace(...args: string[]): Promise<Traced> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/desk.ts', 'trace', ...args], { cwd: process.cwd() });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const SPAWN_TIMEOUT_MS = 120_000;

describe('desk trace', () => {
  it(
    'prints the cascade of a real repost file exactly, with the original described by flags',
    async () => {
      const { code, stdout, stderr } = await trace(
        join(REPOSTS, '5036_zeLnfwpTM_1730699777.json'),
        '--json',
        '--root-id',
        'zeLnfwpTM',
        '--root-time',
        '2013-01-16T20:02:08+08:00',
        '--root-text',
        'PP君又来现场消息啦！',
      );
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toBe(
        '{"cascades":[{"root":"zeLnfwpTM","size":6,"depth":2,"maxBreadth":4,"structuralVirality":1.8666666666666667,' +
          '"firstAt":"2013-01-16T20:02:08+08:00","lastAt":"2013-02-14T21:18:00+08:00","peakHour":"2013-01-16T20:00:00+08:00",' +
          '"orphans":0,"dropped":[]}]}\n',
      );
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'sorts cascades largest first then by root id, null last, and reports drops and orphans',
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'trace-'));
      const csv = join(folder, 'links.csv');
      writeFileSync(
        csv,
        [
          '帖子ID,原帖ID,上级ID,发布时间',
          'B,,,2020-02-03 10:00:00',
          'b1,B,,2020-02-03 10:10:00',
          'A,,,2020-02-03 09:00:00',
          'a1,A,missing,2020-02-03 09:30:00',
          'x1,,x2,2020-02-03 11:00:00',
          'x2,,x1,2020-02-03 11:10:00',
          'lone,,,2020-02-03 12:00:00',
        ].join('\n'),
      );
      const { code, stdout } = await trace(csv, '--json');
      expect(code).toBe(0);
      const { cascades } = JSON.parse(stdout) as { cascades: { root: string; size: number; orphans: number; dropped: unknown[] }[] };
      expect(cascades.map(({ root, size, orphans }) => [root, size, orphans])).toEqual([
        ['A', 2, 1],
        ['B', 2, 0],
        ['x2', 2, 0],
      ]);
      expect(cascades[2]?.dropped).toEqual([{ id: 'x2', reason: expect.stringContaining('环路') as unknown }]);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'exits 2 with one Chinese line for a missing file, a refused file, or a date nobody can give a year',
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'trace-'));
      const yearless = join(folder, 'yearless.json');
      writeFileSync(yearless, '[{"mid":"a","parent":"","date":"03月23日 19:24"}]');
      const refused = join(folder, 'original.json');
      writeFileSync(refused, '{"text":"原帖"}');
      const [missing, notReposts, noYear, givenYear] = await Promise.all([
        trace(join(folder, 'nope.json'), '--json'),
        trace(refused, '--json'),
        trace(yearless, '--json'),
        trace(yearless, '--json', '--year', '2013'),
      ]);
      for (const { code, stdout, stderr } of [missing, notReposts, noYear] as Traced[]) {
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(stderr.trim().split('\n')).toHaveLength(1);
        expect(stderr).toMatch(/[\u4e00-\u9fff]/);
        expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
      }
      expect(noYear?.stderr).toContain('--year');
      expect(givenYear?.code).toBe(0);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'exits 64 on wrong arguments',
    async () => {
      const file = join(REPOSTS, '5036_zeLnfwpTM_1730699777.json');
      const runs = await Promise.all([trace(), trace(file, '--json', '--bogus'), trace(file, '--year', 'next'), trace(file, '--root-id')]);
      expect(runs.map((run) => run.code)).toEqual([64, 64, 64, 64]);
    },
    SPAWN_TIMEOUT_MS,
  );
});
