// A handler map served the way a worker serves it, behind a stand-in for the Worker object: each message is
// structured-cloned and delivered a task later, as between the page and a real worker.
import {
  transferring,
  workerClient,
  workerEndpoint,
  type ClientOptions,
  type RpcMessage,
  type RpcRequest,
  type RpcWorkerScope,
} from '../../../renderer/platform/worker-rpc';
import { CodedError } from '../../../shared/errors';

export type SampleEvents = { progress: { done: number; total: number } };

export function sampleHandlers(endpoint: { emit(event: 'progress', payload: SampleEvents['progress']): void }) {
  return {
    double: (value: number) => value * 2,
    async slowEcho({ text, delayMs }: { text: string; delayMs: number }) {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      return text;
    },
    count(total: number) {
      for (let done = 1; done <= total; done++) endpoint.emit('progress', { done, total });
      return total;
    },
    refuse(): number {
      throw Object.assign(new Error('文件中没有任何数据'), { name: 'ImportError', code: 'empty' });
    },
    refuseWithValues(): number {
      throw new CodedError('pack.unsafePath', { path: '../secret' });
    },
    bytes: (length: number) => {
      const bytes = new Uint8Array(length);
      return transferring(bytes, [bytes.buffer]);
    },
    nothing: () => undefined,
  };
}

export type SampleHandlers = ReturnType<typeof sampleHandlers>;

export class LinkedWorker {
  onmessage: ((event: MessageEvent<RpcMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  readonly sent: { request: RpcRequest; transfer: Transferable[] }[] = [];
  readonly scope: RpcWorkerScope = {
    onmessage: null,
    postMessage: (message: unknown, transfer: Transferable[] = []) => {
      const copy = structuredClone(message, { transfer });
      setTimeout(() => {
        if (!this.terminated) this.onmessage?.({ data: copy } as MessageEvent<RpcMessage>);
      }, 0);
    },
  };

  postMessage(request: RpcRequest, transfer: Transferable[] = []): void {
    this.sent.push({ request, transfer });
    const copy = structuredClone(request, { transfer });
    setTimeout(() => {
      if (!this.terminated) this.scope.onmessage?.({ data: copy } as MessageEvent);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  crash(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
}

export function sampleClient(options: ClientOptions = {}) {
  const worker = new LinkedWorker();
  const endpoint = workerEndpoint<SampleEvents>(worker.scope);
  endpoint.serve(sampleHandlers(endpoint));
  const client = workerClient<SampleHandlers, SampleEvents>(worker as unknown as Worker, options);
  return { worker, client };
}
