// Writes the pack's workbook off the UI thread: at 80,000 items building and deflating the sheets blocks
// for seconds, and the window must keep painting the progress bar and take the cancel click meanwhile.
import type { Item } from '../../../shared/domain/types';
import { packMasker, type PackMasking } from '../../../shared/export/masking';
import type { ItemLookups } from '../../../shared/export/item-columns';
import type { ExportWarning } from '../../../shared/export/spreadsheet-ml';
import { buildPackWorkbook, type PackWorkbookInput } from '../../../shared/export/workbook';

export interface WorkbookRequest {
  input: PackWorkbookInput & { items: readonly Item[] };
  lookups: ItemLookups;
  /** the masker is a closure and cannot cross to the worker; how to make it can */
  masking: PackMasking;
}

export type WorkbookResponse = { ok: true; bytes: Uint8Array; warnings: ExportWarning[] } | { ok: false; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkbookRequest>) => void) | null;
  postMessage(message: WorkbookResponse, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { input, lookups, masking } = event.data;
  try {
    const result = buildPackWorkbook(input, { lookups, maskAccount: packMasker(masking) });
    scope.postMessage({ ok: true, bytes: result.bytes, warnings: result.warnings }, [result.bytes.buffer]);
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
