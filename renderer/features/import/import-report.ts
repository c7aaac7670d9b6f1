import type { RejectedRow, RowWarning } from '../../../shared/import/result';
import type { ImportBatchRecord, Repositories } from '../../db';

export interface ReportRejected extends RejectedRow {
  file: string;
}

export interface ReportWarning extends RowWarning {
  file: string;
}

export interface ReportSuspected {
  itemId: string;
  itemTitle: string;
  ofItemId: string;
  ofTitle: string;
  distance: number;
}

export interface ImportReport {
  batch: ImportBatchRecord;
  state: 'complete' | 'cancelled';
  rejected: ReportRejected[];
  warnings: ReportWarning[];
  suspected: ReportSuspected[];
}

const TITLE_LENGTH = 60;

/** What the analyst reads for an item in a list: its title, else the start of its text. */
export function itemHeadline(item: { title: string | null; content: string | null } | undefined, untitled: string): string {
  const text = item?.title?.trim() || item?.content?.trim() || '';
  if (!text) return untitled;
  return text.length > TITLE_LENGTH ? `${text.slice(0, TITLE_LENGTH)}…` : text;
}

export async function suspectedWithTitles(
  items: Pick<Repositories['items'], 'getMany'>,
  batch: ImportBatchRecord,
  untitled: string,
): Promise<ReportSuspected[]> {
  const pairs = batch.suspectedDuplicates;
  if (pairs.length === 0) return [];
  const ids = [...new Set(pairs.flatMap((pair) => [pair.itemId, pair.ofItemId]))];
  const found = await items.getMany(ids);
  const byId = new Map(ids.map((id, index) => [id, found[index]]));
  return pairs.map((pair) => ({
    ...pair,
    itemTitle: itemHeadline(byId.get(pair.itemId), untitled),
    ofTitle: itemHeadline(byId.get(pair.ofItemId), untitled),
  }));
}
