// The pack's workbook from the workbook worker, one worker per export so a cancel can stop it at once
// (terminate) instead of waiting for the sheets to finish. Where there are no workers (the jsdom tests)
// it is written here, with the very same code.
import type { Item } from '../../../shared/domain/types';
import type { ItemLookups } from '../../../shared/export/item-columns';
import { packMasker, type PackMasking } from '../../../shared/export/masking';
import type { ExportWarning } from '../../../shared/export/spreadsheet-ml';
import { buildPackWorkbook, type PackWorkbookInput } from '../../../shared/export/workbook';
import { workerClient } from '../../platform/worker-rpc';
import type { WorkbookHandlers, WorkbookRequest } from './pack-workbook.worker';
import { runWorkerTask } from './worker-task';

export interface PackWorkbookBytes {
  bytes: Uint8Array;
  warnings: ExportWarning[];
}

export function writePackWorkbook(
  input: PackWorkbookInput & { items: readonly Item[] },
  lookups: ItemLookups,
  masking: PackMasking,
  signal?: AbortSignal,
): Promise<PackWorkbookBytes> {
  if (typeof Worker === 'undefined') {
    const result = buildPackWorkbook(input, { lookups, maskAccount: packMasker(masking) });
    return Promise.resolve({ bytes: result.bytes, warnings: result.warnings });
  }
  signal?.throwIfAborted();
  const worker = new Worker(new URL('./pack-workbook.worker.ts', import.meta.url), { type: 'module', name: 'pack-workbook' });
  const request: WorkbookRequest = { input, lookups, masking };
  const client = workerClient<WorkbookHandlers>(worker, { crashError: (detail) => new Error(detail || 'workbook worker failed') });
  return runWorkerTask(client, () => client.call('write', request), signal);
}
