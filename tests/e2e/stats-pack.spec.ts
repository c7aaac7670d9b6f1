import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import type { WorkspaceSnapshot } from '../../shared/domain/workspace';
import { expect, nav, screen, startWithDemo, test } from './fixtures';

const demo = JSON.parse(readFileSync('resources/demo/demo-workspace.json', 'utf8')) as WorkspaceSnapshot;

async function openStats(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: /^统计/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '统计' })).toBeVisible();
  await expect(page.getByTestId('stats-chart-trend').locator('canvas')).toBeVisible({ timeout: 30_000 });
}

const total = async (page: Page) => Number((await page.getByTestId('stats-total').locator('.count-number').innerText()).replace(/,/g, ''));

/** PNG width and height from its IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

test('统计 shows the demo period with charts, a bar opens the filtered list, and the pack downloads and verifies', async ({ page }) => {
  test.setTimeout(120_000);
  await startWithDemo(page);
  await openStats(page);
  await expect(page.getByRole('button', { name: '近7天' })).toHaveAttribute('aria-pressed', 'true');
  for (const chart of ['trend', 'feed', 'platform', 'kind', 'sentiment', 'risk', 'region', 'category', 'tag', 'event']) {
    await expect(page.getByTestId(`stats-chart-${chart}`)).toBeVisible();
  }
  expect(await total(page)).toBeGreaterThan(0);
  await screen(page, 'stats-last7');

  // The demo spans two weeks ending today, so the last 30 days hold every item.
  await page.getByRole('button', { name: '近30天' }).click();
  await expect.poll(() => total(page)).toBe(demo.items.length);
  await screen(page, 'stats-last30');
  await page.getByTestId('stats-chart-platform').scrollIntoViewIfNeeded();
  await screen(page, 'stats-last30-charts');

  // The largest platform is the first bar; the table under the chart says how many items it stands for.
  const platformCard = page.getByTestId('stats-chart-platform');
  await platformCard.getByText('显示数据表').click();
  const firstRow = platformCard.locator('tbody tr').first();
  const platform = await firstRow.locator('td').nth(0).innerText();
  const count = Number(await firstRow.locator('td').nth(1).innerText());
  expect(count).toBe(demo.items.filter((item) => (item.platform ?? '未填写') === platform).length);
  await platformCard.getByText('显示数据表').click();

  // Bars are drawn on a canvas: click where the first "本期" bar stands (grid left 48 px, right 24 px,
  // bottom 64 px with rotated labels; 本期 sits just left of its category's centre).
  const canvas = platformCard.locator('canvas').first();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('platform chart not drawn');
  const band = (box.width - 48 - 24) / 12;
  await canvas.click({ position: { x: 48 + band / 2 - 6, y: box.height - 64 - 12 } });
  await expect(page).toHaveURL(new RegExp(`#/items\\?from=\\d+&to=\\d+&platform=${encodeURIComponent(platform).replace(/%/g, '%')}`));
  await expect(page.getByRole('heading', { level: 1, name: '条目' })).toBeVisible();
  await expect(page.getByTestId('items-count')).toContainText(`${count} / ${demo.items.length} 条`, { timeout: 30_000 });
  await screen(page, 'stats-clicked-list');

  // The filtered list exports from the palette as it stands: the 线下 items of the period, nothing else.
  await page.getByRole('heading', { level: 1, name: '条目' }).click();
  await page.keyboard.press('Control+k');
  const listDownloadEvent = page.waitForEvent('download');
  await page
    .getByTestId('command-palette')
    .getByRole('option', { name: /导出当前条目列表为 Excel/ })
    .click();
  await expect(page.getByTestId('toast')).toContainText(`已导出 ${count} 条条目`);
  const listDownload = await listDownloadEvent;
  expect(listDownload.suggestedFilename()).toMatch(/^舆情条目列表-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const listPath = 'test-results/stats-pack/list.xlsx';
  await listDownload.saveAs(listPath);
  const listBook = XLSX.read(readFileSync(listPath), { type: 'buffer' });
  const listRows = XLSX.utils.sheet_to_json<Record<string, unknown>>(listBook.Sheets['舆情条目'] as XLSX.WorkSheet);
  expect(listRows).toHaveLength(count);
  expect(new Set(listRows.map((row) => row['平台']))).toEqual(new Set([platform]));

  await openStats(page);
  await page.getByRole('button', { name: '近30天' }).click();
  await expect.poll(() => total(page)).toBe(demo.items.length);
  // The workbook is written in its own worker, so the window keeps painting progress and taking a cancel.
  const workbookWorker = page.waitForEvent('worker', (worker) => worker.url().includes('pack-workbook'));
  // So are the manifest's hashes and the zip: every byte of the pack is read there, not in the window.
  const sealWorker = page.waitForEvent('worker', (worker) => worker.url().includes('pack-seal'));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出简报包' }).click();
  await workbookWorker;
  await sealWorker;
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^舆情统计-\d{4}-\d{2}-\d{2}至\d{4}-\d{2}-\d{2}\.zip$/);
  mkdirSync('test-results/stats-pack', { recursive: true });
  const zipPath = 'test-results/stats-pack/pack.zip';
  await file.saveAs(zipPath);
  await expect(page.getByTestId('export-outcome')).toContainText('已下载');
  await screen(page, 'stats-exported');

  const verification = JSON.parse(
    execFileSync('npx', ['tsx', 'scripts/desk.ts', 'pack', 'verify', zipPath, '--json'], { encoding: 'utf8' }),
  ) as {
    ok: boolean;
    files: { path: string }[];
  };
  expect(verification.ok).toBe(true);
  const paths = verification.files.map((entry) => entry.path);
  for (const chart of ['trend', 'feed', 'platform', 'sentiment', 'risk', 'region', 'top-events']) {
    expect(paths).toContain(`charts/${chart}.png`);
    expect(paths).toContain(`charts/${chart}.svg`);
  }
  expect(paths).toEqual(expect.arrayContaining(['workbook.xlsx', 'report.html', 'report.json']));
  // the demo's repost chains: each cascade's graph and timeline, drawn by Chromium
  for (const chart of ['cascade-01-graph', 'cascade-01-timeline']) expect(paths).toContain(`charts/${chart}.png`);
  const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
  const trendPng = Object.entries(entries).find(([path]) => path.endsWith('charts/trend.png'))?.[1];
  if (!trendPng) throw new Error('no trend.png');
  // drawn at twice the chart's 1000 × 560 for print
  expect(pngSize(trendPng)).toEqual({ width: 2000, height: 1120 });

  // 类别 opens the list too: its largest bar (the first, at the top) lists the items it counted.
  const categoryCard = page.getByTestId('stats-chart-category');
  await categoryCard.scrollIntoViewIfNeeded();
  await screen(page, 'stats-category-chart');
  await categoryCard.getByText('显示数据表').click();
  const categoryRows = categoryCard.locator('tbody tr');
  const categoryCount = Number(await categoryRows.first().locator('td').nth(1).innerText());
  const categoryBands = await categoryRows.count();
  await categoryCard.getByText('显示数据表').click();
  const categoryCanvas = categoryCard.locator('canvas').first();
  const categoryBox = await categoryCanvas.boundingBox();
  if (!categoryBox) throw new Error('category chart not drawn');
  // Horizontal bars start at the grid's left edge (160 px); the first band lies under the legend (top 36 px,
  // bottom 32 px). 本期 and 上期 share the band, so try a few heights across it until a bar takes the click.
  const bandHeight = (categoryBox.height - 36 - 32) / categoryBands;
  for (const offset of [-0.3, -0.15, 0.15, 0.3, 0]) {
    await categoryCanvas.click({ position: { x: 163, y: 36 + bandHeight * (0.5 + offset) } });
    if (page.url().includes('#/items?')) break;
  }
  await expect(page).toHaveURL(/#\/items\?from=\d+&to=\d+&category=/);
  await expect(page.getByTestId('items-count')).toContainText(`${categoryCount} / ${demo.items.length} 条`, { timeout: 30_000 });
  await expect(page.getByTestId('facet-category')).toBeVisible();
  await screen(page, 'stats-category-list');

  // The page in English: headings, periods and chart labels follow the interface language.
  await nav(page).getByRole('link', { name: /^设置/ }).click();
  await page.getByLabel('界面语言').selectOption('en');
  await nav(page)
    .getByRole('link', { name: /^Statistics/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Last 30 days' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('stats-chart-trend').locator('canvas')).toBeVisible();
  const sentimentCard = page.getByTestId('stats-chart-sentiment');
  await sentimentCard.getByText('Show the data table').click();
  await expect(sentimentCard.locator('tbody')).toContainText('Negative');
  await screen(page, 'stats-en');
});
