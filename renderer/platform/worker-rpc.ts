// The one call shape between the page and its workers. The worker declares its handlers as a plain object;
// the page's client takes that object's type, so what each call accepts and resolves to is whatever the
// handler accepts and returns, never a type the caller picks. Requests carry an id and are answered by it,
// so concurrent calls cannot take each other's answers; a handler's error rejects its caller with the same
// message, name, code and values; events (progress, status) travel on the same channel, in order with the answers.
import { codedErrorData, type ErrorParams } from '../../shared/errors';

/** A worker's handlers: each takes at most one argument (structured-cloned) and returns a value or a promise. */
export type RpcHandlers = Record<string, (input: never) => unknown>;

/** The payload of each event a worker may send, by name. */
export type RpcEvents = Record<string, unknown>;

/** A handler's value together with the buffers to hand over instead of copying. */
export class Transferred<T> {
  private readonly transferredBrand = true;
  constructor(
    readonly value: T,
    readonly transfer: Transferable[],
  ) {}
}

/** Returns `value` to the caller with `transfer` handed over (detached here), not copied. */
export function transferring<T>(value: T, transfer: Transferable[]): Transferred<T> {
  return new Transferred(value, transfer);
}

type Unwrapped<R> = R extends Transferred<infer T> ? T : R;

/** What a call of `handler` resolves to. */
export type RpcResult<Handler> = Handler extends (...args: never[]) => infer R ? Unwrapped<Awaited<R>> : never;

export interface CallOptions {
  /** buffers of the input to hand over instead of copying */
  transfer?: Transferable[];
}

/** A call's arguments: the handler's one input (none for a handler without one), then the call options. */
export type RpcCallArgs<Handler> = Handler extends (...args: infer Params) => unknown
  ? Params extends []
    ? [input?: undefined, options?: CallOptions]
    : Params extends [input: infer Input]
      ? [input: Input, options?: CallOptions]
      : Params extends [input?: infer Input]
        ? [input?: Input, options?: CallOptions]
        : never
  : never;

export interface RpcErrorData {
  message: string;
  name: string;
  code?: string;
  params?: ErrorParams;
}

export type RpcRequest = { rpc: 'call'; id: number; method: string; input: unknown };

export type RpcMessage =
  | { rpc: 'result'; id: number; value: unknown }
  | { rpc: 'error'; id: number; error: RpcErrorData }
  | { rpc: 'event'; event: string; payload: unknown };

/** A handler's error as the caller receives it: the message, name, code and values the worker threw. */
export class RemoteError extends Error {
  readonly code: string | undefined;
  readonly params: ErrorParams;
  constructor(data: RpcErrorData) {
    super(data.message);
    this.name = data.name;
    this.code = data.code;
    this.params = data.params ?? {};
  }
}

export function errorData(error: unknown): RpcErrorData {
  if (!(error instanceof Error)) return { message: String(error), name: 'Error' };
  const coded = codedErrorData(error);
  return coded ? { message: error.message, name: error.name, ...coded } : { message: error.message, name: error.name };
}

// ---- the worker's side ----

/** The part of a worker's global scope used here (the web tsconfig has DOM types, not WebWorker ones). */
export interface RpcWorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

export interface ServeOptions {
  /** handle one request at a time, in the order they came (a later request reads what an earlier one left) */
  inOrder?: boolean;
}

