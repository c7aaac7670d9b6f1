import { describe, expect, it, vi } from 'vitest';
import { createAccountMasker } from '../../../shared/export/masking';
import { verifyAuditChain } from '../../../shared/audit/chain';
import type { Report, ReportSeries } from '../../../shared/domain/report-types';
import type { Profile } from '../../../shared/domain/types';
import { verifyReportContent } from '../../../shared/report/verify';
import type { DeskDatabase, Repositories } from '../../../renderer/db';
import { buildItem } from '../../builders';
import { refusalText } from '../../../renderer/features/reports/refusal-text';
import '../../../renderer/app/catalog';
import { DAILY, useChainStore } from './chain';

const HEADING = DAILY.heading;

let db: DeskDatabase;
let repos: Repositories;
let drafter: Profile;
let reviewer: Profile;
let signer: Profile;

useChainStore('reports', (store) => ({ db, repos, drafter, reviewer, signer } = store), { pins: true });

const as = (profile: Profile) => ({ profileId: profile.id });

async function newDraft(date = '2026-03-02'): Promise<Report> {
  return repos.reports.createDraft({ series: DAILY, year: 2026, date }, as(drafter));
}

async function auditCount(): Promise<number> {
  return db.auditLog.count();
}

function expectOk(result: { ok: boolean }): asserts result is { ok: true; report: Report } {
  expect(result).toMatchObject({ ok: true });
}

