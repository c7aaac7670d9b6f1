import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { WorkspaceSnapshot } from '../../shared/domain/workspace';
import { expect, nav, screen, startWithDemo, test } from './fixtures';

const demo = JSON.parse(readFileSync('resources/demo/demo-workspace.json', 'utf8')) as WorkspaceSnapshot;
const searchable = (item: WorkspaceSnapshot['items'][number]) =>
  [item.title, item.content, item.account, item.url].map((part) => part ?? '').join('\n');

async function openItems(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: /^条目/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '条目' })).toBeVisible();
  await expect(page.getByTestId('item-row').first()).toHaveAttribute('data-item-id', /.+/, { timeout: 30_000 });
}

const countText = (page: Page) => page.getByTestId('items-count');

test('facets narrow the list and recount for the current filter', async ({ page }) => {
  await startWithDemo(page);
  await openItems(page);
  await expect(countText(page)).toContainText(`共 ${demo.items.length} 条`);
  await screen(page, 'items-list');

  const weibo = demo.items.filter((item) => item.platform === '微博');
  const platform = page.getByTestId('facet-platform');
  await expect(platform.getByText('微博')).toBeVisible();
  await expect(platform.locator('label', { hasText: '微博' }).locator('.facet-count')).toHaveText(String(weibo.length));
  await platform.getByLabel('微博').check();
  await expect(countText(page)).toContainText(`${weibo.length} / ${demo.items.length} 条`);

  const status = page.getByTestId('facet-status');
  const weiboNew = weibo.filter((item) => item.status === 'new').length;
  await expect(status.locator('label', { hasText: '待研判' }).locator('.facet-count')).toHaveText(String(weiboNew));
  await status.getByLabel('待研判').check();
  await expect(countText(page)).toContainText(`${weiboNew} / ${demo.items.length} 条`);
  // every visible row is a 微博 item
  const platforms = await page.getByTestId('item-row').locator('.cell-platform').allInnerTexts();
  expect(platforms.length).toBeGreaterThan(0);
  expect(new Set(platforms)).toEqual(new Set(['微博']));
  await screen(page, 'items-filtered');

  await page.getByRole('button', { name: '清除全部筛选' }).click();
  await expect(countText(page)).toContainText(`共 ${demo.items.length} 条`);
  await page.getByRole('button', { name: '今日待研判' }).click();
  await expect(page.getByRole('button', { name: '今日待研判' })).toHaveAttribute('aria-pressed', 'true');
});

test('search finds a two-character term inside words and highlights it in the list', async ({ page }) => {
  await startWithDemo(page);
  await openItems(page);
  const term = '供暖';
  const expected = demo.items.filter((item) => searchable(item).includes(term)).length;
  await page.keyboard.press('/');
  await expect(page.getByTestId('items-search')).toBeFocused();
  await page.keyboard.type(term);
  await page.keyboard.press('Enter');
  await expect(countText(page)).toContainText(`${expected} / ${demo.items.length} 条`);
  const marks = page.getByTestId('item-row').locator('mark');
  await expect(marks.first()).toHaveText(term);
  await screen(page, 'items-search');

  await page.getByTestId('items-search').fill(`${term} -"集中供暖"`);
  await page.getByTestId('items-search').press('Enter');
  const without = demo.items.filter((item) => searchable(item).includes(term) && !searchable(item).includes('集中供暖')).length;
  await expect(countText(page)).toContainText(`${without} / ${demo.items.length} 条`);
});

test('keyboard only: j/k move, x selects, Enter opens, Escape closes', async ({ page }) => {
  await startWithDemo(page);
  await openItems(page);
  const rows = page.getByTestId('item-row');
  await page.getByRole('heading', { level: 1, name: '条目' }).click();
  await expect(rows.nth(0)).toHaveClass(/focused/);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await expect(rows.nth(1)).toHaveClass(/focused/);
  await page.keyboard.press('x');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('x');
  await expect(page.getByTestId('items-selected')).toContainText('已选 2 条');
  const focusedId = await rows.nth(2).getAttribute('data-item-id');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/items/${focusedId}$`));
  await expect(page.getByTestId('items-detail')).toBeVisible();
  await screen(page, 'items-detail');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('items-detail')).toHaveCount(0);
  await expect(page.getByTestId('facet-sidebar')).toBeVisible();
});
