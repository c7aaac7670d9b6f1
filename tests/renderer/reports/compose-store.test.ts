import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAccountMasker } from '../../../shared/export/masking';
import type { Profile } from '../../../shared/domain/types';
import type { Repositories } from '../../../renderer/db';
import {
  addItems,
  editReport,
  flushEdits,
  openReport,
  resetComposeForTests,
  runAction,
  runSignOff,
  setItems,
  useCompose,
} from '../../../renderer/features/reports/compose-store';
import { workspaceMaskingSecret } from '../../../renderer/features/pack/masking-secret';
import { printableOf } from '../../../renderer/features/reports/print';
import { reportedItem } from '../../../renderer/features/reports/reported-item';
import { buildItem } from '../../builders';
import { DAILY, useChainStore } from './chain';

let repos: Repositories;
let drafter: Profile;
let otherDrafter: Profile;
let reviewer: Profile;
let signer: Profile;

useChainStore('compose', (store) => ({ repos, drafter, reviewer, signer } = store));

beforeEach(async () => {
  resetComposeForTests();
  otherDrafter = await repos.profiles.create({ name: '张丽', role: 'drafter' }, { actor: 'system' });
});

afterEach(() => resetComposeForTests());

async function openDraft() {
  const report = await repos.reports.createDraft({ series: DAILY, year: 2026, date: '2026-03-02' }, { profileId: drafter.id });
  await openReport(repos, report.id);
  return report;
}

