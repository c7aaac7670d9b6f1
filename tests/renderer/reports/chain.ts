import type { ReportSeries } from '../../../shared/domain/report-types';
import type { Profile } from '../../../shared/domain/types';
import { builtInSeries } from '../../../shared/report/series';
import type { Repositories } from '../../../renderer/db';
import { afterEach, beforeEach } from 'vitest';
import { resetBuilderSequence } from '../../builders';
import { openTestStore, type TestStore } from '../db/harness';

/** The daily series with its heading filled in, as an office sets it up before the first number. */
export const DAILY: ReportSeries = {
  ...(builtInSeries()[0] as ReportSeries),
  heading: { issuingOrganisation: '中共某盟委员会宣传部', recipient: '自治区党委宣传部' },
};

export interface ChainPeople {
  drafter: Profile;
  reviewer: Profile;
  signer: Profile;
}

/** The three people of the sign-off chain; with `pins`, the reviewer and signer switch in behind a PIN. */
export async function createChainPeople(repos: Repositories, { pins = false }: { pins?: boolean } = {}): Promise<ChainPeople> {
  const system = { actor: 'system' };
  return {
    drafter: await repos.profiles.create({ name: '王芳', role: 'drafter' }, system),
    reviewer: await repos.profiles.create({ name: '李科长', role: 'reviewer', ...(pins ? { pin: '1357' } : {}) }, system),
    signer: await repos.profiles.create({ name: '赵部长', role: 'signer', ...(pins ? { pin: '2468' } : {}) }, system),
  };
}

/**
 * A fresh store and the three chain people for each test of a file; the report repository and the
 * database close after it. Hooks the file registers later run before these close.
 */
export function useChainStore(purpose: string, take: (store: TestStore & ChainPeople) => void, options: { pins?: boolean } = {}): void {
  let current: TestStore | null = null;
  beforeEach(async () => {
    resetBuilderSequence();
    current = await openTestStore(purpose);
    take({ ...current, ...(await createChainPeople(current.repos, options)) });
  });
  afterEach(async () => {
    await current?.repos.reports.close();
    current?.db.close();
  });
}
