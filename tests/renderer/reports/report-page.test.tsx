import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../../shared/domain/report-types';
import type { Profile } from '../../../shared/domain/types';
import { createAccountMasker } from '../../../shared/export/masking';
import { useDesk } from '../../../renderer/workspace/desk';
import type { DeskDatabase, Repositories } from '../../../renderer/db';
import { workspaceMaskingSecret } from '../../../renderer/features/pack/masking-secret';
import { PersonSwitcher } from '../../../renderer/features/people/PersonSwitcher';
import { resetComposeForTests } from '../../../renderer/features/reports/compose-store';
import { ReportsPage } from '../../../renderer/features/reports/ReportsPage';
import { actionButtons, waitingForRole } from '../../../renderer/features/reports/waiting';
import { useLocaleStore } from '../../../renderer/i18n';
import { buildItem } from '../../builders';
import { DAILY, useChainStore } from './chain';

let db: DeskDatabase;
let repos: Repositories;
let drafter: Profile;
let reviewer: Profile;
let signer: Profile;

useChainStore('report-page', (store) => ({ db, repos, drafter, reviewer, signer } = store), { pins: true });

beforeEach(() => {
  resetComposeForTests();
  useLocaleStore.setState({ locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
});

afterEach(() => {
  cleanup();
  resetComposeForTests();
  window.location.hash = '';
});

function workAs(profile: Profile) {
  useDesk.setState({ phase: 'ready', repositories: repos, profile });
}

async function draftWithItems(count: number): Promise<Report> {
  const items = Array.from({ length: count }, (_, index) => buildItem({ title: `第${index + 1}条信息` }));
  await repos.items.bulkAdd(items, { actor: drafter.id });
  const report = await repos.reports.createDraft({ series: DAILY, year: 2026, date: '2026-03-02' }, { profileId: drafter.id });
  const result = await repos.reports.apply(
    report.id,
    { type: 'edit', changes: { items: items.map((item) => ({ itemId: item.id, assessmentText: '' })) } },
    { profileId: drafter.id },
  );
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

async function showReport(report: Report) {
  window.location.hash = `#/reports/${report.id}`;
  render(<ReportsPage />);
  await screen.findByRole('heading', { level: 1, name: /社会舆情日报告 2026年第1期/ });
}

function actionBar() {
  return within(screen.getByTestId('action-bar'));
}

describe('the report page', () => {
  it('offers a reviewer exactly the moves the shared rules allow, and shows their refusal in Chinese', async () => {
    const report = await draftWithItems(1);
    await repos.reports.apply(report.id, { type: 'submitForReview' }, { profileId: drafter.id });
    workAs(reviewer);
    await showReport(report);
    const buttons = actionBar()
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(buttons).toEqual(['退回修改', '审核通过', '作废']);
    expect(screen.getByTestId('read-only-notice').textContent).toContain('报告当前为“审核中”，内容不能修改。');

    fireEvent.click(actionBar().getByRole('button', { name: '退回修改' }));
    fireEvent.click(screen.getByRole('button', { name: '确认退回修改' }));
    expect((await screen.findByTestId('report-problem')).textContent).toContain('退回时请写明修改意见');
    expect((await repos.reports.get(report.id))?.status).toBe('inReview');

    fireEvent.change(screen.getByLabelText('修改意见'), { target: { value: '请补充对策建议' } });
    fireEvent.click(screen.getByRole('button', { name: '确认退回修改' }));
    await waitFor(() => expect(screen.getByTestId('report-status').textContent).toContain('已退回'));
    expect(screen.getByTestId('comments').textContent).toContain('请补充对策建议');
  });

  it('shows, once masking is ticked, each item with the workspace pseudonym sign-off will seal, and never the account', async () => {
    const account = '牧场老李说事';
    const item = buildItem({ account, title: `${account}：供暖停了三天`, content: `@${account} 称小区停暖。` });
    await repos.items.bulkAdd([item], { actor: drafter.id });
    const report = await repos.reports.createDraft({ series: DAILY, year: 2026, date: '2026-03-02' }, { profileId: drafter.id });
    await repos.reports.apply(
      report.id,
      { type: 'edit', changes: { items: [{ itemId: item.id, assessmentText: '' }] } },
      { profileId: drafter.id },
    );
    workAs(drafter);
    await showReport(report);
    const shown = () => screen.getByTestId('report-item').textContent ?? '';
    expect(shown()).toContain(`账号：${account}`);

    fireEvent.click(screen.getByRole('checkbox', { name: /报告中隐去账号/ }));
    await waitFor(() => expect(shown()).not.toContain(account));
    const pseudonym = createAccountMasker(await workspaceMaskingSecret(repos.settings, { actor: drafter.id }))(account);
    expect(shown()).toContain(`账号：${pseudonym}`);
    expect(shown()).toContain(`${pseudonym}：供暖停了三天`);
    expect(shown()).toContain(`@${pseudonym} 称小区停暖。`);
  });

  it('lets the drafter reorder items with Alt+↓ and saves the new order', async () => {
    const report = await draftWithItems(3);
    workAs(drafter);
    await showReport(report);
    const handles = await screen.findAllByTestId('drag-handle');
    fireEvent.keyDown(handles[0] as HTMLElement, { key: 'ArrowDown', altKey: true });
    const titles = () => screen.getAllByTestId('report-item').map((item) => item.querySelector('.item-title')?.textContent);
    expect(titles()).toEqual(['第2条信息', '第1条信息', '第3条信息']);
    expect(document.body.textContent).toContain('已移到第2条');
    await act(async () => {
      fireEvent.blur(screen.getAllByTestId('drag-handle')[1] as HTMLElement);
    });
    await waitFor(async () =>
      expect((await repos.reports.get(report.id))?.items.map((entry) => entry.itemId)).toEqual(
        [report.items[1], report.items[0], report.items[2]].map((entry) => entry?.itemId),
      ),
    );
  });

  it('lets the drafter drag an item onto another place and saves the new order', async () => {
    const report = await draftWithItems(3);
    workAs(drafter);
    await showReport(report);
    const handles = await screen.findAllByTestId('drag-handle');
    // jsdom has no DataTransfer: the handle only needs somewhere to put the dragged id.
    const dataTransfer = { effectAllowed: '', setData: () => undefined };
    fireEvent.dragStart(handles[2] as HTMLElement, { dataTransfer });
    fireEvent.dragOver(screen.getAllByTestId('report-item')[0] as HTMLElement, { dataTransfer });
    fireEvent.drop(screen.getAllByTestId('report-item')[0] as HTMLElement, { dataTransfer });
    const titles = () => screen.getAllByTestId('report-item').map((item) => item.querySelector('.item-title')?.textContent);
    expect(titles()).toEqual(['第3条信息', '第1条信息', '第2条信息']);
    await act(async () => {
      fireEvent.blur(screen.getAllByTestId('drag-handle')[0] as HTMLElement);
    });
    await waitFor(async () =>
      expect((await repos.reports.get(report.id))?.items.map((entry) => entry.itemId)).toEqual(
        [report.items[2], report.items[0], report.items[1]].map((entry) => entry?.itemId),
      ),
    );
  });

  it('says 内容校验通过 for a signed report, names the first difference once its content was altered, and offers no edit', async () => {
    const report = await draftWithItems(2);
    await repos.reports.apply(report.id, { type: 'submitForReview' }, { profileId: drafter.id });
    await repos.reports.apply(report.id, { type: 'approve' }, { profileId: reviewer.id });
    const signed = await repos.reports.signOff(report.id, '赵部长', { profileId: signer.id });
    if (!signed.ok) throw new Error(signed.message);
    workAs(drafter);
    await showReport(report);
    expect((await screen.findByTestId('verify-result')).textContent).toContain('内容校验通过');
    expect(
      actionBar()
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['报送']);
    expect(screen.getByTestId('read-only-notice').textContent).toContain('报告已签发，内容已锁定，不能修改。');
    expect(screen.queryByTestId('drag-handle')).toBeNull();
    cleanup();
    resetComposeForTests();

    // Someone with the disk changes the overview behind the application's back.
    await db.reports.update(report.id, { overview: '签发后被改动的概况' } as Partial<Report>);
    await showReport(report);
    expect((await screen.findByTestId('verify-result')).textContent).toContain('内容校验未通过：$.overview 与签发时不一致');
  });

  it('lists what waits for the current person on the list page', async () => {
    const report = await draftWithItems(1);
    await repos.reports.apply(report.id, { type: 'submitForReview' }, { profileId: drafter.id });
    workAs(reviewer);
    window.location.hash = '#/reports';
    render(<ReportsPage />);
    const waiting = await screen.findByTestId('waiting-table');
    expect(waiting.textContent).toContain('第1期');
    expect(waiting.textContent).toContain('待审核人：退回修改');
    expect(screen.queryByRole('button', { name: '新建报告' })).toBeNull();
  });
});

describe('the person switcher', () => {
  it('asks for the PIN, refuses a wrong one, and switches on the right one', async () => {
    workAs(drafter);
    render(<PersonSwitcher />);
    expect(screen.getByTestId('current-person').textContent).toContain('王芳 · 拟稿人');
    fireEvent.click(screen.getByTestId('current-person'));
    fireEvent.click(await screen.findByRole('button', { name: '切换到李科长' }));
    fireEvent.change(screen.getByLabelText('请输入李科长的 PIN'), { target: { value: '9999' } });
    fireEvent.click(screen.getByRole('button', { name: '确认切换' }));
    expect((await screen.findByRole('alert')).textContent).toContain('PIN 不正确，请重新输入。');
    expect(useDesk.getState().profile?.id).toBe(drafter.id);

    fireEvent.change(screen.getByLabelText('请输入李科长的 PIN'), { target: { value: '1357' } });
    fireEvent.click(screen.getByRole('button', { name: '确认切换' }));
    await waitFor(() => expect(screen.getByTestId('current-person').textContent).toContain('李科长 · 审核人'));
    expect(await repos.settings.get('session.currentProfileId', null)).toBe(reviewer.id);
  });

  it('adds a person from the switcher', async () => {
    workAs(drafter);
    render(<PersonSwitcher />);
    fireEvent.click(screen.getByTestId('current-person'));
    fireEvent.click(await screen.findByRole('button', { name: '添加人员' }));
    fireEvent.change(screen.getByLabelText('姓名'), { target: { value: '孙主任' } });
    fireEvent.click(screen.getByLabelText('签发人'));
    fireEvent.change(screen.getByLabelText(/PIN（可选/), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: '建立人员' }));
    expect((await screen.findByRole('alert')).textContent).toContain('PIN 须为 4–8 位数字。');
    fireEvent.change(screen.getByLabelText(/PIN（可选/), { target: { value: '8642' } });
    fireEvent.click(screen.getByRole('button', { name: '建立人员' }));
    expect(await screen.findByRole('button', { name: '切换到孙主任' })).toBeDefined();
    const added = (await repos.profiles.list()).find((profile) => profile.name === '孙主任');
    expect(added).toMatchObject({ role: 'signer' });
    expect(await repos.profiles.verifyPin(added?.id ?? '', '8642')).toBe(true);
  });
});

describe('who the report waits for', () => {
  it.each([
    ['draft', 'drafter'],
    ['returned', 'drafter'],
    ['inReview', 'reviewer'],
    ['approved', 'signer'],
    ['signed', 'drafter'],
    ['submitted', null],
    ['feedbackRecorded', null],
    ['withdrawn', null],
  ] as const)('a %s report waits for %s', (status, role) => {
    expect(waitingForRole(status)).toBe(role);
  });

  it('never shows editing as a button, and shows a signer only sign-off on an approved report', () => {
    expect(actionButtons('draft', 'drafter')).toEqual(['submitForReview', 'withdraw']);
    expect(actionButtons('approved', 'signer')).toEqual(['signOff']);
    expect(actionButtons('approved', 'drafter')).toEqual(['withdraw']);
    expect(actionButtons('inReview', 'signer')).toEqual([]);
  });
});
