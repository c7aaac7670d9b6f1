import { describe, expect, it } from 'vitest';
import {
  AuditChainVerifier,
  GENESIS_HASH,
  appendAuditEntry,
  hashAuditEntry,
  verifyAgainstHead,
  verifyAuditChain,
} from '../../../shared/audit/chain';
import { canonicalJson } from '../../../shared/crypto/canonical-json';
import { sha256Hex } from '../../../shared/crypto/sha256';
import type { AuditEntry } from '../../../shared/domain/types';
import { buildAuditChain, buildAuditDraft } from '../../builders/audit';

function at(entries: AuditEntry[], index: number): AuditEntry {
  const entry = entries[index];
  if (!entry) throw new Error(`no entry at ${index}`);
  return entry;
}

describe('appendAuditEntry', () => {
  it('starts at seq 1 from the genesis hash', () => {
    const first = appendAuditEntry(null, buildAuditDraft(1));
    expect(first.seq).toBe(1);
    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
  });

  it('links each entry to the hash of the one before', () => {
    const [first, second] = buildAuditChain(2);
    expect(second?.seq).toBe(2);
    expect(second?.prevHash).toBe(first?.hash);
  });

  it('hashes the canonical JSON of exactly the named fields', () => {
    const entry = appendAuditEntry(null, buildAuditDraft(1, { items: ['b', 'a'] }));
    const expected = sha256Hex(
      canonicalJson({
        seq: 1,
        at: entry.at,
        actor: entry.actor,
        action: entry.action,
        target: entry.target,
        items: ['b', 'a'],
        before: entry.before,
        after: entry.after,
        prevHash: GENESIS_HASH,
      }),
    );
    expect(entry.hash).toBe(expected);
    expect(hashAuditEntry({ ...entry, ...{ extra: 'ignored' } })).toBe(expected);
  });
});

describe('verifyAuditChain', () => {
  it('passes an intact chain and reports its head', () => {
    const entries = buildAuditChain(8);
    expect(verifyAuditChain(entries)).toEqual({ ok: true, count: 8, head: { seq: 8, hash: at(entries, 7).hash } });
  });

  it('passes an empty log', () => {
    expect(verifyAuditChain([])).toEqual({ ok: true, count: 0, head: null });
  });

  it('catches an altered field and names that entry', () => {
    const entries = buildAuditChain(8);
    entries[4] = { ...at(entries, 4), after: { status: 'closed' } };
    expect(verifyAuditChain(entries)).toMatchObject({ ok: false, problem: 'altered', firstBadSeq: 5, index: 4 });
  });

  it('catches an entry rewritten and re-hashed, through the broken link after it', () => {
    const entries = buildAuditChain(8);
    const rewritten = { ...at(entries, 3), actor: 'someone-else' };
    entries[3] = { ...rewritten, hash: hashAuditEntry(rewritten) };
    expect(verifyAuditChain(entries)).toMatchObject({ ok: false, problem: 'altered', firstBadSeq: 4, index: 3 });
  });

  it('catches an entry removed from the middle and names the missing seq', () => {
    const entries = buildAuditChain(8);
    entries.splice(3, 1);
    const result = verifyAuditChain(entries);
    expect(result).toMatchObject({ ok: false, problem: 'removed', firstBadSeq: 4, index: 3 });
    expect(!result.ok && result.message).toContain('第 4 条');
  });

  it('catches a forged entry with a valid-looking hash inserted in the middle', () => {
    const entries = buildAuditChain(8);
    const forged = appendAuditEntry(at(entries, 2), buildAuditDraft(99, { action: 'items.remove' }));
    entries.splice(3, 0, forged);
    expect(verifyAuditChain(entries)).toMatchObject({ ok: false, problem: 'inserted', firstBadSeq: 4, index: 3 });
  });

  it('catches a forged entry whose link is invented', () => {
    const entries = buildAuditChain(8);
    const invented = { seq: 4, ...buildAuditDraft(98), prevHash: 'f'.repeat(64) };
    entries.splice(3, 0, { ...invented, hash: hashAuditEntry(invented) });
    expect(verifyAuditChain(entries)).toMatchObject({ ok: false, problem: 'inserted', index: 3 });
  });

  it.each([
    ['neighbouring', 8, 4, 5, { firstBadSeq: 6, index: 4 }],
    ['distant', 10, 1, 7, { firstBadSeq: 8, index: 1 }],
  ] as const)('catches two %s entries swapped', (_, length, first, second, where) => {
    const entries = buildAuditChain(length);
    [entries[first], entries[second]] = [at(entries, second), at(entries, first)];
    expect(verifyAuditChain(entries)).toMatchObject({ ok: false, problem: 'reordered', ...where });
  });

  it('reports only the first bad entry when several are bad', () => {
    const entries = buildAuditChain(10);
    entries[7] = { ...at(entries, 7), actor: 'x' };
    entries.splice(2, 1);
    expect(verifyAuditChain(entries)).toMatchObject({ ok: false, problem: 'removed', firstBadSeq: 3 });
  });

  it('cannot see the last entry removed, so verifyAgainstHead can', () => {
    const entries = buildAuditChain(8);
    const head = { seq: 8, hash: at(entries, 7).hash };
    const truncated = entries.slice(0, 7);
    expect(verifyAuditChain(truncated).ok).toBe(true);
    expect(verifyAgainstHead(truncated, head)).toMatchObject({ ok: false, problem: 'removed', firstBadSeq: 8, index: 7 });
  });

  it('verifyAgainstHead accepts a log that grew after the head was recorded', () => {
    const entries = buildAuditChain(8);
    expect(verifyAgainstHead(entries, { seq: 5, hash: at(entries, 4).hash })).toMatchObject({ ok: true, count: 8 });
  });

  it('verifyAgainstHead catches the whole tail rewritten into a valid-looking chain', () => {
    const entries = buildAuditChain(8);
    const head = { seq: 8, hash: at(entries, 7).hash };
    const rewritten = entries.slice(0, 7);
    rewritten.push(appendAuditEntry(at(rewritten, 6), buildAuditDraft(8, { actor: 'someone-else' })));
    expect(verifyAuditChain(rewritten).ok).toBe(true);
    expect(verifyAgainstHead(rewritten, head)).toMatchObject({ ok: false, problem: 'altered', firstBadSeq: 8 });
  });
});

