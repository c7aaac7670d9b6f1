// The baselines of `npm run bench -- import` (issue 3 item 14), measured in the same Chromium as the app:
// raw SheetJS reading the workbook, and raw Dexie bulkAdd of as many item-shaped rows into the items table.
// Only scripts/bench/import.ts loads this page; the app never does.
import * as XLSX from 'xlsx';
import type { Item } from '../../../../shared/domain/types';
import { DEFAULT_LIMITS } from '../../../../shared/import/decode/limits';
import { readWorkbook, workbookReadOptions } from '../../../../shared/import/decode/workbook';
import { openDeskDatabase, toItemRow } from '../../../db';

let parsedRows: unknown[][] = [];

function text(value: unknown): string | null {
  return value === undefined || value === null || value === '' ? null : String(value);
}

function itemOf(row: unknown[], index: number, nowIso: string): Item {
  return {
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    kind: 'online',
    feeds: ['cac'],
    platform: text(row[5]),
    title: text(row[2]),
    content: text(row[3]),
    url: text(row[4]),
    account: text(row[6]),
    publishedAt: nowIso,
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
    tags: [],
    eventId: null,
    assessment: { sentiment: null, risk: null, veracity: null, category: null, assessedBy: null, assessedAt: null },
    status: 'new',
    actions: [],
    notOpinion: false,
    fingerprint: `fp-${index}`,
    simhash: null,
    provenance: [{ batchId: null, feed: 'cac', file: 'bench.xlsx', sheet: 'Sheet1', row: index + 2, reportedAt: nowIso }],
    externalId: text(row[1]),
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
    const rows = parsedRows.slice(1).map((row, index) => toItemRow(itemOf(row, index, nowIso)));
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