describe('composing a report', () => {
  it('shows typing at once and stores it on flush, recorded under the person who typed', async () => {
    const report = await openDraft();
    editReport({ overview: '今日共收到舆情 4 条。' }, drafter.id);
    expect(useCompose.getState().report?.overview).toBe('今日共收到舆情 4 条。');
    expect(useCompose.getState().saveState).toBe('pending');
    await flushEdits();
    expect((await repos.reports.get(report.id))?.overview).toBe('今日共收到舆情 4 条。');
    expect(useCompose.getState().saveState).toBe('saved');
    const last = (await repos.audit.forTarget(`reports:${report.id}`)).at(-1);
    expect(last).toMatchObject({ action: 'reports.edit', actor: drafter.id });
  });

  it('saves one person’s typing under that person before another person’s edit is taken', async () => {
    const report = await openDraft();
    editReport({ overview: '王芳写的概况' }, drafter.id);
    editReport({ suggestions: ['张丽写的建议'] }, otherDrafter.id);
    await flushEdits();
    const edits = (await repos.audit.forTarget(`reports:${report.id}`)).filter((entry) => entry.action === 'reports.edit');
    expect(edits.map((entry) => [entry.actor, Object.keys(entry.after as object)])).toEqual([
      [drafter.id, ['overview']],
      [otherDrafter.id, ['suggestions']],
    ]);
  });

  it('saves pending typing before a chain action, so the reviewer sees what was typed', async () => {
    const report = await openDraft();
    editReport({ overview: '送审前最后一句' }, drafter.id);
    expect(await runAction({ type: 'submitForReview' }, drafter.id)).toBe(true);
    const stored = await repos.reports.get(report.id);
    expect(stored).toMatchObject({ overview: '送审前最后一句', status: 'inReview' });
  });

  it('shows the refusal and reloads the stored report when the report moved on elsewhere', async () => {
    const report = await openDraft();
    // Another window submits the draft for review while this one still has it open.
    await repos.reports.apply(report.id, { type: 'submitForReview' }, { profileId: drafter.id });
    editReport({ overview: '迟到的修改' }, drafter.id);
    await flushEdits();
    const state = useCompose.getState();
    expect(state.problem).toBe('报告当前为“审核中”，不能修改内容');
    expect(state.saveState).toBe('failed');
    expect(state.report).toMatchObject({ status: 'inReview', overview: '' });
  });

  it('refuses a chain move by the wrong role with the shared Chinese message and changes nothing', async () => {
    const report = await openDraft();
    expect(await runAction({ type: 'approve' }, reviewer.id)).toBe(false);
    expect(useCompose.getState().problem).toBe('报告当前为“草稿”，不能审核通过');
    expect((await repos.reports.get(report.id))?.status).toBe('draft');
  });

  it('does not move the chain while a save that failed still holds typing the store does not have', async () => {
    const report = await openDraft();
    const apply = repos.reports.apply;
    // The store cannot take the edit (as when the disk is full); chain moves themselves would go through.
    repos.reports.apply = (id, action, ctx) => (action.type === 'edit' ? Promise.reject(new Error('磁盘已满')) : apply(id, action, ctx));
    editReport({ overview: '未能保存的一句' }, drafter.id);
    await flushEdits();
    expect(useCompose.getState().saveState).toBe('failed');
    expect(await runAction({ type: 'submitForReview' }, drafter.id)).toBe(false);
    expect((await repos.reports.get(report.id))?.status).toBe('draft');
    expect(useCompose.getState().report?.overview).toBe('未能保存的一句');
  });

  it('does not sign off while a save that failed still holds typing: the seal would cover text the signer is not shown', async () => {
    const report = await openDraft();
    expect(await runAction({ type: 'submitForReview' }, drafter.id)).toBe(true);
    expect(await runAction({ type: 'approve' }, reviewer.id)).toBe(true);
    const apply = repos.reports.apply;
    repos.reports.apply = (id, action, ctx) => (action.type === 'edit' ? Promise.reject(new Error('磁盘已满')) : apply(id, action, ctx));
    editReport({ overview: '签发前未能保存的一句' }, signer.id);
    await flushEdits();
    expect(useCompose.getState().saveState).toBe('failed');
    expect(await runSignOff('赵部长', signer.id)).toBe(false);
    expect((await repos.reports.get(report.id))?.status).toBe('approved');
  });

  it('signs off an approved report and shows it signed; a sign-off before approval is refused and changes nothing', async () => {
    const report = await openDraft();
    expect(await runSignOff('赵部长', signer.id)).toBe(false);
    expect(useCompose.getState().problem).toContain('签发');
    expect((await repos.reports.get(report.id))?.status).toBe('draft');

    expect(await runAction({ type: 'submitForReview' }, drafter.id)).toBe(true);
    expect(await runAction({ type: 'approve' }, reviewer.id)).toBe(true);
    expect(await runSignOff('赵部长', signer.id)).toBe(true);
    expect(useCompose.getState()).toMatchObject({ problem: null, report: { status: 'signed' } });
    expect((await repos.reports.get(report.id))?.status).toBe('signed');
  });

  it('shows a masked report with the workspace pseudonyms and seals exactly what it showed', async () => {
    const account = '牧场老李说事';
    const item = buildItem({ account, title: `${account}：供暖停了三天`, content: `@${account} 称小区停暖。` });
    await repos.items.bulkAdd([item], { actor: drafter.id });
    const report = await openDraft();
    addItems([item], drafter.id);
    editReport({ maskAccounts: true }, drafter.id);
    await flushEdits();
    await vi.waitFor(() => expect(useCompose.getState().accountMasker).not.toBeNull());
    const { accountMasker, report: composed, items } = useCompose.getState();
    const pseudonym = createAccountMasker(await workspaceMaskingSecret(repos.settings, { actor: drafter.id }))(account);
    expect(reportedItem(composed!, item, accountMasker)).toMatchObject({
      account: pseudonym,
      title: `${pseudonym}：供暖停了三天`,
      content: `@${pseudonym} 称小区停暖。`,
    });
    const preview = printableOf(composed!, items, accountMasker);

    expect(await runAction({ type: 'submitForReview' }, drafter.id)).toBe(true);
    expect(await runAction({ type: 'approve' }, reviewer.id)).toBe(true);
    expect(await runSignOff('赵部长', signer.id)).toBe(true);
    const sealed = (await repos.reports.get(report.id))?.signedSnapshot;
    expect(sealed?.accountMasking).toBe('pseudonym-v1');
    expect(sealed?.items).toEqual(preview.items);
    expect(JSON.stringify(sealed)).not.toContain(account);
    // Once signed, the page shows the snapshot, whatever the item says now.
    expect(reportedItem(useCompose.getState().report!, { ...item, title: '改过的标题' }, null)?.title).toBe(`${pseudonym}：供暖停了三天`);
  });

  it('recounts the statistics whenever items are added or removed, against the previous number', async () => {
    const previousItems = [buildItem({ kind: 'social' })];
    const items = [buildItem({ kind: 'social', platform: '微信群' }), buildItem({ kind: 'online', platform: '微博' })];
    await repos.items.bulkAdd([...previousItems, ...items], { actor: drafter.id });
    const first = await openDraft();
    addItems(previousItems, drafter.id);
    await flushEdits();
    await repos.reports.apply(first.id, { type: 'submitForReview' }, { profileId: drafter.id });

    const second = await repos.reports.createDraft({ series: DAILY, year: 2026, date: '2026-03-03' }, { profileId: drafter.id });
    await openReport(repos, second.id);
    addItems(items, drafter.id);
    expect(useCompose.getState().report?.stats).toMatchObject({ total: 2, byKind: { social: 1, online: 1 }, change: { total: 1 } });
    setItems(useCompose.getState().report?.items.slice(1) ?? [], drafter.id);
    await flushEdits();
    expect((await repos.reports.get(second.id))?.stats).toMatchObject({
      total: 1,
      byKind: { online: 1 },
      change: { total: 0, byKind: { online: 1, social: -1 } },
    });
  });
});
