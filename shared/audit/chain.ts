// The append-only, hash-chained operation log (操作日志). Each entry commits to the one
// before it through prevHash, so an edit, a deletion, an insertion or a reordering anywhere in the stored
// log breaks a link that verification finds. Hashing is synchronous (see shared/crypto/sha256.ts) because
// entries are appended inside Dexie transactions.
import type { AuditEntry } from '../domain/types';
import { canonicalJson } from '../crypto/canonical-json';
import { sha256Hex } from '../crypto/sha256';

export const GENESIS_HASH = '0'.repeat(64);

/** What a writer supplies; the chain supplies seq, prevHash and hash. */
export type AuditDraft = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

export type UnhashedAuditEntry = Omit<AuditEntry, 'hash'>;

export interface AuditHead {
  seq: number;
  hash: string;
}

export type AuditProblem = 'altered' | 'removed' | 'inserted' | 'reordered';

export type AuditChainResult =
  | { ok: true; count: number; head: AuditHead | null }
  | { ok: false; firstBadSeq: number; index: number; problem: AuditProblem; message: string };

export function hashAuditEntry(entry: UnhashedAuditEntry): string {
  // Named fields only, so a stray property added by storage never changes the hash.
  const { seq, at, actor, action, target, items, before, after, prevHash } = entry;
  return sha256Hex(canonicalJson({ seq, at, actor, action, target, items, before: before ?? null, after: after ?? null, prevHash }));
}

export function appendAuditEntry(prev: AuditEntry | null, draft: AuditDraft): AuditEntry {
  const unhashed: UnhashedAuditEntry = {
    seq: prev ? prev.seq + 1 : 1,
    at: draft.at,
    actor: draft.actor,
    action: draft.action,
    target: draft.target,
    ...(draft.items ? { items: draft.items } : {}),
    before: draft.before ?? null,
    after: draft.after ?? null,
    prevHash: prev ? prev.hash : GENESIS_HASH,
  };
  return { ...unhashed, hash: hashAuditEntry(unhashed) };
}

/** Verifies a whole log held in memory, entries in stored order. */
export function verifyAuditChain(entries: readonly AuditEntry[]): AuditChainResult {
  const verifier = new AuditChainVerifier();
  verifier.push(entries);
  return verifier.finish();
}

/**
 * Also catches what the chain alone cannot: entries removed from (or rewritten at) the end of the log. `head` is
 * a head recorded earlier, e.g. in a backup manifest; the log may have grown since, but never shrunk.
 */
export function verifyAgainstHead(entries: readonly AuditEntry[], head: AuditHead): AuditChainResult {
  const verifier = new AuditChainVerifier({ knownHead: head });
  verifier.push(entries);
  return verifier.finish();
}

// How far past a broken link the verifier keeps reading to tell a reordering or an insertion from a removal.
const DEFAULT_LOOKAHEAD = 10_000;

interface PendingBreak {
  entry: AuditEntry;
  index: number;
  expectedSeq: number;
  expectedPrevHash: string;
  previous: AuditEntry | null;
  beforePrevious: AuditEntry | null;
  laterHashes: Set<string>;
  laterLinks: Set<string>;
  seen: number;
}

/**
 * Verifies a log chunk by chunk, so a million entries never sit in memory at once. Feed chunks in stored
 * order with push(), stop early once `settled` is true, then call finish().
 */
export class AuditChainVerifier {
  private readonly knownHead: AuditHead | null;
  private readonly lookahead: number;
  private previous: AuditEntry | null = null;
  private beforePrevious: AuditEntry | null = null;
  private index = 0;
  private headHashSeen = false;
  private pending: PendingBreak | null = null;
  private result: AuditChainResult | null = null;

  constructor(options: { knownHead?: AuditHead; lookahead?: number } = {}) {
    this.knownHead = options.knownHead ?? null;
    this.lookahead = options.lookahead ?? DEFAULT_LOOKAHEAD;
  }

  /** True once the outcome is decided: reading further entries cannot change it. */
  get settled(): boolean {
    return this.result !== null;
  }

  push(chunk: readonly AuditEntry[]): void {
    for (const entry of chunk) {
      if (this.result) return;
      if (this.pending) this.observeAfterBreak(entry);
      else this.check(entry);
      this.index += 1;
    }
  }

