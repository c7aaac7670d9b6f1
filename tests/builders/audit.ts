import type { AuditEntry } from '../../shared/domain/types';
import { appendAuditEntry, type AuditDraft } from '../../shared/audit/chain';

export function buildAuditDraft(n: number, overrides: Partial<AuditDraft> = {}): AuditDraft {
  const minute = String(n % 60).padStart(2, '0');
  return {
    at: `2026-03-02T09:${minute}:00+08:00`,
    actor: 'profile-analyst',
    action: 'items.update',
    target: `items:item-${n}`,
    before: { status: 'new' },
    after: { status: 'assessed' },
    ...overrides,
  };
}

/** A valid chain of `length` entries, seq 1…length. */
export function buildAuditChain(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let n = 1; n <= length; n += 1) entries.push(appendAuditEntry(entries.at(-1) ?? null, buildAuditDraft(n)));
  return entries;
}