describe('numbering drafts', () => {
  it('gives each new draft of a series the next number of its year, and other series their own', async () => {
    const first = await newDraft();
    const second = await newDraft('2026-03-03');
    const special = await repos.reports.createDraft(
      { series: { ...DAILY, id: 'special', name: '网络舆情专报' }, year: 2026, date: '2026-03-03' },
      as(drafter),
    );
    const nextYear = await repos.reports.createDraft({ series: DAILY, year: 2027, date: '2027-01-02' }, as(drafter));
    expect([first.number, second.number, special.number, nextYear.number]).toEqual([1, 2, 1, 1]);
    expect(first.heading).toEqual(HEADING);
  });

  it('never hands out one number twice, even to drafts started at the same moment', async () => {
    const drafts = await Promise.all(Array.from({ length: 6 }, () => newDraft()));
    expect(drafts.map((draft) => draft.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps a withdrawn number taken: the next draft gets the one after it', async () => {
    const first = await newDraft();
    const second = await newDraft();
    expectOk(await repos.reports.apply(second.id, { type: 'withdraw', reason: '重复编号，内容并入第1期' }, as(drafter)));
    const third = await newDraft();
    expect(third.number).toBe(3);
    expect((await repos.reports.get(second.id))?.status).toBe('withdrawn');
    expect(first.number).toBe(1);
  });

  it('lets only a drafter start a report, and writes nothing otherwise', async () => {
    const before = await auditCount();
    await expect(repos.reports.createDraft({ series: DAILY, year: 2026, date: '2026-03-02' }, as(signer))).rejects.toMatchObject({
      code: 'db.reports.drafterOnly',
    });
    expect(await repos.reports.count()).toBe(0);
    expect(await auditCount()).toBe(before);
  });

  it('finds the previous number of the series, skipping withdrawn ones and reaching into last year', async () => {
    const lastYear = await repos.reports.createDraft({ series: DAILY, year: 2025, date: '2025-12-31' }, as(drafter));
    const first = await newDraft();
    expect((await repos.reports.previousOf(first))?.id).toBe(lastYear.id);
    const second = await newDraft();
    expectOk(await repos.reports.apply(second.id, { type: 'withdraw', reason: '作废' }, as(drafter)));
    const third = await newDraft();
    expect((await repos.reports.previousOf(third))?.id).toBe(first.id);
  });
});

describe('editing and moving along the chain', () => {
  it('saves an edit with one audit entry naming the changed fields only', async () => {
    const draft = await newDraft();
    expectOk(await repos.reports.apply(draft.id, { type: 'edit', changes: { overview: '今日共收到舆情 4 条。' } }, as(drafter)));
    const [entry] = await repos.audit.forTarget(`reports:${draft.id}`).then((entries) => entries.slice(-1));
    expect(entry).toMatchObject({
      action: 'reports.edit',
      actor: drafter.id,
      before: { overview: '' },
      after: { overview: '今日共收到舆情 4 条。' },
    });
  });

  it('writes nothing for a refused action and passes on the shared logic’s Chinese message', async () => {
    const draft = await newDraft();
    const before = await auditCount();
    const byReviewer = await repos.reports.apply(draft.id, { type: 'edit', changes: { overview: '审核人改写' } }, as(reviewer));
    expect(byReviewer).toMatchObject({ ok: false, code: 'wrongRole' });
    expect(!byReviewer.ok && refusalText(byReviewer)).toBe('只有拟稿人可以修改内容，当前身份为审核人');
    const approveDraft = await repos.reports.apply(draft.id, { type: 'approve' }, as(reviewer));
    expect(approveDraft).toMatchObject({ ok: false, code: 'illegalTransition' });
    const returnWithoutComment = await repos.reports.apply(draft.id, { type: 'return', comment: ' ' }, as(reviewer));
    expect(returnWithoutComment).toMatchObject({ ok: false });
    expect(await auditCount()).toBe(before);
    expect(await repos.reports.get(draft.id)).toEqual(draft);
  });

  it('refuses an actor who is not a stored profile', async () => {
    const draft = await newDraft();
    await expect(repos.reports.apply(draft.id, { type: 'submitForReview' }, { profileId: 'nobody' })).rejects.toMatchObject({
      code: 'db.reports.unknownProfile',
    });
  });

  it('takes a report through return, re-submission, approval, sign-off, submission and two feedbacks, all in the history', async () => {
    const social = buildItem({ kind: 'social', account: '张三丰', platform: '微信群' });
    const online = buildItem({ kind: 'online', account: 'weibo_user_8', platform: '微博' });
    await repos.items.bulkAdd([social, online], { actor: drafter.id });
    const draft = await newDraft();
    const items = [
      { itemId: social.id, assessmentText: '涉及民生，需关注。' },
      { itemId: online.id, assessmentText: '已降温。' },
    ];
    expectOk(await repos.reports.apply(draft.id, { type: 'edit', changes: { items, overview: '概况', maskAccounts: true } }, as(drafter)));
    expectOk(await repos.reports.apply(draft.id, { type: 'submitForReview' }, as(drafter)));
    expectOk(await repos.reports.apply(draft.id, { type: 'return', comment: '请补充对策建议' }, as(reviewer)));
    expectOk(await repos.reports.apply(draft.id, { type: 'edit', changes: { suggestions: ['加强供水保障信息发布'] } }, as(drafter)));
    expectOk(await repos.reports.apply(draft.id, { type: 'submitForReview' }, as(drafter)));
    expectOk(await repos.reports.apply(draft.id, { type: 'approve' }, as(reviewer)));

    // A masked report is sealed only with the workspace's pseudonyms; without them nothing is written.
    expect(await repos.reports.signOff(draft.id, '赵部长', as(signer))).toMatchObject({ ok: false, code: 'invalidInput' });
    expect((await repos.reports.get(draft.id))?.status).toBe('approved');
    const mask = createAccountMasker('workspace-secret');
    const signed = await repos.reports.signOff(draft.id, '赵部长', as(signer), { maskAccount: mask });
    expectOk(signed);
    expect(signed.report.status).toBe('signed');
    expect(signed.report.signedSnapshot?.items.map((item) => item.account)).toEqual([mask('张三丰'), mask('weibo_user_8')]);
    expect(verifyReportContent(signed.report)).toEqual({ ok: true });
    // What was written is what the state machine returned, read back through the main connection.
    expect(await repos.reports.get(draft.id)).toEqual(signed.report);

    expect(await repos.reports.apply(draft.id, { type: 'edit', changes: { overview: '签发后改动' } }, as(drafter))).toMatchObject({
      ok: false,
      code: 'frozen',
    });
    expectOk(await repos.reports.apply(draft.id, { type: 'submit', channel: '机要交换', recipient: '自治区党委宣传部' }, as(drafter)));
    expectOk(
      await repos.reports.apply(
        draft.id,
        { type: 'recordFeedback', adoptions: [{ itemId: social.id, instruction: false, instructionText: null }] },
        as(drafter),
      ),
    );
    const last = await repos.reports.apply(
      draft.id,
      { type: 'recordFeedback', adoptions: [{ itemId: social.id, instruction: true, instructionText: '请有关部门妥善处置' }] },
      as(drafter),
    );
    expectOk(last);
    expect(last.report.feedback).toHaveLength(2);
    expect(verifyReportContent(last.report)).toEqual({ ok: true });

    const history = await repos.audit.forTarget(`reports:${draft.id}`);
    expect(history.map((entry) => [entry.action, entry.actor])).toEqual([
      ['reports.create', drafter.id],
      ['reports.edit', drafter.id],
      ['reports.submitForReview', drafter.id],
      ['reports.return', reviewer.id],
      ['reports.edit', drafter.id],
      ['reports.submitForReview', drafter.id],
      ['reports.approve', reviewer.id],
      ['reports.signOff', signer.id],
      ['reports.submit', drafter.id],
      ['reports.recordFeedback', drafter.id],
      ['reports.recordFeedback', drafter.id],
    ]);
    expect(verifyAuditChain(await db.auditLog.orderBy('seq').toArray())).toMatchObject({ ok: true });
  });

  it('refuses sign-off by someone who is not the signer, and of a report not yet approved', async () => {
    const draft = await newDraft();
    expect(await repos.reports.signOff(draft.id, '王芳', as(drafter))).toMatchObject({ ok: false, code: 'illegalTransition' });
    expectOk(await repos.reports.apply(draft.id, { type: 'submitForReview' }, as(drafter)));
    expectOk(await repos.reports.apply(draft.id, { type: 'approve' }, as(reviewer)));
    expect(await repos.reports.signOff(draft.id, '李科长', as(reviewer))).toMatchObject({ ok: false, code: 'wrongRole' });
    expect((await repos.reports.get(draft.id))?.status).toBe('approved');
  });

  it('refuses sign-off when an item of the report is gone from the store', async () => {
    const draft = await newDraft();
    expectOk(
      await repos.reports.apply(
        draft.id,
        { type: 'edit', changes: { items: [{ itemId: 'missing-item', assessmentText: '' }] } },
        as(drafter),
      ),
    );
    expectOk(await repos.reports.apply(draft.id, { type: 'submitForReview' }, as(drafter)));
    expectOk(await repos.reports.apply(draft.id, { type: 'approve' }, as(reviewer)));
    expect(await repos.reports.signOff(draft.id, '赵部长', as(signer))).toMatchObject({ ok: false, code: 'itemsMissing' });
  });

  it('writes the sign-off in a strict-durability transaction of its own connection', async () => {
    const item = buildItem();
    await repos.items.bulkAdd([item], { actor: drafter.id });
    const draft = await newDraft();
    expectOk(
      await repos.reports.apply(draft.id, { type: 'edit', changes: { items: [{ itemId: item.id, assessmentText: '' }] } }, as(drafter)),
    );
    expectOk(await repos.reports.apply(draft.id, { type: 'submitForReview' }, as(drafter)));
    expectOk(await repos.reports.apply(draft.id, { type: 'approve' }, as(reviewer)));
    // Watched at the IndexedDB level, below the repository: the strict connection is opened at the first
    // sign-off, so every write transaction it makes goes through this spy, and one on any other route is missed.
    const idbPrototype = Object.getPrototypeOf(db.backendDB()) as IDBDatabase;
    const opened = idbPrototype.transaction;
    const writes: Array<{ stores: string[]; durability: string | undefined }> = [];
    const spy = vi.spyOn(idbPrototype, 'transaction').mockImplementation(function (this: IDBDatabase, stores, mode, options) {
      if (mode === 'readwrite')
        writes.push({ stores: typeof stores === 'string' ? [stores] : [...stores], durability: options?.durability });
      return opened.call(this, stores, mode, options);
    });
    try {
      expectOk(await repos.reports.signOff(draft.id, '赵部长', as(signer)));
    } finally {
      spy.mockRestore();
    }
    expect(writes.filter((write) => write.stores.includes('reports')).map((write) => write.durability)).toEqual(['strict']);
    expect((await repos.reports.get(draft.id))?.status).toBe('signed');
  });
});

describe('series', () => {
  it('lists the three built-in series, then the user’s own with their headings', async () => {
    expect((await repos.reports.listSeries()).map((series) => series.name)).toEqual(['社会舆情日报告', '网络舆情专报', '周报']);
    const own: ReportSeries = { id: 'own-1', name: '疫情防控专报', builtIn: false, heading: HEADING };
    const saved = await repos.reports.listSeries();
    await repos.reports.saveSeries([{ ...(saved[0] as ReportSeries), heading: HEADING }, ...saved.slice(1), own], as(drafter));
    const listed = await repos.reports.listSeries();
    expect(listed.map((series) => series.name)).toEqual(['社会舆情日报告', '网络舆情专报', '周报', '疫情防控专报']);
    expect(listed[0]?.heading).toEqual(HEADING);
    expect(listed[3]?.builtIn).toBe(false);
  });

  it('refuses a series whose name is already taken', async () => {
    const saved = await repos.reports.listSeries();
    await expect(
      repos.reports.saveSeries([...saved, { id: 'own-2', name: '周报', builtIn: false, heading: HEADING }], as(drafter)),
    ).rejects.toThrow('已有名为“周报”的报告系列');
  });
});
