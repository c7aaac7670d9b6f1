import type { Feed } from '../../../shared/domain/types';
import type { ImportResult } from '../../../shared/import';
import type { Repositories } from '../../../renderer/db';
import { nameLookups } from '../../../renderer/features/import/write-import';
import { analyst } from '../db/harness';

// The store-side steps of an import, taken one at a time so a test can stop between them as a reload would.

const SETTINGS = { year: null, tz: 'Asia/Shanghai', encoding: null, sheets: [], templateId: null, fileHashes: {}, fileRows: {} };

export function startTestBatch(repos: Repositories, results: readonly ImportResult[], feed: Feed) {
  return repos.imports.startBatch(
    {
      files: results.map((result) => result.file),
      feed,
      kind: 'online',
      settings: SETTINGS,
      counts: { warnings: 0, rejected: 0, skipped: 0 },
    },
    analyst,
  );
}

/** Writes the first `count` parsed rows of a file as one whole chunk, as the first window did before it was reloaded. */
export function writeFirstRows(repos: Repositories, batchId: string, result: ImportResult, count: number) {
  return repos.imports.writeChunk(
    batchId,
    {
      file: result.file,
      rows: result.items.slice(0, count).map((imported, index) => ({ index, imported })),
      earlierIds: new Map(),
      ...nameLookups([], []),
    },
    analyst,
  );
}
