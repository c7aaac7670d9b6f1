import { describe, expect, it } from 'vitest';
import { localClient, RemoteError, workerEndpoint, type RpcMessage } from '../../../renderer/platform/worker-rpc';
import { sampleClient, sampleHandlers } from './worker-fixture';

describe('the typed call shape between the page and a worker', () => {
  it('resolves a call with what its handler returned', async () => {
    const { client } = sampleClient();
    await expect(client.call('double', 21)).resolves.toBe(42);
    await expect(client.call('nothing')).resolves.toBeUndefined();
  });

  it('matches concurrent answers to their calls by id, whatever order they come back in', async () => {
    const { client, worker } = sampleClient();
    const slow = client.call('slowEcho', { text: 'slow', delayMs: 30 });
    const fast = client.call('slowEcho', { text: 'fast', delayMs: 0 });
    const doubled = client.call('double', 5);
    await expect(Promise.all([slow, fast, doubled])).resolves.toEqual(['slow', 'fast', 10]);
    expect(worker.sent.map(({ request }) => request.id)).toEqual([1, 2, 3]);
  });

  it('rejects the caller with the message, name and code the handler threw', async () => {
    const { client } = sampleClient();
    const error = await client.call('refuse').catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(RemoteError);
    expect(error).toMatchObject({ message: '文件中没有任何数据', name: 'ImportError', code: 'empty' });
    // the worker goes on answering
    await expect(client.call('double', 1)).resolves.toBe(2);
  });

  it("carries a coded error's values, so the page can put them into its own words", async () => {
    const { client } = sampleClient();
    const error = await client.call('refuseWithValues').catch((reason: unknown) => reason);
    expect(error).toMatchObject({ name: 'CodedError', code: 'pack.unsafePath', params: { path: '../secret' } });
  });

  it('delivers events in order before the answer of the call that sent them, and stops when told', async () => {
    const { client } = sampleClient();
    const seen: number[] = [];
    const stop = client.on('progress', ({ done }) => seen.push(done));
    await expect(client.call('count', 3)).resolves.toBe(3);
    expect(seen).toEqual([1, 2, 3]);
    stop();
    await client.call('count', 2);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('hands buffers over both ways when asked, instead of copying them', async () => {
    const { client, worker } = sampleClient();
    const input = new Uint8Array(8);
    await client.call('double', 2, { transfer: [input.buffer] });
    expect(input.byteLength).toBe(0);
    expect(worker.sent[0]?.transfer).toHaveLength(1);
    await expect(client.call('bytes', 16)).resolves.toHaveLength(16);
  });

  it('rejects every waiting call when the worker crashes, and when it is closed', async () => {
    const crashes: Error[] = [];
    const { client, worker } = sampleClient({
      crashError: (detail) => new Error(`线程出错：${detail}`),
      onCrash: (error) => crashes.push(error),
    });
    const first = client.call('slowEcho', { text: 'a', delayMs: 50 });
    const second = client.call('slowEcho', { text: 'b', delayMs: 50 });
    worker.crash('out of memory');
    await expect(first).rejects.toThrow('线程出错：out of memory');
    await expect(second).rejects.toThrow('线程出错：out of memory');
    expect(crashes).toHaveLength(1);

    const other = sampleClient();
    const waiting = other.client.call('slowEcho', { text: 'c', delayMs: 50 });
    other.client.close(new Error('已取消'));
    await expect(waiting).rejects.toThrow('已取消');
    expect(other.worker.terminated).toBe(true);
  });

  it('answers an unknown method with an error rather than silence', async () => {
    const posted: RpcMessage[] = [];
    const scope = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      postMessage: (message: unknown) => posted.push(message as RpcMessage),
    };
    workerEndpoint(scope).serve(sampleHandlers({ emit: () => undefined }));
    scope.onmessage?.({ data: { rpc: 'call', id: 7, method: 'format', input: null } } as MessageEvent);
    expect(posted).toEqual([{ rpc: 'error', id: 7, error: { message: 'unknown worker method: format', name: 'Error' } }]);
  });

  it('answers a handler that returns at once within the same task', () => {
    const posted: RpcMessage[] = [];
    const scope = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      postMessage: (message: unknown) => posted.push(message as RpcMessage),
    };
    workerEndpoint(scope).serve(sampleHandlers({ emit: () => undefined }));
    scope.onmessage?.({ data: { rpc: 'call', id: 1, method: 'double', input: 4 } } as MessageEvent);
    expect(posted).toEqual([{ rpc: 'result', id: 1, value: 8 }]);
  });

  it('calls the same handlers in process, one at a time when asked, with the handler’s own error', async () => {
    const client = localClient(sampleHandlers({ emit: () => undefined }), { inOrder: true });
    const order: string[] = [];
    await Promise.all([
      client.call('slowEcho', { text: 'first', delayMs: 20 }).then((text) => order.push(text)),
      client.call('slowEcho', { text: 'second', delayMs: 0 }).then((text) => order.push(text)),
    ]);
    expect(order).toEqual(['first', 'second']);
    await expect(client.call('refuse')).rejects.toMatchObject({ name: 'ImportError', code: 'empty' });
    await expect(client.call('bytes', 4)).resolves.toHaveLength(4);
  });
});