  finish(): AuditChainResult {
    if (this.result) return this.result;
    if (this.pending) return (this.result = classifyBreak(this.pending));
    const head = this.previous ? { seq: this.previous.seq, hash: this.previous.hash } : null;
    const headProblem = this.checkKnownHead(head);
    return (this.result = headProblem ?? { ok: true, count: this.index, head });
  }

  private check(entry: AuditEntry): void {
    if (hashAuditEntry(entry) !== entry.hash) {
      this.result = failure('altered', entry.seq, this.index);
      return;
    }
    const expectedSeq = this.previous ? this.previous.seq + 1 : 1;
    const expectedPrevHash = this.previous ? this.previous.hash : GENESIS_HASH;
    if (entry.seq !== expectedSeq || entry.prevHash !== expectedPrevHash) {
      this.pending = {
        entry,
        index: this.index,
        expectedSeq,
        expectedPrevHash,
        previous: this.previous,
        beforePrevious: this.beforePrevious,
        laterHashes: new Set(),
        laterLinks: new Set(),
        seen: 0,
      };
      if (this.lookahead === 0) this.result = classifyBreak(this.pending);
      return;
    }
    if (this.knownHead && entry.seq === this.knownHead.seq) {
      if (entry.hash !== this.knownHead.hash) {
        this.result = failure('altered', entry.seq, this.index);
        return;
      }
      this.headHashSeen = true;
    }
    this.beforePrevious = this.previous;
    this.previous = entry;
  }

  private observeAfterBreak(entry: AuditEntry): void {
    const pending = this.pending as PendingBreak;
    pending.laterHashes.add(entry.hash);
    pending.laterLinks.add(linkKey(entry.seq, entry.prevHash));
    pending.seen += 1;
    if (pending.seen >= this.lookahead) this.result = classifyBreak(pending);
  }

  private checkKnownHead(head: AuditHead | null): AuditChainResult | null {
    if (!this.knownHead || this.headHashSeen) return null;
    const lastSeq = head?.seq ?? 0;
    if (lastSeq < this.knownHead.seq) return failure('removed', lastSeq + 1, this.index);
    return null;
  }
}

function linkKey(seq: number, prevHash: string): string {
  return `${seq}:${prevHash}`;
}

// A self-consistent entry that does not link to its predecessor. Which tampering explains it best decides
// the report; the order of the tests matters (a swap also looks like an insertion from one side).
function classifyBreak(pending: PendingBreak): AuditChainResult {
  const { entry, index, expectedSeq, expectedPrevHash, previous, beforePrevious } = pending;
  // It depends on an entry stored after it: entries were moved.
  if (pending.laterHashes.has(entry.prevHash)) return failure('reordered', entry.seq, index);
  // The genuine successor of `previous` comes later: this one was slipped in.
  if (pending.laterLinks.has(linkKey(expectedSeq, expectedPrevHash))) return failure('inserted', entry.seq, index);
  // It links to the entry two back: the one in between was slipped in.
  if (previous && beforePrevious && entry.prevHash === beforePrevious.hash) return failure('inserted', previous.seq, index - 1);
  if (entry.seq > expectedSeq) return failure('removed', expectedSeq, index);
  // Right number, wrong link: the previous entry was rewritten and re-hashed.
  if (entry.seq === expectedSeq && previous) return failure('altered', previous.seq, index - 1);
  if (entry.seq === expectedSeq) return failure('altered', entry.seq, index);
  return failure('inserted', entry.seq, index);
}

const MESSAGES: Record<AuditProblem, (seq: number) => string> = {
  altered: (seq) => `操作日志第 ${seq} 条的内容被改动过（哈希不符）。`,
  removed: (seq) => `操作日志第 ${seq} 条缺失（已被删除）。`,
  inserted: (seq) => `操作日志第 ${seq} 条是插入的伪造记录（与前后记录的链接不符）。`,
  reordered: (seq) => `操作日志第 ${seq} 条的顺序被调换过。`,
};

function failure(problem: AuditProblem, firstBadSeq: number, index: number): AuditChainResult {
  return { ok: false, firstBadSeq, index, problem, message: MESSAGES[problem](firstBadSeq) };
}
