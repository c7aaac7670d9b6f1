import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zipPack, type PackFile } from '../../../shared/export/pack';
import { buildSignedPack, replaceFile } from './pack-fixture';

// The command as a script or a person runs it: exit codes, JSON on stdout, one Chinese line on stderr.

const workDir = mkdtempSync(path.join(tmpdir(), 'pack-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function writeZip(name: string, files: PackFile[], folder?: string): string {
  const target = path.join(workDir, name);
  writeFileSync(target, zipPack(files, folder ? { folder } : {}));
  return target;
}

function writeFolder(name: string, files: PackFile[]): string {
  const root = path.join(workDir, name);
  for (const file of files) {
    const target = path.join(root, ...file.path.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.bytes);
  }
  return root;
}

function desk(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/desk.ts', 'pack', ...args], { encoding: 'utf8', cwd: process.cwd() });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each run starts a tsx process, which takes seconds on a busy machine.
describe('desk pack verify', { timeout: 90_000 }, () => {
  it('exits 0 and prints the verification for an untouched zip', () => {
    const { code, stdout, stderr } = desk('verify', writeZip('ok.zip', buildSignedPack()), '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const result = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(['ok', 'files', 'missing', 'extra', 'reportHashOk']);
    expect(result).toMatchObject({ ok: true, missing: [], extra: [], reportHashOk: true });
  });

  it('exits 0 for a folder pack and for a zip of a folder', () => {
    expect(desk('verify', writeFolder('folder-pack', buildSignedPack()), '--json').code).toBe(0);
    expect(desk('verify', writeZip('nested.zip', buildSignedPack(), '第12期'), '--json').code).toBe(0);
  });

  it('exits 1 with one Chinese line when a file was altered, removed or added', () => {
    const altered = replaceFile(buildSignedPack(), 'report.html', new TextEncoder().encode('changed'));
    const removedAndAdded = [
      ...buildSignedPack().filter((file) => file.path !== 'workbook.xlsx'),
      { path: 'x.txt', bytes: new Uint8Array([1]) },
    ];
    const alteredRun = desk('verify', writeZip('altered.zip', altered), '--json');
    expect(alteredRun.code).toBe(1);
    expect(JSON.parse(alteredRun.stdout)).toMatchObject({ ok: false, reportHashOk: true });
    expect(alteredRun.stderr.trim().split('\n')).toHaveLength(1);
    expect(alteredRun.stderr).toContain('report.html');

    const folderRun = desk('verify', writeFolder('removed-added', removedAndAdded), '--json');
    expect(folderRun.code).toBe(1);
    expect(JSON.parse(folderRun.stdout)).toMatchObject({ ok: false, missing: ['workbook.xlsx'], extra: ['x.txt'] });
  });

  it('exits 2 with one Chinese line when there is no readable manifest or pack', () => {
    const noManifest = desk(
      'verify',
      writeZip(
        'no-manifest.zip',
        buildSignedPack().filter((file) => file.path !== 'manifest.json'),
      ),
      '--json',
    );
    expect(noManifest).toMatchObject({ code: 2, stdout: '' });
    expect(noManifest.stderr).toMatch(/^没有找到 manifest\.json.*\n$/);
    const missingPath = desk('verify', path.join(workDir, 'does-not-exist.zip'), '--json');
    expect(missingPath.code).toBe(2);
    expect(missingPath.stderr).toContain('无法读取简报包');
    const garbage = path.join(workDir, 'garbage.zip');
    writeFileSync(garbage, 'this is not a zip');
    expect(desk('verify', garbage, '--json').code).toBe(2);
  });

  it('exits 64 on wrong arguments', () => {
    expect(desk('verify').code).toBe(64);
    expect(desk('verify', 'a.zip', 'b.zip', '--json').code).toBe(64);
  });
});
