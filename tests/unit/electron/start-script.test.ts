// `npm start` where Electron's binary cannot be fetched (an offline department PC, this build machine):
// one clear line naming `npm run web`, not the installer's stack trace. The download is pointed at a
// closed local port, so the test never reaches the network and fails the same way on every machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

let scratch: string | null = null;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = null;
});

describe('npm start without an Electron binary', () => {
  it('says in one line, in Chinese and English, that Electron cannot start and to use npm run web', () => {
    scratch = mkdtempSync(join(tmpdir(), 'desk-start-'));
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], {
      encoding: 'utf8',
      // a safety net for a hung installer, not a measurement
      timeout: 120_000,
      env: {
        ...process.env,
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: join(scratch, 'cache'),
        ELECTRON_OVERRIDE_DIST_PATH: join(scratch, 'no-electron-here'),
        DEBUG: '',
      },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('无法启动 Electron');
    expect(lines[0]).toContain('npm run web');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
