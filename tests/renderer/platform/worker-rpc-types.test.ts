// The compiler holds the call shape: these lines typecheck (tsconfig.tests.json) only while a caller can
// neither choose a result type nor call a method the worker does not have.
import { describe, expect, it } from 'vitest';
import type { RpcClient } from '../../../renderer/platform/worker-rpc';
import { sampleClient, type SampleHandlers } from './worker-fixture';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const holds = <Claim extends true>(): Claim => true as Claim;

async function misuses(client: RpcClient<SampleHandlers>) {
  // @ts-expect-error the result is the handler's, not the caller's choice
  const text: string = await client.call('double', 2);
  // @ts-expect-error there is no generic result parameter to pick one with
  await client.call<string>('double', 2);
  // @ts-expect-error the worker has no such handler
  await client.call('format', 2);
  // @ts-expect-error the input is the handler's parameter
  await client.call('double', '2');
  // @ts-expect-error a handler that takes an input must be given one
  await client.call('double');
  return text;
}

describe('the call shape at compile time', () => {
  it('derives each result from the handler that answers it', async () => {
    const { client } = sampleClient();
    const doubled = client.call('double', 2);
    const bytes = client.call('bytes', 4);
    const echoed = client.call('slowEcho', { text: 'x', delayMs: 0 });
    holds<Equal<typeof doubled, Promise<number>>>();
    // the buffers handed over are unwrapped: the caller gets the value itself
    holds<Equal<typeof bytes, Promise<Uint8Array<ArrayBuffer>>>>();
    holds<Equal<typeof echoed, Promise<string>>>();
    await Promise.all([doubled, bytes, echoed]);
    expect(typeof misuses).toBe('function');
  });
});
