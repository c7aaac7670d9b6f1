// What the audit log says changed since the index was current. Every write of any window or worker
// (imports, bulk edits, undo) leaves an entry, so reading them is how the index catches up.
import type { AuditEntry } from '../../../../shared/domain/types';
import type { IndexRepository } from '../../../db/index-repository';

const AUDIT_PAGE = 2_000;

export interface AuditChanges {
  itemIds: Set<string>;
  /** spread edges or import batches changed: the hasSpread and suspected flags are read again */
  flagsChanged: boolean;
  /** the last entry read */
  seq: number;
  hash: string | null;
  /** more items changed than `limit`: building again is cheaper than catching up (reading stopped there) */
  overLimit: boolean;
}

export async function auditChangesSince(
  repo: Pick<IndexRepository, 'auditAfter'>,
  seq: number,
  hash: string | null,
  limit: number,
): Promise<AuditChanges> {
  const changes: AuditChanges = { itemIds: new Set(), flagsChanged: false, seq, hash, overLimit: false };
  for (;;) {
    const entries = await repo.auditAfter(changes.seq, AUDIT_PAGE);
    if (entries.length === 0) return changes;
    for (const entry of entries) {
      collectItemIds(entry, changes.itemIds);
      if (entry.target.startsWith('spreadEdges:') || entry.target.startsWith('importBatches:')) changes.flagsChanged = true;
    }
    const last = entries.at(-1) as AuditEntry;
    changes.seq = last.seq;
    changes.hash = last.hash;
    if (changes.itemIds.size > limit) return { ...changes, overLimit: true };
  }
}

/** The item ids an audit entry touched. */
export function collectItemIds(entry: AuditEntry, into: Set<string>): void {
  if (!entry.target.startsWith('items:')) return;
  if (entry.target === 'items:*') for (const id of entry.items ?? []) into.add(id);
  else into.add(entry.target.slice('items:'.length));
}
