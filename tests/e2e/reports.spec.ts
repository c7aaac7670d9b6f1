import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { reportPrintHtml } from '../../shared/report/print-html';
import { buildPrintable, buildSignedItem } from '../builders/report';
import { expect, nav, screen, startWithDemo, test } from './fixtures';

const DRAFTER = '王晓燕';
const REVIEWER = { name: '李科长', pin: '1357' };
const SIGNER = { name: '赵部长', pin: '2468' };

async function addPerson(page: Page, name: string, role: '审核人' | '签发人', pin: string): Promise<void> {
  await page.getByTestId('current-person').click();
  const dialog = page.getByRole('dialog', { name: '切换当前人员' });
  await dialog.getByRole('button', { name: '添加人员' }).click();
  await dialog.getByLabel('姓名').fill(name);
  await dialog.getByRole('radio', { name: role }).check();
  await dialog.getByLabel(/PIN（可选/).fill(pin);
  await dialog.getByRole('button', { name: '建立人员' }).click();
  await expect(dialog.getByRole('button', { name: `切换到${name}` })).toBeVisible();
  await dialog.getByRole('button', { name: '关闭' }).click();
}

/** Switching person asks for the PIN when the person has one; the top bar then names the new person. */
async function switchTo(page: Page, name: string, pin?: string): Promise<void> {
  await page.getByTestId('current-person').click();
  const dialog = page.getByRole('dialog', { name: '切换当前人员' });
  await dialog.getByRole('button', { name: `切换到${name}` }).click();
  if (pin) {
    await dialog.getByLabel(`请输入${name}的 PIN`).fill(pin);
    await dialog.getByRole('button', { name: '确认切换' }).click();
  }
  await expect(page.getByTestId('current-person')).toContainText(name);
}

/**
 * The signed report's pack verifies with `desk pack verify`, and its report.json (the signed content) and workbook
 * name every account by the same workspace pseudonym, never by a first/last-character mask.
 */
async function expectPackMaskedWithPseudonyms(page: Page): Promise<void> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出简报包' }).click();
  mkdirSync('test-results/reports', { recursive: true });
  const zipPath = 'test-results/reports/pack.zip';
  await (await download).saveAs(zipPath);
  const verified = JSON.parse(
    execFileSync('npx', ['tsx', 'scripts/desk.ts', 'pack', 'verify', zipPath, '--json'], { encoding: 'utf8' }),
  ) as {
    ok: boolean;
    reportHashOk: boolean | null;
  };
  expect(verified).toMatchObject({ ok: true, reportHashOk: true });
  const entries = Object.entries(unzipSync(new Uint8Array(readFileSync(zipPath))));
  const entry = (name: string) => entries.find(([path]) => path.endsWith(`/${name}`))?.[1] ?? new Uint8Array();
  const signed = JSON.parse(strFromU8(entry('report.json'))) as { accountMasking?: string; items: { account: string | null }[] };
  expect(signed.accountMasking).toBe('pseudonym-v1');
  const accounts = signed.items.map((item) => item.account);
  for (const account of accounts) if (account !== null) expect(account).toMatch(/^账号-[0-9a-f]{8}$/);
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(XLSX.read(entry('workbook.xlsx')).Sheets['舆情条目'] as XLSX.WorkSheet);
  expect(rows.map((row) => row['账号'] ?? null)).toEqual(accounts);
}

async function act(page: Page, action: string, fill?: (form: Locator) => Promise<void>): Promise<void> {
  await page.getByTestId('action-bar').getByRole('button', { name: action, exact: true }).click();
  const form = page.getByRole('form', { name: action });
  if (fill) await fill(form);
  await form.getByRole('button', { name: `确认${action}` }).click();
  await expect(form).toHaveCount(0);
}