describe('AuditChainVerifier (streaming)', () => {
  function chunks<T>(values: T[], size: number): T[][] {
    const out: T[][] = [];
    for (let start = 0; start < values.length; start += size) out.push(values.slice(start, start + size));
    return out;
  }

  it('gives the same verdict chunk by chunk as all at once', () => {
    const tamperings: Array<(entries: AuditEntry[]) => void> = [
      () => undefined,
      (entries) => entries.splice(20, 1),
      (entries) => {
        entries[33] = { ...at(entries, 33), target: 'items:other' };
      },
      (entries) => {
        const [a, b] = [at(entries, 29), at(entries, 30)];
        entries[29] = b;
        entries[30] = a;
      },
      (entries) => entries.splice(40, 0, appendAuditEntry(at(entries, 39), buildAuditDraft(500))),
    ];
    for (const tamper of tamperings) {
      const entries = buildAuditChain(64);
      tamper(entries);
      const whole = verifyAuditChain(entries);
      for (const size of [1, 7, 30]) {
        const verifier = new AuditChainVerifier();
        for (const chunk of chunks(entries, size)) verifier.push(chunk);
        expect(verifier.finish()).toEqual(whole);
      }
    }
  });

  it('settles early on an altered entry so the caller can stop reading', () => {
    const entries = buildAuditChain(20);
    entries[2] = { ...at(entries, 2), actor: 'x' };
    const verifier = new AuditChainVerifier();
    verifier.push(entries.slice(0, 5));
    expect(verifier.settled).toBe(true);
    expect(verifier.finish()).toMatchObject({ ok: false, problem: 'altered', firstBadSeq: 3 });
  });

  it('classifies a break at the end of its lookahead window', () => {
    const entries = buildAuditChain(20);
    entries.splice(5, 1);
    const verifier = new AuditChainVerifier({ lookahead: 3 });
    verifier.push(entries.slice(0, 9));
    expect(verifier.settled).toBe(true);
    expect(verifier.finish()).toMatchObject({ ok: false, problem: 'removed', firstBadSeq: 6 });
  });
});
