import type { Feed, ItemKind, Metrics, Sentiment } from '../domain/types';
import type { ImportField } from './fields';
import type { FileFormat } from './decode';
import type { TextEncodingName } from './decode/encoding';

/** One accepted row exactly as `desk check --json` prints it. */
export interface CheckItem {
  sheet: string | null;
  row: number;
  externalId: string | null;
  rootExternalId: string | null;
  parentExternalId: string | null;
  title: string | null;
  content: string | null;
  url: string | null;
  platform: string | null;
  account: string | null;
  publishedAt: string | null;
  /** null when the file has no such column: the app then stores the import's time */
  reportedAt: string | null;
  region: string | null;
  unit: string | null;
  reporter: string | null;
  feed: Feed;
  kind: ItemKind;
  sentiment: Sentiment | null;
  metrics: Metrics;
}

export interface RejectedRow {
  sheet: string | null;
  row: number;
  reason: string;
}

export interface RowWarning {
  sheet: string | null;
  row: number;
  field: ImportField | null;
  reason: string;
}

export interface ImportedItem {
  record: CheckItem;
  /** exact-duplicate key against the store: sha256 of the URL, platform+ID or text+unit+day key */
  fingerprint: string;
  simhash: string | null;
  provenance: { file: string; sheet: string | null; row: number };
  /** index in `items` of the earlier row of this file it exactly duplicates */
  duplicateOf: number | null;
  /** reportedAt, or the import's time when the file has no such column */
  effectiveReportedAt: string;
}

export interface SheetSummary {
  name: string | null;
  /** last header row; null for JSON or when no header was recognised */
  headerRow: number | null;
  mapping: Record<string, ImportField | null>;
  headers: string[];
  headerSignature: string | null;
  titleYear: number | null;
}

export interface ImportResult {
  file: string;
  format: FileFormat;
  encoding: TextEncodingName | null;
  /** name of the mapping template applied, if any */
  template: string | null;
  sheets: SheetSummary[];
  accepted: number;
  skippedRows: number;
  rejected: RejectedRow[];
  warnings: RowWarning[];
  duplicatesInFile: number;
  items: ImportedItem[];
}

/** The `desk check --json` contract, nothing more. */
export interface CheckReport {
  file: string;
  sheets: { name: string | null; headerRow: number | null; mapping: Record<string, ImportField | null> }[];
  accepted: number;
  skippedRows: number;
  rejected: RejectedRow[];
  warnings: RowWarning[];
  duplicatesInFile: number;
  items: CheckItem[];
}

export function toCheckReport(result: ImportResult): CheckReport {
  return {
    file: result.file,
    sheets: result.sheets.map(({ name, headerRow, mapping }) => ({ name, headerRow, mapping })),
    accepted: result.accepted,
    skippedRows: result.skippedRows,
    rejected: result.rejected,
    warnings: result.warnings,
    duplicatesInFile: result.duplicatesInFile,
    items: result.items.map((item) => item.record),
  };
}
