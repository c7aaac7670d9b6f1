// End to end: a backup leaves the browser and comes back whole (a cut copy is refused), the audit
// chain is checked at start without a click, a window whose store another window upgraded stops writing,
// and a reload in the middle of a large import leaves whole chunks and a chain that verifies.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEFAULT_CHUNK_SIZE } from '../../renderer/features/import/write-import';
import { alterFirstAuditEntry, expect, nav, screen, startEmpty, startWithDemo, test } from './fixtures';
import {
  expectChainVerifies,
  expectReloadPrompt,
  generatedCsv,
  openAudit,
  readStoreBeside,
  startCsvImport,
  upgradeStoreFrom,
} from './reliability-helpers';

interface StoreFacts {
  version: number;
  items: number;
  settings: Record<string, unknown>;
  batches: { state: string; createdItemIds: string[] }[];
}

async function readStore(page: Page): Promise<StoreFacts> {
  const { version, rows, counts } = await readStoreBeside(page, { rows: ['settings', 'importBatches'], counts: ['items'] });
  return {
    version,
    items: counts.items ?? 0,
    settings: Object.fromEntries((rows.settings as { key: string; value: unknown }[]).map((row) => [row.key, row.value])),
    batches: rows.importBatches as StoreFacts['batches'],
  };
}

async function openSettings(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: /^设置/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
}

async function chooseBackup(page: Page, name: string, bytes: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从备份恢复…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
}

test('a backup is saved, a truncated copy is refused whole, and the full one restores over the workspace', async ({ page }) => {
  await startWithDemo(page);
  const itemCount = await page.getByTestId('status-item-count').innerText();
  await openSettings(page);
  const section = page.getByTestId('backup-section');
  await section.scrollIntoViewIfNeeded();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '立即备份' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^舆情工作台备份 \d{4}-\d{2}-\d{2}\.odbak$/);
  const bytes = readFileSync(await saved.path());
  await expect(page.getByTestId('backup-notice')).toContainText('备份已保存：浏览器的下载文件夹');

  await chooseBackup(page, '截断的备份.odbak', bytes.subarray(0, Math.floor(bytes.length * 0.7)));
  await expect(page.getByTestId('backup-notice')).toHaveText(/^无法恢复“截断的备份\.odbak”：备份文件(不完整|已损坏).*未写入任何数据。$/);
  await expect(page.getByTestId('restore-preview')).toHaveCount(0);
  await page.getByTestId('backup-notice').scrollIntoViewIfNeeded();
  await screen(page, 'reliability-backup-refused');

  await chooseBackup(page, saved.suggestedFilename(), bytes);
  const preview = page.getByTestId('restore-preview');
  await expect(preview).toContainText('校验通过');
  await expect(preview.locator('tbody tr', { hasText: '条目' })).toContainText(itemCount.replace(/\D/g, ''));
  await expect(preview).toContainText('当前工作区已有数据');
  await expect(page.getByRole('button', { name: '确认恢复' })).toBeDisabled();
  await page.getByLabel('我已了解，用此备份覆盖当前工作区').check();
  await preview.scrollIntoViewIfNeeded();
  await screen(page, 'reliability-restore-preview');
  await page.getByRole('button', { name: '确认恢复' }).click();
  await expect(page.getByTestId('backup-notice')).toContainText('恢复完成', { timeout: 30_000 });
  await page.getByRole('button', { name: '重新载入工作台' }).click();

  await expect(page.getByTestId('status-item-count')).toHaveText(itemCount);
  await openAudit(page);
  await expect(page.getByTestId('audit-table').locator('tbody tr').first()).toContainText('从备份恢复工作区');
  await expectChainVerifies(page);
});

test('a tampered audit log is found at start, without a click, and its first bad entry is shown', async ({ page }) => {
  await startEmpty(page);
  await alterFirstAuditEntry(page);
  await page.reload();
  const warning = page.getByTestId('status-audit-broken');
  await expect(warning).toHaveText('操作日志校验未通过：第 1 条起异常，请查看“操作日志”');
  await warning.click();
  await expect(page.getByRole('heading', { level: 1, name: '操作日志' })).toBeVisible();
  const firstBad = page.getByTestId('audit-first-bad');
  await expect(firstBad).toContainText('第一条异常记录 · 序号 1');
  await expect(firstBad).toContainText('someone-else');
  await expect(page.getByTestId('audit-verification')).toHaveText('校验未通过：第 1 条起日志异常（内容被改动）');
  await screen(page, 'reliability-audit-broken');
});

test('when another window upgrades the store, this one stops writing behind a 请重新加载 prompt', async ({ page, context }) => {
  await startEmpty(page);
  await openSettings(page);
  const before = await readStore(page);

  const newer = await context.newPage();
  await newer.goto(page.url());
  await expect(newer.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await upgradeStoreFrom(newer, before.version + 10);

  await expectReloadPrompt(page);
  await screen(page, 'reliability-reload-prompt');

  // A write attempted anyway (the prompt covers the page, so it is sent to the control directly) is refused.
  await page.locator('#settings-time-zone').selectOption('Asia/Urumqi', { force: true });
  await expect(page.getByText(/另一个窗口已将数据库升级到新版本，本窗口已停止写入/).first()).toBeVisible();
  const after = await readStore(newer);
  expect(after.settings['ui.timeZone'] ?? null).toBe(before.settings['ui.timeZone'] ?? null);
  expect(after.version).toBe(before.version + 10);

  // Reloaded, this (older) code meets a newer store and refuses to open it rather than write with an old schema.
  await page.getByRole('button', { name: '重新加载' }).click();
  await expect(page.getByRole('alert')).toContainText('数据库由更新版本的舆情工作台创建');
});

test('a reload in the middle of a large import leaves whole chunks, an incomplete batch and a chain that verifies', async ({ page }) => {
  test.setTimeout(180_000);
  await startEmpty(page);
  const csv = generatedCsv(40_000, { title: '供暖管网维修', firstStatus: 100_000, hour: '2024-05-05 10' });
  await startCsvImport(page, '网信办大文件.csv', csv, 40_000);
  // Reload as soon as the first chunk is in, long before the last.
  await expect(page.getByTestId('import-writing')).toContainText(/正在写入：([5-9],\d{3}|[1-3]\d,\d{3}) \/ 40,000 行/, { timeout: 60_000 });
  await page.reload();

  // The reloaded page opens its store only once the browser has rolled back the old page's chunk transaction,
  // which can take longer than an ordinary wait.
  await expect(page.getByTestId('status-item-count')).toHaveText(/^条目 [\d,]+ 条$/, { timeout: 60_000 });
  await nav(page).getByRole('link', { name: /^导入/ }).click();
  await expect(page.getByTestId('import-incomplete')).toBeVisible();
  await expect(page.getByTestId('import-batches')).toContainText('未完成（中断）');

  // Read once the page has marked the batch interrupted: that is when it lists the chunks' items.
  const facts = await readStore(page);
  expect(facts.items).toBeGreaterThan(0);
  expect(facts.items).toBeLessThan(40_000);
  expect(facts.items % DEFAULT_CHUNK_SIZE).toBe(0);
  expect(facts.batches).toHaveLength(1);
  expect(facts.batches[0]?.state).toBe('incomplete');
  expect(facts.batches[0]?.createdItemIds).toHaveLength(facts.items);
  await screen(page, 'reliability-import-interrupted');
  await openAudit(page);
  await expectChainVerifies(page);
});