export interface RpcEndpoint<Events extends RpcEvents> {
  emit<Name extends keyof Events & string>(event: Name, payload: Events[Name], transfer?: Transferable[]): void;
  serve(handlers: RpcHandlers, options?: ServeOptions): void;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** The worker's end: `serve` answers the page's calls with `handlers`; `emit` sends an event. */
export function workerEndpoint<Events extends RpcEvents = Record<never, never>>(
  scope: RpcWorkerScope = self as unknown as RpcWorkerScope,
): RpcEndpoint<Events> {
  const post = (message: RpcMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
  const answer = (id: number, value: unknown) =>
    value instanceof Transferred ? post({ rpc: 'result', id, value: value.value }, value.transfer) : post({ rpc: 'result', id, value });
  const refuse = (id: number, error: unknown) => post({ rpc: 'error', id, error: errorData(error) });
  return {
    emit: (event, payload, transfer) => post({ rpc: 'event', event, payload }, transfer),
    serve(handlers, options = {}) {
      let queue: Promise<unknown> = Promise.resolve();
      // A handler that answers at once is answered within the message's own task.
      const run = (request: RpcRequest): Promise<void> | void => {
        try {
          if (!Object.hasOwn(handlers, request.method)) throw new Error(`unknown worker method: ${request.method}`);
          const handler = handlers[request.method] as (input: unknown) => unknown;
          const value = handler(request.input);
          if (!isPromiseLike(value)) return answer(request.id, value);
          return Promise.resolve(value).then(
            (settled) => answer(request.id, settled),
            (error: unknown) => refuse(request.id, error),
          );
        } catch (error) {
          refuse(request.id, error);
        }
      };
      scope.onmessage = (event: MessageEvent<RpcRequest>) => {
        const request = event.data;
        if (request?.rpc !== 'call') return;
        if (options.inOrder) queue = queue.then(() => run(request));
        else void run(request);
      };
    },
  };
}

// ---- the page's side ----

export interface RpcClient<Handlers extends RpcHandlers, Events extends RpcEvents = Record<never, never>> {
  call<Method extends keyof Handlers & string>(
    method: Method,
    ...args: RpcCallArgs<Handlers[Method]>
  ): Promise<RpcResult<Handlers[Method]>>;
  /** returns the function that stops listening */
  on<Name extends keyof Events & string>(event: Name, listener: (payload: Events[Name]) => void): () => void;
  /** Terminates the worker; calls still waiting reject with `reason`. */
  close(reason?: unknown): void;
}

export interface ClientOptions {
  /** the error waiting calls reject with when the worker fails: its script did not load, it crashed, a message could not be read */
  crashError?: (detail: string) => Error;
  /** told after the waiting calls were rejected */
  onCrash?: (error: Error, event: Event) => void;
}

export function workerClient<Handlers extends RpcHandlers, Events extends RpcEvents = Record<never, never>>(
  worker: Worker,
  options: ClientOptions = {},
): RpcClient<Handlers, Events> {
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();
  const listeners = new Map<string, Set<(payload: never) => void>>();
  let nextId = 1;
  const rejectAll = (reason: unknown) => {
    const waiting = [...pending.values()];
    pending.clear();
    for (const call of waiting) call.reject(reason);
  };
  const crashed = (event: Event, detail: string) => {
    const error = options.crashError?.(detail) ?? new Error(detail || 'worker failed');
    rejectAll(error);
    options.onCrash?.(error, event);
  };
  worker.onmessage = (event: MessageEvent<RpcMessage>) => {
    const message = event.data;
    if (message.rpc === 'event') {
      for (const listener of listeners.get(message.event) ?? []) (listener as (payload: unknown) => void)(message.payload);
      return;
    }
    const call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    if (message.rpc === 'result') call.resolve(message.value);
    else call.reject(new RemoteError(message.error));
  };
  worker.onerror = (event) => crashed(event, event.message);
  worker.onmessageerror = (event) => crashed(event, '');
  return {
    call(method, ...[input, callOptions]) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        try {
          worker.postMessage({ rpc: 'call', id, method, input } satisfies RpcRequest, callOptions?.transfer ?? []);
        } catch (error) {
          pending.delete(id);
          reject(error);
        }
      });
    },
    on(event, listener) {
      const named = listeners.get(event) ?? new Set();
      listeners.set(event, named);
      named.add(listener as (payload: never) => void);
      return () => named.delete(listener as (payload: never) => void);
    },
    close(reason = new Error('worker closed')) {
      worker.terminate();
      rejectAll(reason);
    },
  };
}

/**
 * The same handlers on the calling thread, for hosts without module workers (the jsdom tests): the very
 * call shape, with the handler's own error.
 */
export function localClient<Handlers extends RpcHandlers>(handlers: Handlers, options: ServeOptions = {}): RpcClient<Handlers> {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    call(method, ...[input]) {
      const run = async () => {
        const value = await (handlers[method] as (input: unknown) => unknown)(input);
        return (value instanceof Transferred ? value.value : value) as RpcResult<Handlers[typeof method]>;
      };
      if (!options.inOrder) return run();
      const result = queue.then(run);
      queue = result.catch(() => undefined);
      return result;
    },
    on: () => () => undefined,
    close: () => undefined,
  };
}
