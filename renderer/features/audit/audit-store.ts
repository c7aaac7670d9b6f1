import { create } from 'zustand';
import type { AuditChainResult } from '../../../shared/audit/chain';
import type { AuditEntry } from '../../../shared/domain/types';
import type { Repositories } from '../../db';

export const AUDIT_PAGE_SIZE = 50;

export type AuditRepositories = {
  audit: Pick<Repositories['audit'], 'count' | 'latest' | 'verify'>;
  profiles: Pick<Repositories['profiles'], 'list'>;
};

interface AuditState {
  entries: AuditEntry[];
  total: number;
  /** beforeSeq of each page shown so far; the last is the current page (undefined: the newest) */
  cursors: (number | undefined)[];
  /** profile id → name, to show people instead of ids */
  names: Map<string, string>;
  loading: boolean;
  verifying: boolean;
  verification: AuditChainResult | null;
}

export const useAuditLog = create<AuditState>(() => ({
  entries: [],
  total: 0,
  cursors: [undefined],
  names: new Map(),
  loading: false,
  verifying: false,
  verification: null,
}));

async function show(repositories: AuditRepositories, cursors: (number | undefined)[]): Promise<void> {
  useAuditLog.setState({ loading: true });
  const [entries, total, profiles] = await Promise.all([
    repositories.audit.latest(AUDIT_PAGE_SIZE, cursors.at(-1)),
    repositories.audit.count(),
    repositories.profiles.list(),
  ]);
  useAuditLog.setState({ entries, total, cursors, names: new Map(profiles.map((profile) => [profile.id, profile.name])), loading: false });
}

export function showNewest(repositories: AuditRepositories): Promise<void> {
  return show(repositories, [undefined]);
}

export function showOlder(repositories: AuditRepositories): Promise<void> {
  const { entries, cursors } = useAuditLog.getState();
  const oldest = entries.at(-1);
  if (!oldest) return Promise.resolve();
  return show(repositories, [...cursors, oldest.seq]);
}

export function showNewer(repositories: AuditRepositories): Promise<void> {
  const { cursors } = useAuditLog.getState();
  return show(repositories, cursors.length > 1 ? cursors.slice(0, -1) : [undefined]);
}

export async function verifyLog(repositories: AuditRepositories): Promise<void> {
  useAuditLog.setState({ verifying: true, verification: null });
  try {
    useAuditLog.setState({ verification: await repositories.audit.verify() });
  } finally {
    useAuditLog.setState({ verifying: false });
  }
}
