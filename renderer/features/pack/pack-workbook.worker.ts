// Writes the pack's workbook off the UI thread: at 80,000 items building and deflating the sheets blocks
// for seconds, and the window must keep painting the progress bar and take the cancel click meanwhile.
import type { Item } from '../../../shared/domain/types';
import { packMasker, type PackMasking } from '../../../shared/export/masking';
import type { ItemLookups } from '../../../shared/export/item-columns';
import { buildPackWorkbook, type PackWorkbookInput } from '../../../shared/export/workbook';
import { transferring, workerEndpoint } from '../../platform/worker-rpc';

export interface WorkbookRequest {
  input: PackWorkbookInput & { items: readonly Item[] };
  lookups: ItemLookups;
  /** the masker is a closure and cannot cross to the worker; how to make it can */
  masking: PackMasking;
}

const handlers = {
  write({ input, lookups, masking }: WorkbookRequest) {
    const { bytes, warnings } = buildPackWorkbook(input, { lookups, maskAccount: packMasker(masking) });
    return transferring({ bytes, warnings }, [bytes.buffer]);
  },
};

export type WorkbookHandlers = typeof handlers;

workerEndpoint().serve(handlers);
