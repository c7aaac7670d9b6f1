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

test('ctrl-click adds and removes single rows, shift-click selects the range from the last one, neither opens the detail', async ({
  page,
}) => {
  await startWithDemo(page);
  await openItems(page);
  const rows = page.getByTestId('item-row');
  await expect(rows.nth(6)).toHaveAttribute('data-item-id', /.+/);

  await rows.nth(0).click({ modifiers: ['Control'] });
  await rows.nth(3).click({ modifiers: ['Control'] });
  await expect(page.getByTestId('items-selected')).toContainText('已选 2 条');
  await rows.nth(0).click({ modifiers: ['Control'] });
  await expect(page.getByTestId('items-selected')).toContainText('已选 1 条');
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'false');
  await rows.nth(2).click({ modifiers: ['Control'] });
  await expect(page.getByTestId('items-selected')).toContainText('已选 2 条');

  // the range runs from the row ctrl-clicked last (2) to the shift-clicked one (5), both included
  await rows.nth(5).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('items-selected')).toContainText('已选 4 条');
  const selected = await rows.evaluateAll((elements) => elements.map((row) => row.getAttribute('aria-selected')));
  expect(selected.slice(0, 7)).toEqual(['false', 'false', 'true', 'true', 'true', 'true', 'false']);
  await expect(page.getByTestId('items-detail')).toHaveCount(0);
  // the rows are selected, not the text the pointer passed over
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
  await screen(page, 'items-multi-select');

  // a plain click opens the row and leaves the selection as it was
  const fourth = await rows.nth(3).getAttribute('data-item-id');
  await rows.nth(3).click();
  await expect(page).toHaveURL(new RegExp(`#/items/${fourth}$`));
  await expect(page.getByTestId('items-selected')).toContainText('已选 4 条');
});

test('the chosen columns and their widths are the same after a reload', async ({ page }) => {
  await startWithDemo(page);
  await openItems(page);
  const headers = page.getByRole('columnheader');
  const titleHeader = headers.filter({ hasText: '标题 / 内容' });
  const before = (await titleHeader.boundingBox())?.width ?? 0;
  expect(before).toBeGreaterThan(0);

  await page.getByText('列', { exact: true }).click();
  await page.getByRole('checkbox', { name: '地区', exact: true }).check();
  await page.getByRole('checkbox', { name: '转发', exact: true }).uncheck();
  await page.getByText('列', { exact: true }).click();
  // widen 标题 by dragging its edge 120 px to the right
  const handle = page.getByRole('separator', { name: '调整“标题 / 内容”列宽' });
  const box = await handle.boundingBox();
  if (!box) throw new Error('no resize handle');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await titleHeader.boundingBox())?.width ?? 0)).toBe(Math.round(before + 120));
  const chosen = await headers.allInnerTexts();
  expect(chosen).toContain('地区');
  expect(chosen).not.toContain('转发');

  await page.reload();
  await expect(page.getByTestId('item-row').first()).toHaveAttribute('data-item-id', /.+/, { timeout: 30_000 });
  await expect.poll(() => headers.allInnerTexts()).toEqual(chosen);
  expect(Math.round((await titleHeader.boundingBox())?.width ?? 0)).toBe(Math.round(before + 120));
  await expect(page.getByTestId('item-row').first().locator('.cell-region')).toBeVisible();
  await screen(page, 'items-columns-after-reload');
});

test('a saved view: named, in the sidebar, one click applies it, kept across a reload, deleted', async ({ page }) => {
  const weiboNew = demo.items.filter((item) => item.platform === '微博' && item.status === 'new').length;
  await startWithDemo(page);
  await openItems(page);
  await page.getByTestId('facet-platform').getByLabel('微博').check();
  await page.getByTestId('facet-status').getByLabel('待研判').check();
  await expect(countText(page)).toContainText(`${weiboNew} / ${demo.items.length} 条`);

  const views = page.getByTestId('saved-views');
  await views.getByRole('button', { name: '保存当前视图' }).click();
  await views.getByLabel('视图名称').fill('微博待研判');
  await views.getByRole('button', { name: '保存', exact: true }).click();
  const ownView = views.getByRole('button', { name: '微博待研判', exact: true });
  await expect(ownView).toBeVisible();

  await page.getByRole('button', { name: '清除全部筛选' }).click();
  await expect(countText(page)).toContainText(`共 ${demo.items.length} 条`);
  await ownView.click();
  await expect(countText(page)).toContainText(`${weiboNew} / ${demo.items.length} 条`);
  await expect(ownView).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('facet-platform').getByLabel('微博')).toBeChecked();
  await screen(page, 'items-saved-view');

  await page.reload();
  await expect(page.getByTestId('item-row').first()).toHaveAttribute('data-item-id', /.+/, { timeout: 30_000 });
  await expect(countText(page)).toContainText(`共 ${demo.items.length} 条`);
  await ownView.click();
  await expect(countText(page)).toContainText(`${weiboNew} / ${demo.items.length} 条`);

  await views.getByRole('button', { name: '删除视图“微博待研判”' }).click();
  await expect(ownView).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('item-row').first()).toHaveAttribute('data-item-id', /.+/, { timeout: 30_000 });
  await expect(views.getByRole('button', { name: '今日待研判', exact: true })).toBeVisible();
  await expect(ownView).toHaveCount(0);
});
