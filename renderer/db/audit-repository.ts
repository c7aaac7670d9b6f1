import { AuditChainVerifier, type AuditChainResult, type AuditHead } from '../../shared/audit/chain';
import type { AuditEntry } from '../../shared/domain/types';
import type { DeskDatabase } from './database';

const VERIFY_CHUNK = 2_000;

export interface VerifyOptions {
  /** entries read per step; the log is never held in memory whole */
  chunkSize?: number;
  /** a head recorded earlier (e.g. in a backup manifest): also catches entries cut off the end */
  knownHead?: AuditHead;
  onProgress?: (verified: number, total: number) => void;
}

export function createAuditRepository(db: DeskDatabase) {
  const table = db.auditLog;
  return {
    count: () => table.count(),

    async head(): Promise<AuditHead | null> {
      const last = await table.orderBy('seq').last();
      return last ? { seq: last.seq, hash: last.hash } : null;
    },

    /** Up to `limit` entries from seq `fromSeq` on, oldest first. */
    range: (fromSeq: number, limit: number) => table.where('seq').aboveOrEqual(fromSeq).limit(limit).toArray(),

    /** Up to `limit` entries before seq `beforeSeq` (or the newest), newest first: the 操作日志 page. */
    latest: (limit: number, beforeSeq?: number) =>
      (beforeSeq === undefined ? table.orderBy('seq') : table.where('seq').below(beforeSeq)).reverse().limit(limit).toArray(),

    /** The history of one record ('items:<id>'), including the bulk writes that listed it, oldest first. */
    async forTarget(target: string): Promise<AuditEntry[]> {
      const separator = target.indexOf(':');
      const tableName = target.slice(0, separator);
      const key = target.slice(separator + 1);
      const [direct, bulk] = await Promise.all([
        table.where('target').equals(target).toArray(),
        table.where('items').equals(key).toArray(),
      ]);
      const entries = new Map<number, AuditEntry>();
      for (const entry of direct) entries.set(entry.seq, entry);
      for (const entry of bulk) if (entry.target === `${tableName}:*`) entries.set(entry.seq, entry);
      return [...entries.values()].sort((a, b) => a.seq - b.seq);
    },

    /** Walks the whole log chunk by chunk in stored order and reports the first bad entry. */
    async verify(options: VerifyOptions = {}): Promise<AuditChainResult> {
      const chunkSize = options.chunkSize ?? VERIFY_CHUNK;
      const verifier = new AuditChainVerifier(options.knownHead ? { knownHead: options.knownHead } : {});
      const total = await table.count();
      let verified = 0;
      let lastKey: number | null = null;
      while (!verifier.settled) {
        const chunk: AuditEntry[] = await (lastKey === null ? table.orderBy('seq') : table.where('seq').above(lastKey))
          .limit(chunkSize)
          .toArray();
        if (chunk.length === 0) break;
        verifier.push(chunk);
        verified += chunk.length;
        lastKey = (chunk.at(-1) as AuditEntry).seq;
        options.onProgress?.(verified, total);
      }
      return verifier.finish();
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
