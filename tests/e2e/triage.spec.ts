import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { WorkspaceSnapshot } from '../../shared/domain/workspace';
import { expect, nav, screen, startWithDemo, test } from './fixtures';

const demo = JSON.parse(readFileSync('resources/demo/demo-workspace.json', 'utf8')) as WorkspaceSnapshot;

async function openItems(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: /^条目/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '条目' })).toBeVisible();
  await expect(page.getByTestId('item-row').first()).toHaveAttribute('data-item-id', /.+/, { timeout: 30_000 });
}

/** Puts keyboard focus on the page (not a control) so the list's single-key commands apply. */
async function focusList(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: '条目' }).click();
}

const toast = (page: Page) => page.getByTestId('toast');
const detail = (page: Page) => page.getByTestId('item-detail');

test('filter → select → bulk tag → assess → undo, each step in the audit log', async ({ page }) => {
  await startWithDemo(page);
  await openItems(page);
  await page.getByTestId('facet-platform').getByLabel('微博').check();
  await page.getByTestId('facet-status').getByLabel('待研判').check();
  const rows = page.getByTestId('item-row');
  await expect(page.getByTestId('items-count')).toContainText('/');

  await focusList(page);
  // x acts on the focused row once the re-run filter has put its item under the focus
  await expect(page.locator('[data-testid="item-row"].focused')).toHaveAttribute('data-item-id', /.+/);
  for (let index = 0; index < 3; index++) {
    await page.keyboard.press('x');
    await page.keyboard.press('j');
  }
  await expect(page.getByTestId('items-selected')).toContainText('已选 3 条');
  const selectedIds = await Promise.all([0, 1, 2].map((index) => rows.nth(index).getAttribute('data-item-id')));

  await page.keyboard.press('t');
  const tagDialog = page.getByTestId('tag-dialog');
  await expect(tagDialog.getByRole('heading', { name: '打标签（3 条）' })).toBeVisible();
  await page.keyboard.type('舆情专项/停暖传言');
  await expect(tagDialog.getByRole('option', { name: '新建标签“舆情专项/停暖传言”' })).toBeVisible();
  await screen(page, 'triage-tag-picker');
  await page.keyboard.press('Enter');
  await expect(toast(page)).toHaveText(/已为 3 条条目添加标签“舆情专项\/停暖传言”/);

  await page.keyboard.press('a');
  const assess = page.getByTestId('assess-dialog');
  await expect(assess.getByRole('heading', { name: '批量研判（3 条）' })).toBeVisible();
  await assess.getByLabel('风险等级').selectOption('3');
  await assess.getByLabel('真实性').selectOption('rumour');
  await screen(page, 'triage-bulk-assess');
  await assess.getByRole('button', { name: '保存' }).click();
  await expect(toast(page)).toHaveText(/已保存 3 条条目的研判/);

  // The filter was 待研判: assessed items leave it.
  await expect(page.locator(`[data-testid="item-row"][data-item-id="${selectedIds[0]}"]`)).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect(toast(page)).toHaveText(/已撤销：研判（3 条）/);
  await screen(page, 'triage-undo-toast');
  await page.keyboard.press('Control+z');
  await expect(toast(page)).toHaveText(/已撤销：批量打标签（3 条）/);
  await page.keyboard.press('Control+Shift+z');
  await expect(toast(page)).toHaveText(/已重做：批量打标签（3 条）/);

  // The first selected item: tagged again (redo), assessment undone, status back to 待研判.
  await page.goto(`/#/items/${selectedIds[0]}`);
  await expect(detail(page)).toBeVisible();
  await expect(detail(page).getByTestId('detail-status')).toHaveText('待研判');
  await expect(detail(page).getByTestId('detail-tags')).toContainText('舆情专项/停暖传言');
  const history = detail(page).getByTestId('detail-history');
  await expect(history).toContainText('重做');
  await expect(history).toContainText('撤销');
  await expect(history).toContainText('研判');
  await screen(page, 'triage-detail-history');

  await nav(page)
    .getByRole('link', { name: /^操作日志/ })
    .click();
  await expect(page.getByTestId('audit-table')).toContainText('打标签');
  await page.getByRole('button', { name: '校验操作日志' }).click();
  await expect(page.getByTestId('audit-verification')).toContainText('校验通过');
});

