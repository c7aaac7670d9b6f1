import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvText, utf8, workbookBytes } from './builders';

// The contract is checked from outside, so these run the real command on real files.
const TSX_CLI = join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
const directory = mkdtempSync(join(tmpdir(), 'desk-check-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array | string): string {
  const path = join(directory, name);
  writeFileSync(path, bytes);
  return path;
}

function desk(args: string[], env: Record<string, string> = {}) {
  // node + tsx's CLI directly: the same as `npx tsx scripts/desk.ts` without npx's start-up cost
  const result = spawnSync(process.execPath, [TSX_CLI, 'scripts/desk.ts', 'check', ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectOneCleanLine(stderr: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).toMatch(/[\u4e00-\u9fff]/);
}

describe('desk check', { timeout: 90_000 }, () => {
  it('prints the contract JSON and exits 0', () => {
    const file = write(
      '日报.xlsx',
      workbookBytes([
        {
          name: '网信办',
          rows: [
            ['XX网信办网络舆情日报 2020年2月3日'],
            ['序号', '标题', '链接', '平台', '发布时间', '转发数', '倾向'],
            [1, '甲', 'https://weibo.com/1/a?from=x', '新浪微博', '2月3日 14:05', '1.2万', '负面'],
            [2, null, null, null, null, null, null],
            [3, '甲（转）', 'https://m.weibo.com/1/a', '微博', '2020-02-03 15:00', '10万+', null],
            ['制表人：张三'],
          ],
        },
      ]),
    );
    const { code, stdout, stderr } = desk([file, '--json', '--feed', 'cac', '--kind', 'online', '--tz', 'Asia/Shanghai']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['file', 'sheets', 'accepted', 'skippedRows', 'rejected', 'warnings', 'duplicatesInFile', 'items']);
    expect(report.file).toBe('日报.xlsx');
    expect(report.sheets).toEqual([
      {
        name: '网信办',
        headerRow: 2,
        mapping: {
          序号: null,
          标题: 'title',
          链接: 'url',
          平台: 'platform',
          发布时间: 'publishedAt',
          转发数: 'reposts',
          倾向: 'sentiment',
        },
      },
    ]);
    expect(report.accepted).toBe(2);
    expect(report.skippedRows).toBe(2);
    expect(report.duplicatesInFile).toBe(1);
    expect(report.rejected).toEqual([{ sheet: '网信办', row: 4, reason: expect.any(String) }]);
    expect(report.warnings).toEqual([{ sheet: '网信办', row: 5, field: 'reposts', reason: expect.any(String) }]);
    expect(report.items[0]).toEqual({
      sheet: '网信办',
      row: 3,
      externalId: null,
      rootExternalId: null,
      parentExternalId: null,
      title: '甲',
      content: null,
      url: 'https://weibo.com/1/a?from=x',
      platform: '微博',
      account: null,
      publishedAt: '2020-02-03T14:05:00+08:00',
      reportedAt: null,
      region: null,
      unit: null,
      reporter: null,
      feed: 'cac',
      kind: 'online',
      sentiment: 'negative',
      metrics: { reposts: 12000, comments: null, likes: null, views: null },
    });
    expect(report.items[1].metrics.reposts).toBe(100000);
  });

  it('reads a mapping template and repeated --sheet options', () => {
    const file = write(
      '两表.xlsx',
      workbookBytes([
        { name: 'A', rows: [['名称'], ['甲']] },
        { name: 'B', rows: [['名称'], ['乙']] },
      ]),
    );
    const template = write('t.json', JSON.stringify({ name: 't', headerSignature: '', columns: { 名称: 'title' } }));
    const { code, stdout } = desk([file, '--json', '--mapping', template, '--sheet', 'B', '--sheet=A']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.items.map((item: { sheet: string; title: string }) => [item.sheet, item.title])).toEqual([
      ['A', '甲'],
      ['B', '乙'],
    ]);
  });

  it('exits 2 with one Chinese line for a file it cannot read', () => {
    const garbage = write('bad.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    const bad = desk([garbage, '--json']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expectOneCleanLine(bad.stderr);

    const missing = desk([join(directory, 'nope.csv'), '--json']);
    expect(missing.code).toBe(2);
    expectOneCleanLine(missing.stderr);
  });

  it('exits 2 when the parse runs past its time limit', () => {
    const file = write('slow.csv', utf8(csvText([['标题'], ['甲']])));
    const slow = desk([file, '--json'], { DESK_CHECK_TIMEOUT_MS: '1' });
    expect(slow.code).toBe(2);
    expectOneCleanLine(slow.stderr);
  });

  it.each([[[]], [['a.csv', '--feed', 'martians']], [['a.csv', '--bogus']], [['a.csv', '--sheet']]])(
    'exits 64 with a usage line for wrong arguments %j',
    (args) => {
      const result = desk(args);
      expect(result.code).toBe(64);
      expect(result.stderr).toMatch(/用法/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('stops quietly when the reader of its output leaves early (| head)', async () => {
    const rows = Array.from({ length: 3_000 }, (_, index) => [`标题${index}`, `https://example.cn/${index}`, '2020-02-03 14:05']);
    const file = write('大文件.csv', csvText([['标题', '链接', '发布时间'], ...rows]));
    const child = spawn(process.execPath, [TSX_CLI, 'scripts/desk.ts', 'check', file, '--json'], { cwd: process.cwd() });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const firstOutput = new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8'))));
    expect(await firstOutput).toMatch(/^\{"file":"大文件\.csv"/);
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
