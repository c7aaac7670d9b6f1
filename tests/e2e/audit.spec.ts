import { alterFirstAuditEntry, expect, nav, screen, startEmpty, startWithDemo, test } from './fixtures';

test('the audit log lists the chain newest first and verifies it', async ({ page }) => {
  await startWithDemo(page, '其其格');
  await nav(page)
    .getByRole('link', { name: /^操作日志/ })
    .click();
  const table = page.getByTestId('audit-table');
  await expect(table).toBeVisible();
  const firstRow = table.locator('tbody tr').first();
  const lastRow = table.locator('tbody tr').last();
  // Newest first: the setting written when the desk opened comes before the profile created at the start.
  await expect(firstRow).toContainText('设置 · 当前人员');
  await expect(lastRow).toContainText('建立人员');
  await expect(lastRow).toContainText('系统');
  const itemsLoad = table.locator('tbody tr', { hasText: '载入条目' });
  await expect(itemsLoad).toHaveCount(1);
  await expect(itemsLoad.locator('td').nth(4)).toHaveText(/^条目（\d+ 条）$/);
  await expect(table).toContainText('其其格');
  const seqs = await table.locator('tbody tr td:first-child').allInnerTexts();
  expect(seqs.map(Number)).toEqual([...seqs.map(Number)].sort((a, b) => b - a));

  await page.getByRole('button', { name: '校验操作日志' }).click();
  await expect(page.getByTestId('audit-verification')).toHaveText(`校验通过（${seqs.length} 条）`);
  await screen(page, 'audit-verified');
});

test('the audit log reports the first bad entry when one was altered', async ({ page }) => {
  await startEmpty(page);
  await alterFirstAuditEntry(page);
  await nav(page)
    .getByRole('link', { name: /^操作日志/ })
    .click();
  await page.getByRole('button', { name: '校验操作日志' }).click();
  await expect(page.getByTestId('audit-verification')).toHaveText('校验未通过：第 1 条起日志异常（内容被改动）');
  await screen(page, 'audit-broken');
});