test('rumours awaiting refutation: record a refutation, link it, and see the time it took', async ({ page }) => {
  const waiting = demo.items.filter(
    (item) =>
      (item.assessment.veracity === 'rumour' || item.assessment.veracity === 'false') &&
      !demo.refutations.some((refutation) => refutation.itemIds.includes(item.id)),
  );
  await startWithDemo(page);
  await page.goto('/#/refutations');
  await expect(page.getByRole('heading', { level: 1, name: '辟谣' })).toBeVisible();
  await expect(page.getByRole('heading', { name: `待辟谣（${waiting.length} 条）` })).toBeVisible();
  await screen(page, 'triage-refutations');

  await page.getByTestId('rumours-waiting').getByRole('button', { name: '关联辟谣' }).first().click();
  const dialog = page.getByTestId('refutation-dialog');
  await dialog.getByLabel('标题').fill('关于网传停暖消息的说明');
  await dialog.getByLabel('发布单位').fill('青川市住建局');
  await dialog.getByLabel('发布渠道').fill('微信公众号');
  await screen(page, 'triage-refutation-dialog');
  await dialog.getByRole('button', { name: '记录并关联' }).click();
  await expect(toast(page)).toHaveText(/已为 1 条条目关联辟谣/);

  await expect(page.getByRole('heading', { name: `待辟谣（${waiting.length - 1} 条）` })).toBeVisible();
  const recorded = page.getByTestId('refutation-table');
  const row = recorded.getByRole('row', { name: /关于网传停暖消息的说明/ });
  await expect(row).toContainText('青川市住建局');
  await expect(row).toContainText(/\d+ 天 \d+ 小时 \d+ 分/);

  // The linked item now carries a 辟谣 action and is being handled.
  await row.getByRole('link').first().click();
  await expect(detail(page)).toBeVisible();
  await expect(detail(page).getByTestId('detail-status')).toHaveText('处置中');
  await expect(detail(page).getByTestId('detail-actions')).toContainText('辟谣');
  await expect(detail(page).getByTestId('detail-refutations')).toContainText('从首次出现到辟谣');
  await screen(page, 'triage-detail-refuted');
});

test('keyboard-only triage of five items: j moves, Enter opens, t tags, a assesses, Escape returns', async ({ page }) => {
  await startWithDemo(page);
  await openItems(page);
  await page.getByTestId('facet-status').getByLabel('待研判').check();
  await focusList(page);
  await expect(page.locator('[data-testid="item-row"].focused')).toHaveAttribute('data-item-id', /.+/);
  const triaged: string[] = [];
  for (let index = 0; index < 5; index++) {
    // After an assessed item leaves the list, the focused row is briefly a placeholder while its item loads.
    await expect(page.locator('[data-testid="item-row"].focused')).toHaveAttribute('data-item-id', /.+/);
    const id = await page.locator('[data-testid="item-row"].focused').getAttribute('data-item-id');
    expect(id).toBeTruthy();
    triaged.push(id as string);
    await page.keyboard.press('Enter');
    await expect(detail(page)).toBeVisible();
    await page.keyboard.press('t');
    await expect(page.getByTestId('tag-dialog')).toBeVisible();
    await page.keyboard.type('民生');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('tag-dialog')).toHaveCount(0);
    await page.keyboard.press('a');
    await expect(page.getByTestId('assess-dialog')).toBeVisible();
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('assess-dialog')).toHaveCount(0);
    await expect(detail(page).getByTestId('detail-status')).toHaveText('已研判');
    if (index === 0) await screen(page, 'triage-keyboard-detail');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('items-detail')).toHaveCount(0);
    // the assessed item left the 待研判 list; focus stays on the row now holding the next item
    await expect(page.locator(`[data-testid="item-row"][data-item-id="${id}"]`)).toHaveCount(0);
  }
  expect(new Set(triaged).size).toBe(5);
  for (const id of triaged) {
    await page.goto(`/#/items/${id}`);
    await expect(detail(page).getByTestId('detail-status')).toHaveText('已研判');
    await expect(detail(page).getByTestId('detail-tags')).toContainText('民生');
  }
});

test('Ctrl+K lists every command with its shortcut and runs one from the keyboard', async ({ page }) => {
  await startWithDemo(page);
  await page.keyboard.press('Control+k');
  const palette = page.getByTestId('command-palette');
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('option', { name: /标签管理/ })).toBeVisible();
  await expect(palette.getByRole('option', { name: /首页.*Alt\+1/ })).toBeVisible();
  await screen(page, 'triage-palette');
  await page.keyboard.type('标签管理');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '标签管理' })).toBeVisible();
  await expect(page.getByTestId('tag-table')).toContainText('民生');
  await screen(page, 'triage-tags');
  await page.goto('/#/events');
  await expect(page.getByRole('heading', { level: 1, name: '事件' })).toBeVisible();
  await page.getByTestId('event-table').getByRole('link').first().click();
  await expect(page.getByTestId('event-stats')).toBeVisible();
  await screen(page, 'triage-event');
});
