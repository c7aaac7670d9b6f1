import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { buildPack, verifyPack, type PackFile } from '../../../shared/export/pack';
import type { SealMessage, SealRequest } from '../../../renderer/features/pack/pack-seal';
import { sealPackFiles, zipPackFiles } from '../../../renderer/features/pack/seal-client';
import { buildPackInput } from '../../unit/export/pack-fixture';

/** A worker that answers only when told to, and records what it was handed. */
class HeldWorker {
  static created: HeldWorker[] = [];
  onmessage: ((event: MessageEvent<SealMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  request: SealRequest | null = null;
  transfer: Transferable[] = [];
  terminated = false;
  constructor(
    readonly url: URL | string,
    readonly options: WorkerOptions,
  ) {
    HeldWorker.created.push(this);
  }
  postMessage(request: SealRequest, transfer: Transferable[] = []) {
    this.request = request;
    this.transfer = transfer;
  }
  terminate() {
    this.terminated = true;
  }
  say(message: SealMessage) {
    this.onmessage?.({ data: message } as MessageEvent<SealMessage>);
  }
}

/** The pack-seal worker's own script, run against a stand-in for its global scope. */
async function loadWorkerScript() {
  const posted: { message: SealMessage; transfer: Transferable[] }[] = [];
  const scope = {
    onmessage: null as ((event: MessageEvent<SealRequest>) => void) | null,
    postMessage: (message: SealMessage, transfer: Transferable[] = []) => posted.push({ message, transfer }),
  };
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('../../../renderer/features/pack/pack-seal.worker');
  const send = (request: SealRequest) => {
    posted.length = 0;
    scope.onmessage?.({ data: request } as MessageEvent<SealRequest>);
    return [...posted];
  };
  return { send };
}

const workDir = mkdtempSync(path.join(tmpdir(), 'pack-seal-'));

afterEach(() => {
  vi.unstubAllGlobals();
  HeldWorker.created = [];
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('sealing a pack off the UI thread', () => {
  it('hands the files to a pack-seal worker without copying them, passes on its progress and returns its files', async () => {
    vi.stubGlobal('Worker', HeldWorker);
    const input = buildPackInput();
    const shared = new Uint8Array(8);
    // two views of one buffer: it must be handed over once, and a view of part of it not at all
    input.files.push({ path: 'charts/a.svg', bytes: shared.subarray(0, 4) }, { path: 'charts/b.svg', bytes: shared.subarray(4) });
    const progress: number[] = [];
    const pending = sealPackFiles(input, { onProgress: (done) => progress.push(done) });
    const worker = HeldWorker.created[0] as HeldWorker;
    expect(worker.options.name).toBe('pack-seal');
    expect(worker.request).toMatchObject({ task: 'manifest' });
    const ownBuffers = buildPackInput().files.length;
    expect(worker.transfer).toHaveLength(ownBuffers);
    expect(new Set(worker.transfer).size).toBe(ownBuffers);
    expect(worker.transfer).not.toContain(shared.buffer);

    worker.say({ kind: 'progress', done: 3, total: 7 });
    const answer: PackFile[] = [{ path: 'manifest.json', bytes: Uint8Array.of(1) }];
    worker.say({ kind: 'done', result: { task: 'manifest', files: answer } });
    await expect(pending).resolves.toEqual(answer);
    expect(progress).toEqual([3]);
    expect(worker.terminated).toBe(true);
  });

  it('stops the worker at once when the export is cancelled, and passes on its failure as an error', async () => {
    vi.stubGlobal('Worker', HeldWorker);
    const controller = new AbortController();
    const cancelled = zipPackFiles(buildPack(buildPackInput()), '第12期', { signal: controller.signal });
    controller.abort();
    await expect(cancelled).rejects.toThrow();
    expect(HeldWorker.created[0]?.terminated).toBe(true);

    const failing = sealPackFiles(buildPackInput());
    (HeldWorker.created[1] as HeldWorker).say({ kind: 'failed', message: '简报包文件路径不安全：../x' });
    await expect(failing).rejects.toThrow('简报包文件路径不安全');
  });

  it('hashes and zips in the worker script a pack that desk pack verify accepts', async () => {
    const { send } = await loadWorkerScript();
    const input = buildPackInput();
    const expected = buildPack(buildPackInput());

    const sealed = send({ task: 'manifest', input });
    const progress = sealed.filter((entry) => entry.message.kind === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    const done = sealed.at(-1);
    if (done?.message.kind !== 'done' || done.message.result.task !== 'manifest') throw new Error('no manifest');
    const files = done.message.result.files;
    expect(files).toEqual(expected);
    // the files go back to the window without a copy
    expect(done.transfer.length).toBeGreaterThan(0);

    const zipped = send({ task: 'zip', files, folder: '社会舆情日报告2026年第12期简报包' }).at(-1);
    if (zipped?.message.kind !== 'done' || zipped.message.result.task !== 'zip') throw new Error('no zip');
    const zipBytes = zipped.message.result.bytes;
    const entries = Object.entries(unzipSync(zipBytes)).map(([entryPath, bytes]) => ({ path: entryPath, bytes }));
    expect(verifyPack(entries)).toMatchObject({ ok: true, reportHashOk: true });

    const target = path.join(workDir, 'sealed.zip');
    writeFileSync(target, zipBytes);
    const cli = spawnSync('npx', ['tsx', 'scripts/desk.ts', 'pack', 'verify', target, '--json'], { encoding: 'utf8', cwd: process.cwd() });
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout)).toMatchObject({ ok: true, reportHashOk: true, missing: [], extra: [] });
  }, 90_000);

  it('reports a failure in the worker script as a message, not an uncaught error', async () => {
    const { send } = await loadWorkerScript();
    const [answer] = send({ task: 'manifest', input: buildPackInput({ files: [{ path: '../escape', bytes: new Uint8Array() }] }) });
    expect(answer?.message).toEqual({ kind: 'failed', message: '简报包文件路径不安全：../escape' });
  });
});
