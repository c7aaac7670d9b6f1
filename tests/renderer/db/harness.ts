import { afterEach, beforeEach, expect } from 'vitest';
import { verifyAuditChain } from '../../../shared/audit/chain';
import type { AuditEntry } from '../../../shared/domain/types';
import { createRepositories, openDeskDatabase, type DeskDatabase, type OpenOptions, type Repositories } from '../../../renderer/db';

import { resetBuilderSequence } from '../../builders';

let databases = 0;

export function uniqueDatabaseName(purpose: string): string {
  databases += 1;
  return `test-${purpose}-${databases}`;
}

/** A clock that ticks one second per call, from 2026-03-02 09:00 Beijing time. */
export function steppingClock(): () => Date {
  let tick = 0;
  return () => new Date(Date.UTC(2026, 2, 2, 1, 0, tick++));
}

export interface TestStore {
  db: DeskDatabase;
  repos: Repositories;
}

export async function openTestStore(purpose: string, options: OpenOptions = {}): Promise<TestStore> {
  const db = await openDeskDatabase(uniqueDatabaseName(purpose), options);
  return { db, repos: createRepositories(db, { clock: steppingClock() }) };
}

/** A fresh store for each test of a file, closed after it; builders count from the start each time. */
export function useTestStore(purpose: string, take: (store: TestStore) => void): void {
  let current: TestStore | null = null;
  beforeEach(async () => {
    resetBuilderSequence();
    current = await openTestStore(purpose);
    take(current);
  });
  afterEach(() => current?.db.close());
}

export const analyst = { actor: '9f000000-0000-4000-8000-000000000001' };

/** The audit log in order, after checking its hash chain is unbroken. */
export async function intactAuditLog(db: DeskDatabase): Promise<AuditEntry[]> {
  const entries = await db.auditLog.orderBy('seq').toArray();
  expect(verifyAuditChain(entries)).toMatchObject({ ok: true });
  return entries;
}
