import { readFileSync } from 'node:fs';
import type { WorkspaceSnapshot } from '../../shared/domain/workspace';
import type { Page } from '@playwright/test';
import { expect, nav, NAV_LABELS_ZH, ROUTE_IDS, screen, startWithDemo, test } from './fixtures';

const demo = JSON.parse(readFileSync('resources/demo/demo-workspace.json', 'utf8')) as WorkspaceSnapshot;

async function homeNumbers(page: Page) {
  const number = async (testId: string) => Number((await page.getByTestId(testId).locator('.count-number').innerText()).replace(/,/g, ''));
  return {
    status: await page.getByTestId('status-item-count').innerText(),
    total: await page.getByTestId('items-total').innerText(),
    today: await number('today-total'),
    social: await number('today-social'),
    online: await number('today-online'),
    toAssess: await number('to-assess'),
  };
}

test('the demo workspace loads with progress, lands on 首页 with real counts, and survives a reload', async ({ page }) => {
  await startWithDemo(page);
  await expect(page.getByTestId('status-item-count')).toHaveText(`条目 ${demo.items.length} 条`);
  await expect(page.getByTestId('items-total')).toHaveText(`工作台共有 ${demo.items.length} 条条目。`);

  const before = await homeNumbers(page);
  const newInDemo = demo.items.filter((item) => item.status === 'new').length;
  expect(before.toAssess).toBe(newInDemo);
  // The demo's dates are moved so that its last reporting day is today: today is never empty.
  expect(before.today).toBeGreaterThan(0);
  expect(before.social + before.online).toBe(before.today);
  await expect(page.getByTestId('to-review')).toContainText('还没有任何日报告');
  // The demo's 盟委宣传部 is a daily unit that never sent anything: 首页 lists it as silent.
  await expect(page.getByTestId('alerts')).toContainText('中共青川盟委员会宣传部');
  await screen(page, 'home-demo');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '首页' })).toBeVisible();
  await expect(page.getByTestId('status-item-count')).toHaveText(`条目 ${demo.items.length} 条`);
  await expect(page.getByTestId('to-assess').locator('.count-number')).toHaveText(String(before.toAssess));
  expect(await homeNumbers(page)).toEqual(before);
});

test('every page with the demo workspace loaded', async ({ page }) => {
  await startWithDemo(page);
  for (const [index, label] of NAV_LABELS_ZH.entries()) {
    await nav(page)
      .getByRole('link', { name: new RegExp(`^${label}`) })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
    if (ROUTE_IDS[index] === 'audit') await expect(page.getByTestId('audit-table')).toBeVisible();
    await screen(page, `demo-${index + 1}-${ROUTE_IDS[index]}`);
  }
});
