// Writes parsed files into the store chunk by chunk. Rows come from wherever the
// parse happened (the worker, or memory in tests) through `read`, so a 100k-row file is never copied whole.
import type { ImportedItem } from '../../../shared/import/result';
import { NearDuplicateIndex } from '../../../shared/import/dedup/simhash';
import type { WriteContext } from '../../db/audited-write';
import type { ChunkRow, FinalCounts, ImportBatchRecord, ImportRepository, SuspectedDuplicate } from '../../db/import-repository';

// Each chunk costs a transaction, two reads and an audit entry besides its rows: at 2,000 rows the 100k-row
// bench spent seconds more on them than at 5,000, which still reports progress about every second.
export const DEFAULT_CHUNK_SIZE = 5000;
/** Near-duplicates are looked for among items reported this many days before the import. */
export const NEAR_DUPLICATE_WINDOW_DAYS = 7;

export interface FileToWrite {
  file: string;
  /**
   * Accepted rows, for progress. While the worker is still converting the file this is what it expects; the
   * file ends where a read returns fewer rows than asked for.
   */
  readonly accepted: number;
  /** rows already written by an earlier, interrupted run of the same batch */
  skip?: number;
  read(from: number, to: number): Promise<ImportedItem[]>;
}

export interface NameLookups {
  unitIds: ReadonlyMap<string, string>;
  reporterIds: ReadonlyMap<string, string>;
}

export interface WriteProgress {
  phase: 'writing' | 'undoing';
  done: number;
  total: number;
}

export interface WriteRequest {
  imports: ImportRepository;
  batchId: string;
  files: readonly FileToWrite[];
  names: NameLookups;
  ctx: WriteContext;
  importTime: number;
  chunkSize?: number;
  shouldCancel?: () => boolean;
  onProgress?: (progress: WriteProgress) => void;
  /** counts only the whole files tell (the worker may still be checking them when writing starts) */
  finalCounts?: () => Promise<FinalCounts>;
}

export interface WriteOutcome {
  state: 'complete' | 'cancelled';
  batch: ImportBatchRecord;
}

/** Batches written by this window right now: any other `running` batch was interrupted. */
export const liveBatchIds = new Set<string>();

export async function writeBatch(request: WriteRequest): Promise<WriteOutcome> {
  const { imports, batchId, ctx } = request;
  const chunkSize = Math.max(1, request.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const cancelled = () => request.shouldCancel?.() === true;
  const totalNow = () => request.files.reduce((sum, file) => sum + Math.max(0, file.accepted - (file.skip ?? 0)), 0);
  const total = totalNow();
  let written = 0;

  liveBatchIds.add(batchId);
  try {
    const near = new NearDuplicateIndex<string>();
    const since = new Date(request.importTime - NEAR_DUPLICATE_WINDOW_DAYS * 86_400_000).toISOString();
    for (const { id, simhash } of await imports.recentSimhashes(since)) near.add(id, simhash);
    const suspected: SuspectedDuplicate[] = [];
    const storedKeys = await imports.storedKeys(total);

    request.onProgress?.({ phase: 'writing', done: 0, total });
    for (const file of request.files) {
      const positionIds = new Map<number, string>();
      let from = file.skip ?? 0;
      let next: Promise<ImportedItem[]> | null = file.read(from, from + chunkSize);
      while (next) {
        if (cancelled()) return await cancel(request, written);
        let items: ImportedItem[];
        try {
          items = await next;
        } catch (error) {
          // The rest of the file could not be read (the parser failed on it): nothing of it may stay.
          await cancel(request, written);
          throw error;
        }
        if (items.length === 0) break;
        // the next chunk crosses from the worker (which may still be converting it) while this one is written
        next = items.length < chunkSize ? null : file.read(from + items.length, from + items.length + chunkSize);
        // a read left behind by cancel or a failed write must not surface as an unhandled rejection
        next?.catch(() => undefined);
        const start = from;
        const rows: ChunkRow[] = items.map((imported, offset) => ({ index: start + offset, imported }));
        from += items.length;
        const outcome = await imports.writeChunk(
          batchId,
          {
            file: file.file,
            rows,
            earlierIds: positionIds,
            unitIds: request.names.unitIds,
            reporterIds: request.names.reporterIds,
            storedKeys,
          },
          ctx,
        );
        const created = new Set(outcome.createdIds);
        rows.forEach((row, offset) => {
          const id = outcome.ids[offset];
          if (id === undefined) return;
          positionIds.set(row.index, id);
          const simhash = row.imported.simhash;
          if (!simhash || !created.has(id)) return;
          created.delete(id);
          const nearest = near.find(simhash)[0];
          if (nearest && nearest.key !== id) suspected.push({ itemId: id, ofItemId: nearest.key, distance: nearest.distance });
          near.add(id, simhash);
        });
        written += rows.length;
        request.onProgress?.({ phase: 'writing', done: written, total: Math.max(written, totalNow()) });
      }
    }
    if (cancelled()) return await cancel(request, written);
    await imports.addSuspected(batchId, suspected, ctx);
    return { state: 'complete', batch: await imports.completeBatch(batchId, ctx, await request.finalCounts?.()) };
  } finally {
    liveBatchIds.delete(batchId);
  }
}

async function cancel(request: WriteRequest, written: number): Promise<WriteOutcome> {
  request.onProgress?.({ phase: 'undoing', done: 0, total: written });
  const batch = await request.imports.undoBatch(request.batchId, request.ctx, {
    finalState: 'cancelled',
    onProgress: (done, total) => request.onProgress?.({ phase: 'undoing', done, total }),
  });
  return { state: 'cancelled', batch };
}

/** Name → id of active units and reporters, for rows that name who reported them. */
export function nameLookups(
  units: readonly { id: string; name: string }[],
  reporters: readonly { id: string; name: string }[],
): NameLookups {
  return {
    unitIds: new Map(units.map((unit) => [unit.name.trim(), unit.id])),
    reporterIds: new Map(reporters.map((reporter) => [reporter.name.trim(), reporter.id])),
  };
}
