// Feedback recorded on a report through the sign-off chain counts for the unit that sent
// the item, on the 考核 dashboard, with no step in between.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../../shared/domain/report-types';
import type { Profile } from '../../../shared/domain/types';
import { loadDashboard } from '../../../renderer/features/units/assessment';
import { resetBuilderSequence } from '../../builders';
import { createChainPeople, DAILY } from './chain';
import { openTestStore, type TestStore } from '../db/harness';
import { storeWeek, FRIDAY_EVENING, WEEK, type Week } from '../units/week';

const ZONE = 'Asia/Shanghai';

let store: TestStore;
let week: Week;
let drafter: Profile;
let reviewer: Profile;
let signer: Profile;

beforeEach(async () => {
  resetBuilderSequence();
  store = await openTestStore('report-adoption-counts');
  week = await storeWeek(store.repos);
  ({ drafter, reviewer, signer } = await createChainPeople(store.repos));
});

afterEach(async () => {
  await store.repos.reports.close();
  store.db.close();
});

async function expectOk(pending: Promise<{ ok: boolean; message?: string }>): Promise<void> {
  const result = await pending;
  if (!result.ok) throw new Error(result.message);
}

/** A report holding the given items, taken through review and sign-off and submitted upward. */
async function submittedReport(itemIds: readonly string[]): Promise<Report> {
  const { reports } = store.repos;
  const draft = await reports.createDraft({ series: DAILY, year: 2026, date: '2026-10-16' }, { profileId: drafter.id });
  const items = itemIds.map((itemId) => ({ itemId, assessmentText: '需关注。' }));
  await expectOk(reports.apply(draft.id, { type: 'edit', changes: { items } }, { profileId: drafter.id }));
  await expectOk(reports.apply(draft.id, { type: 'submitForReview' }, { profileId: drafter.id }));
  await expectOk(reports.apply(draft.id, { type: 'approve' }, { profileId: reviewer.id }));
  await expectOk(reports.signOff(draft.id, '赵部长', { profileId: signer.id }));
  await expectOk(
    reports.apply(draft.id, { type: 'submit', channel: '机要交换', recipient: '自治区党委宣传部' }, { profileId: drafter.id }),
  );
  return draft;
}

async function steadyUnit() {
  const dashboard = await loadDashboard(store.repos.network, WEEK, FRIDAY_EVENING, ZONE);
  return dashboard.scores.units.find((unit) => unit.name === '东原旗委宣传部');
}

describe('adoption recorded on a report', () => {
  it('counts for the reporting unit on the dashboard, with the leader’s instruction given later', async () => {
    expect(await steadyUnit()).toMatchObject({ adopted: 0, withInstruction: 0 });
    const report = await submittedReport([week.adoptedItemId]);

    await expectOk(
      store.repos.reports.apply(
        report.id,
        { type: 'recordFeedback', adoptions: [{ itemId: week.adoptedItemId, instruction: false, instructionText: null }] },
        { profileId: drafter.id },
      ),
    );
    expect(await steadyUnit()).toMatchObject({ adopted: 1, withInstruction: 0, adoptionRate: 0.2 });

    await expectOk(
      store.repos.reports.apply(
        report.id,
        { type: 'recordFeedback', adoptions: [{ itemId: week.adoptedItemId, instruction: true, instructionText: '请妥善处置' }] },
        { profileId: drafter.id },
      ),
    );
    // The same item adopted twice is still one adopted item, now with an instruction.
    expect(await steadyUnit()).toMatchObject({ adopted: 1, withInstruction: 1 });
  });
});
