import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildItem, resetBuilderSequence } from '../../builders';
import { writePackWorkbook } from '../../../renderer/features/pack/workbook-client';
import { readWorkbook } from '../../unit/export/read-back';
import type { WorkbookRequest } from '../../../renderer/features/pack/pack-workbook.worker';
import type { RpcMessage, RpcRequest } from '../../../renderer/platform/worker-rpc';

/** A worker that answers only when told to, so a test can cancel while the workbook is being written. */
class HeldWorker {
  static created: HeldWorker[] = [];
  onmessage: ((event: MessageEvent<RpcMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  request: WorkbookRequest | null = null;
  terminated = false;
  constructor(readonly url: URL | string) {
    HeldWorker.created.push(this);
  }
  postMessage(request: RpcRequest) {
    this.request = request.input as WorkbookRequest;
  }
  terminate() {
    this.terminated = true;
  }
  answer(response: RpcMessage) {
    this.onmessage?.({ data: response } as MessageEvent<RpcMessage>);
  }
}

function input() {
  resetBuilderSequence();
  return {
    heading: '舆情条目统计',
    number: null,
    date: null,
    exportedAt: '2026-03-10T10:30:00+08:00',
    overview: '概述',
    figures: [],
    statistics: [],
    items: [buildItem({ account: '牧场老李说事' })],
    cascades: [],
    suggestions: [],
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  HeldWorker.created = [];
});

describe('the pack workbook off the UI thread', () => {
  it('sends the items, names and the way to mask to a worker and returns what it wrote', async () => {
    vi.stubGlobal('Worker', HeldWorker);
    const pending = writePackWorkbook(
      input(),
      { events: new Map([['e1', '某事件']]) },
      {
        style: 'pseudonym',
        secret: 'ab'.repeat(32),
      },
    );
    const worker = HeldWorker.created[0] as HeldWorker;
    expect(worker.request?.input.items).toHaveLength(1);
    expect(worker.request?.masking).toEqual({ style: 'pseudonym', secret: 'ab'.repeat(32) });
    expect(worker.request?.lookups.events?.get('e1')).toBe('某事件');
    worker.answer({ rpc: 'result', id: 1, value: { bytes: Uint8Array.of(1, 2, 3), warnings: [] } });
    await expect(pending).resolves.toEqual({ bytes: Uint8Array.of(1, 2, 3), warnings: [] });
    expect(worker.terminated).toBe(true);
  });

  it('stops the worker at once when the export is cancelled', async () => {
    vi.stubGlobal('Worker', HeldWorker);
    const controller = new AbortController();
    const pending = writePackWorkbook(input(), {}, null, controller.signal);
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(HeldWorker.created[0]?.terminated).toBe(true);
  });

  it('passes on the worker’s failure as an error', async () => {
    vi.stubGlobal('Worker', HeldWorker);
    const pending = writePackWorkbook(input(), {}, null);
    (HeldWorker.created[0] as HeldWorker).answer({ rpc: 'error', id: 1, error: { message: '单元格过多', name: 'Error' } });
    await expect(pending).rejects.toThrow('单元格过多');
  });

  it('writes the same workbook here where there are no workers', async () => {
    vi.stubGlobal('Worker', undefined);
    const { bytes } = await writePackWorkbook(input(), {}, null);
    expect(readWorkbook(bytes).SheetNames).toContain('舆情条目');
    expect(HeldWorker.created).toHaveLength(0);
  });
});
