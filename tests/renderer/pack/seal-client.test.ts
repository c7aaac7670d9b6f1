import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { buildPack, verifyPack, type PackFile } from '../../../shared/export/pack';
import type { RpcMessage, RpcRequest } from '../../../renderer/platform/worker-rpc';
import { sealPackFiles, zipPackFiles } from '../../../renderer/features/pack/seal-client';
import { buildPackInput } from '../../unit/export/pack-fixture';

/** A worker that answers only when told to, and records what it was handed. */
class HeldWorker {
  static created: HeldWorker[] = [];
  onmessage: ((event: MessageEvent<RpcMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  request: RpcRequest | null = null;
  transfer: Transferable[] = [];
  terminated = false;
  constructor(
    readonly url: URL | string,
    readonly options: WorkerOptions,
  ) {
    HeldWorker.created.push(this);
  }
  postMessage(request: RpcRequest, transfer: Transferable[] = []) {
    this.request = request;
    this.transfer = transfer;
  }
  terminate() {
    this.terminated = true;
  }
  say(message: RpcMessage) {
    this.onmessage?.({ data: message } as MessageEvent<RpcMessage>);
  }
}

/** The pack-seal worker's own script, run against a stand-in for its global scope. */
async function loadWorkerScript() {
  const posted: { message: RpcMessage; transfer: Transferable[] }[] = [];
  const scope = {
    onmessage: null as ((event: MessageEvent<RpcRequest>) => void) | null,
    postMessage: (message: RpcMessage, transfer: Transferable[] = []) => posted.push({ message, transfer }),
  };
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('../../../renderer/features/pack/pack-seal.worker');
  let nextId = 1;
  const send = (method: string, input: unknown) => {
    posted.length = 0;
    scope.onmessage?.({ data: { rpc: 'call', id: nextId++, method, input } } as MessageEvent<RpcRequest>);
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
    expect(worker.request).toMatchObject({ method: 'manifest' });
    const ownBuffers = buildPackInput().files.length;
    expect(worker.transfer).toHaveLength(ownBuffers);
    expect(new Set(worker.transfer).size).toBe(ownBuffers);
    expect(worker.transfer).not.toContain(shared.buffer);

    worker.say({ rpc: 'event', event: 'progress', payload: { done: 3, total: 7 } });
    const answer: PackFile[] = [{ path: 'manifest.json', bytes: Uint8Array.of(1) }];
    worker.say({ rpc: 'result', id: 1, value: answer });
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
    (HeldWorker.created[1] as HeldWorker).say({ rpc: 'error', id: 1, error: { message: '简报包文件路径不安全：../x', name: 'Error' } });
    await expect(failing).rejects.toThrow('简报包文件路径不安全');
  });

  it('hashes and zips in the worker script a pack that desk pack verify accepts', async () => {
    const { send } = await loadWorkerScript();
    const input = buildPackInput();
    const expected = buildPack(buildPackInput());

    const sealed = send('manifest', input);
    const progress = sealed.filter((entry) => entry.message.rpc === 'event');
    expect(progress.length).toBeGreaterThan(0);
    const done = sealed.at(-1);
    if (done?.message.rpc !== 'result') throw new Error('no manifest');
    const files = done.message.value as PackFile[];
    expect(files).toEqual(expected);
    // the files go back to the window without a copy
    expect(done.transfer.length).toBeGreaterThan(0);

    const zipped = send('zip', { files, folder: '社会舆情日报告2026年第12期简报包' }).at(-1);
    if (zipped?.message.rpc !== 'result') throw new Error('no zip');
    const zipBytes = zipped.message.value as Uint8Array;
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
    const [answer] = send('manifest', buildPackInput({ files: [{ path: '../escape', bytes: new Uint8Array() }] }));
    expect(answer?.message).toMatchObject({ rpc: 'error', error: { code: 'pack.unsafePath', params: { path: '../escape' } } });
  });
});
