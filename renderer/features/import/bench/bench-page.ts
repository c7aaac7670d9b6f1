// The baselines of `npm run bench -- import`, measured in the same Chromium as the app:
// raw SheetJS reading the workbook, and raw Dexie bulkAdd of as many item-shaped rows into the items table.
// Only scripts/bench/import.ts loads this page; the app never does.
import * as XLSX from 'xlsx';
import type { Item } from '../../../../shared/domain/types';
import { newId } from '../../../../shared/ids';
import { DEFAULT_LIMITS } from '../../../../shared/import/decode/limits';
import { exactKeys } from '../../../../shared/import/dedup/fingerprint';
import { freshItemState } from '../../../../shared/import/fresh-item';
import { readWorkbook, workbookReadOptions } from '../../../../shared/import/decode/workbook';
import { openDeskDatabase, toItemRow } from '../../../db';

let parsedRows: unknown[][] = [];

function text(value: unknown): string | null {
  return value === undefined || value === null || value === '' ? null : String(value);
}

/** `2024-05-03 14:05` as the partner wrote it, in Asia/Shanghai (the generator writes no other form). */
function shanghaiIso(value: unknown): string | null {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})$/.exec(String(value ?? ''));
  return match ? `${match[1]}T${match[2]}:00+08:00` : null;
}

// The rows carry the keys real items carry — ids from newId, their own published times, hashed fingerprints —
// because IndexedDB's cost depends on them: with every index key in ascending order (one time for all rows,
// fingerprints `fp-1`, `fp-2` …, as this baseline first had) each index is a pure append, which no import of
// real rows can be: that best case wrote 100k rows in 12.3 s here where the same rows with their real keys took
// 13.7 s, in one transaction either way. The keys are made before timing.
function itemOf(row: unknown[], index: number, nowIso: string, batchId: string): Item {
  const url = text(row[4]);
  const platform = text(row[5]);
  const externalId = text(row[1]);
  const title = text(row[2]);
  const content = text(row[3]);
  const publishedAt = shanghaiIso(row[7]);
  const keys = exactKeys({ url, platform, externalId, title, content, unit: null, day: (publishedAt ?? nowIso).slice(0, 10) });
  return {
    id: newId(),
    kind: 'online',
    feeds: ['cac'],
    platform,
    title,
    content,
    url,
    account: text(row[6]),
    publishedAt,
    reportedAt: nowIso,
    capturedAt: nowIso,
    region: text(row[12]),
    unitId: null,
    reporterId: null,
    metrics: {
      reposts: Number(row[8]) || null,
      comments: Number(row[9]) || null,
      likes: Number(row[10]) || null,
      views: Number(row[11]) || null,
    },
    ...freshItemState(title, content, keys),
    provenance: [{ batchId, feed: 'cac', file: 'bench.xlsx', sheet: 'Sheet1', row: index + 2, reportedAt: nowIso }],
    externalId,
    rootExternalId: null,
    parentExternalId: null,
    createdAt: nowIso,
    updatedAt: nowIso,
    rev: 1,
  };
}

const bench = {
  async rawParse(url: string): Promise<{ ms: number; rows: number }> {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const started = performance.now();
    // The same read as the import's own (shared/import/decode/workbook.ts), which is the fair baseline: the
    // import needs exactly these cells, and SheetJS's defaults would also build HTML and styles it never uses.
    // readWorkbook is also what lets a browser read a 300,000-row file at all (see decode/byte-string.ts).
    const book = readWorkbook({ kind: 'binary', bytes }, workbookReadOptions(DEFAULT_LIMITS));
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    parsedRows = sheet ? XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 }) : [];
    return { ms: performance.now() - started, rows: parsedRows.length - 1 };
  },

  /** bulkAdd of one item-shaped row per data row parsed above, into an empty items table with its real indexes. */
  async rawBulkAdd(): Promise<{ ms: number; rows: number }> {
    const nowIso = new Date().toISOString();
    const batchId = newId();
    const rows = parsedRows.slice(1).map((row, index) => toItemRow(itemOf(row, index, nowIso, batchId)));
    parsedRows = [];
    const db = await openDeskDatabase('import-bench-bulk-add');
    await db.items.clear();
    const started = performance.now();
    await db.items.bulkAdd(rows);
    const ms = performance.now() - started;
    db.close();
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase('import-bench-bulk-add');
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
    return { ms, rows: rows.length };
  },
};

(window as unknown as { importBench: typeof bench }).importBench = bench;
