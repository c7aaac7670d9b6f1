// A filtered list as one file: the 舆情条目 workbook, or csv in UTF-8 with BOM or GB18030 for older tools.
import type { Item } from '../../../shared/domain/types';
import { itemsToCsv, type CsvEncoding } from '../../../shared/export/csv';
import type { ItemLookups } from '../../../shared/export/item-columns';
import { createAccountMasker } from '../../../shared/export/masking';
import type { ExportWarning } from '../../../shared/export/spreadsheet-ml';
import { buildItemsWorkbook } from '../../../shared/export/workbook';
import type { ListFormat } from '../../workspace/export-progress';

export type { ListFormat };

export interface ListFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  warnings: ExportWarning[];
}

const CSV_ENCODING: Record<Exclude<ListFormat, 'xlsx'>, CsvEncoding> = { 'csv-utf8': 'utf-8-bom', 'csv-gb18030': 'gb18030' };

export function listFile(
  items: readonly Item[],
  format: ListFormat,
  options: { baseName: string; lookups: ItemLookups; maskSecret: string | null },
): ListFile {
  const maskAccount = options.maskSecret ? createAccountMasker(options.maskSecret) : null;
  if (format === 'xlsx') {
    const workbook = buildItemsWorkbook(items, { lookups: options.lookups, maskAccount });
    return { name: `${options.baseName}.xlsx`, bytes: workbook.bytes as Uint8Array<ArrayBuffer>, warnings: workbook.warnings };
  }
  const suffix = format === 'csv-gb18030' ? '-GB18030' : '';
  const bytes = itemsToCsv(items, CSV_ENCODING[format], { lookups: options.lookups, maskAccount });
  return { name: `${options.baseName}${suffix}.csv`, bytes: bytes as Uint8Array<ArrayBuffer>, warnings: [] };
}
