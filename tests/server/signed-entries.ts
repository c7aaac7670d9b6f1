// Builders for what a desk pushes: a chain of audit entries, each signed by its author, with its rows.
import { ed25519 } from '@noble/curves/ed25519.js';
import { appendAuditEntry } from '../../shared/audit/chain';
import type { AuditDraft } from '../../shared/audit/chain';
import type { AuditEntry } from '../../shared/domain/types';
import { buildItem } from '../builders';

export interface PushedEntryDraft {
  entry: AuditEntry;
  signature: string;
  rows: { table: string; key: string; row: Record<string, unknown> | null }[];
}

export function signEntry(entry: AuditEntry, privateKey: Uint8Array): string {
  return Buffer.from(ed25519.sign(new TextEncoder().encode(entry.hash), privateKey)).toString('base64');
}

/** `count` entries continuing `previous`, each creating one item, signed by `actor`'s key. */
export function buildItemEntries(
  actor: string,
  privateKey: Uint8Array,
  count: number,
  previous: AuditEntry | null = null,
  prefix = 'item',
): PushedEntryDraft[] {
  const drafts: PushedEntryDraft[] = [];
  let last = previous;
  for (let index = 0; index < count; index += 1) {
    const seq = (last?.seq ?? 0) + 1;
    const item = buildItem({ id: `${prefix}-${seq}`, title: `条目 ${seq}` });
    const entry = appendAuditEntry(last, {
      at: `2026-03-02T09:${String(seq % 60).padStart(2, '0')}:00+08:00`,
      actor,
      action: 'items.create',
      target: `items:${item.id}`,
      before: null,
      after: { title: item.title },
    });
    drafts.push({
      entry,
      signature: signEntry(entry, privateKey),
      rows: [{ table: 'items', key: item.id, row: item as unknown as Record<string, unknown> }],
    });
    last = entry;
  }
  return drafts;
}

type PushedRow = PushedEntryDraft['rows'][number];

/** One entry continuing `previous` (at a fixed test time unless given), signed with `privateKey`, with its rows. */
export function signedEntry(
  previous: AuditEntry | null,
  privateKey: Uint8Array,
  draft: Omit<AuditDraft, 'at' | 'before' | 'after'> & Partial<Pick<AuditDraft, 'at' | 'before' | 'after'>>,
  rows: PushedRow[] = [],
): PushedEntryDraft {
  const entry = appendAuditEntry(previous, { at: '2026-03-02T10:00:00+08:00', before: null, after: null, ...draft });
  return { entry, signature: signEntry(entry, privateKey), rows };
}