test('three people take a report from draft through a return, approval, sign-off, submission and adoption', async ({ page }) => {
  test.setTimeout(180_000);
  await startWithDemo(page, DRAFTER);
  await addPerson(page, REVIEWER.name, '审核人', REVIEWER.pin);
  await addPerson(page, SIGNER.name, '签发人', SIGNER.pin);

  await nav(page)
    .getByRole('link', { name: /^日报告/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '日报告' })).toBeVisible();
  await expect(page.getByTestId('reports-empty')).toContainText('社会舆情日报告在');

  // The office's heading, once, for the series.
  await page.getByText('报告系列与版头').click();
  await page.getByLabel('社会舆情日报告 发文机关').fill('中共某盟委员会宣传部');
  await page.getByLabel('社会舆情日报告 报送单位').fill('自治区党委宣传部');
  await page.getByRole('button', { name: '保存系列设置' }).click();
  await expect(page.getByText('系列设置已保存。')).toBeVisible();
  await screen(page, 'reports-list-empty');

  await page.getByRole('button', { name: '新建报告' }).click();
  await expect(page.getByTestId('next-number')).toContainText('第1期');
  await page.getByRole('button', { name: '建立草稿' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /社会舆情日报告 \d{4}年第1期/ })).toBeVisible();
  await expect(page.getByTestId('report-status')).toHaveText('草稿');

  await page.getByLabel('概况').fill('今日共收到舆情信息 2 条，总体平稳。');
  // A saved view of 条目 is a starting point too; the quick views take over again when clicked.
  await page.getByLabel('或从条目页的已保存视图开始').selectOption({ label: '全部条目' });
  await expect(page.getByTestId('picker-list').getByRole('checkbox').first()).toBeVisible();
  await page.getByTestId('picker-list').scrollIntoViewIfNeeded();
  await screen(page, 'reports-picker-saved-view');
  await page.getByRole('radio', { name: '近 7 天收到' }).check();
  await expect(page.getByLabel('或从条目页的已保存视图开始')).toHaveValue('');
  const picker = page.getByTestId('picker-list');
  await picker.getByRole('checkbox').nth(0).check();
  await picker.getByRole('checkbox').nth(1).check();
  await page.getByRole('button', { name: '加入报告（2 条）' }).click();
  await expect(page.getByTestId('report-item')).toHaveCount(2);
  await page.getByTestId('report-item').nth(0).getByLabel('研判').fill('涉及群众切身利益，建议持续关注。');
  await page.getByRole('button', { name: '添加一条建议' }).click();
  await page.getByLabel('建议1').fill('及时发布权威信息，回应群众关切。');
  await expect(page.getByTestId('stats-total')).toHaveText('共 2 条');
  // Masked accounts are the workstation's pseudonyms, shown on the page as sign-off will seal them.
  await page.getByRole('checkbox', { name: /报告中隐去账号/ }).check();
  await expect(page.getByTestId('report-item-facts').filter({ hasText: '账号：' }).first()).toHaveText(/账号：账号-[0-9a-f]{8}/);
  await page.getByTestId('report-item').nth(0).scrollIntoViewIfNeeded();
  await screen(page, 'reports-compose-items');
  await expect(page.getByTestId('save-state')).toHaveText('已自动保存', { timeout: 10_000 });
  await screen(page, 'reports-compose');

  await act(page, '提交审核');
  await expect(page.getByTestId('report-status')).toHaveText('审核中');

  await switchTo(page, REVIEWER.name, REVIEWER.pin);
  await expect(page.getByTestId('action-bar').getByRole('button')).toHaveText(['退回修改', '审核通过', '作废']);
  await act(page, '退回修改', (form) => form.getByLabel('修改意见').fill('请补充第二条信息的研判。'));
  await expect(page.getByTestId('report-status')).toHaveText('已退回');
  await expect(page.getByTestId('comments')).toContainText('请补充第二条信息的研判。');
  await screen(page, 'reports-returned');

  await switchTo(page, DRAFTER);
  await page.getByTestId('report-item').nth(1).getByLabel('研判').fill('已核实，系误读政策，热度下降。');
  await expect(page.getByTestId('report-status')).toHaveText('草稿');
  await expect(page.getByTestId('save-state')).toHaveText('已自动保存', { timeout: 10_000 });
  await act(page, '提交审核');

  await switchTo(page, REVIEWER.name, REVIEWER.pin);
  await act(page, '审核通过');
  await expect(page.getByTestId('report-status')).toHaveText('已审核');

  await switchTo(page, SIGNER.name, SIGNER.pin);
  await expect(page.getByTestId('action-bar').getByRole('button')).toHaveText(['签发']);
  await act(page, '签发');
  await expect(page.getByTestId('report-status')).toHaveText('已签发');
  await expect(page.getByTestId('verify-result')).toContainText('内容校验通过');
  await screen(page, 'reports-signed');
  await expectPackMaskedWithPseudonyms(page);

  await act(page, '报送', (form) => form.getByLabel('报送渠道').fill('机要交换'));
  await expect(page.getByTestId('report-status')).toHaveText('已报送');
  await expect(page.getByTestId('submission-record')).toContainText('经机要交换报送自治区党委宣传部（赵部长）');

  await switchTo(page, DRAFTER);
  await act(page, '登记采用反馈', async (form) => {
    await form
      .getByRole('checkbox', { name: /^采用：/ })
      .first()
      .check();
    await form
      .getByRole('checkbox', { name: /^有批示：/ })
      .first()
      .check();
    await form.getByLabel(/^批示内容：/).fill('请有关部门妥善处置。');
  });
  await expect(page.getByTestId('report-status')).toHaveText('已反馈');
  await expect(page.getByTestId('feedback-record')).toContainText('请有关部门妥善处置。');

  // Frozen: the page offers no way to edit, and the content still verifies.
  await expect(page.getByTestId('read-only-notice')).toHaveText('报告已签发，内容已锁定，不能修改。');
  const overview = page.getByLabel('概况');
  await expect(overview).toHaveAttribute('readonly', '');
  await overview.press('End');
  await page.keyboard.type('签发后追加');
  await expect(overview).toHaveValue('今日共收到舆情信息 2 条，总体平稳。');
  await expect(page.getByTestId('drag-handle')).toHaveCount(0);
  await expect(page.getByTestId('verify-result')).toContainText('内容校验通过');
  await expect(page.getByTestId('report-history')).toContainText('签发');
  await expect(page.getByTestId('report-history')).toContainText('退回修改');
  await expect(page.getByTestId('report-history')).toContainText('登记采用反馈');
  await page.getByTestId('report-history').scrollIntoViewIfNeeded();
  await screen(page, 'reports-history');

  await page.getByRole('link', { name: '返回报告列表' }).click();
  await expect(page.getByTestId('reports-table')).toContainText('已反馈');
  await screen(page, 'reports-list');
});

test('the print page lays a signed report out on A4 in the office format', async ({ page }) => {
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.setContent(
    reportPrintHtml(
      buildPrintable({
        overview: '今日共收到社会舆情 1 条、网络舆情 1 条，总体平稳。',
        items: [buildSignedItem({ itemId: 'a', account: '账号-3f9a1c2e', publishedAt: null, unitId: null, category: null })],
        suggestions: ['及时发布停水原因和恢复时间。', '督促物业公司做好解释工作。'],
      }),
    ),
  );
  await expect(page.locator('h1.masthead')).toHaveText('社会舆情日报告');
  await expect(page.locator('.masthead')).toHaveCSS('color', 'rgb(204, 0, 0)');
  await screen(page, 'reports-print');
});
