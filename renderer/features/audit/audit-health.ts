// The audit chain checked in the background: at start and whenever the analyst asks. The log is read a
// chunk at a time and hashed in slices of a few milliseconds, yielding to the UI between slices, so even a
// million entries never hold the page for more than the design's 50 ms. The outcome feeds the status bar
// (a warning on a break) and the 操作日志 page (the first bad entry).
import { create } from 'zustand';
import { AuditChainVerifier, type AuditChainResult } from '../../../shared/audit/chain';
import type { AuditEntry } from '../../../shared/domain/types';
import type { Repositories } from '../../db';
import { useAuditLog } from './audit-store';

export type AuditHealthRepositories = { audit: Pick<Repositories['audit'], 'range'> };

interface AuditHealthState {
  checking: boolean;
  result: AuditChainResult | null;
}

export const useAuditHealth = create<AuditHealthState>(() => ({ checking: false, result: null }));

export interface SliceOptions {
  /** longest stretch of hashing before the UI gets its turn */
  budgetMs?: number;
  /** entries read from the store per request */
  readChunk?: number;
  now?: () => number;
  yieldToUi?: () => Promise<void>;
}

const BUDGET_MS = 25;
const READ_CHUNK = 500;

export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Walks the stored log in seq order, as the repository's verify() does, but in time slices. */
export async function verifyInSlices(repositories: AuditHealthRepositories, options: SliceOptions = {}): Promise<AuditChainResult> {
  const budget = options.budgetMs ?? BUDGET_MS;
  const readChunk = options.readChunk ?? READ_CHUNK;
  const now = options.now ?? (() => performance.now());
  const pause = options.yieldToUi ?? yieldToUi;
  const verifier = new AuditChainVerifier();
  let next = 1;
  let sliceStart = now();
  while (!verifier.settled) {
    const chunk: AuditEntry[] = await repositories.audit.range(next, readChunk);
    if (chunk.length === 0) break;
    for (const entry of chunk) {
      verifier.push([entry]);
      if (verifier.settled) break;
      // One entry can be large (a bulk write lists every id), so the clock is read after each one.
      if (now() - sliceStart >= budget) {
        await pause();
        sliceStart = now();
      }
    }
    next = (chunk.at(-1) as AuditEntry).seq + 1;
  }
  return verifier.finish();
}

let running: Promise<AuditChainResult> | null = null;

/** Checks the chain unless a check is already running, and publishes the outcome. */
export function checkAuditChain(repositories: AuditHealthRepositories, options: SliceOptions = {}): Promise<AuditChainResult> {
  if (running) return running;
  useAuditHealth.setState({ checking: true });
  useAuditLog.setState({ verifying: true, verification: null });
  running = verifyInSlices(repositories, options)
    .then((result) => {
      useAuditHealth.setState({ result });
      useAuditLog.setState({ verification: result });
      return result;
    })
    .finally(() => {
      running = null;
      useAuditHealth.setState({ checking: false });
      useAuditLog.setState({ verifying: false });
    });
  return running;
}
