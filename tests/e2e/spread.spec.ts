import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import type { Locator, Page } from '@playwright/test';
import { maskAccount } from '../../shared/spread/metrics';
import { chooseImportFile, expect, nav, screen, startEmpty, startWithDemo, test, XLSX_MIME } from './fixtures';

// A real cascade from the shared Weibo data (CED dataset): 415 reposts of one original. The file name is
// <n>_<original mid>_<account>; its records carry mid / parent / uid / text / date.
const CASCADE = '4443_Al0Hl9nUf_1990883881';
const ROOT_MID = 'Al0Hl9nUf';
const DATA = '../shared/data/weibo-cascades';

interface WeiboRepost {
  mid: string;
  parent: string;
  uid: string;
  text: string;
  date: string;
}

/**
 * The real records as the police cyber unit would send them: one sheet with 帖子ID / 原帖ID / 上级ID, the
 * original in its own row. A repost without a comment is what Weibo shows for it, 转发微博.
 */
function policeCascadeSheet(): { buffer: Buffer; reposts: WeiboRepost[] } {
  const original = JSON.parse(readFileSync(`${DATA}/original/${CASCADE}.json`, 'utf8')) as { text: string; time: number };
  const reposts = JSON.parse(readFileSync(`${DATA}/reposts/${CASCADE}.json`, 'utf8')) as WeiboRepost[];
  const beijing = (epochSeconds: number) => new Date(epochSeconds * 1000 + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
  const rows: string[][] = [
    ['帖子ID', '原帖ID', '上级ID', '平台', '标题', '内容', '账号', '发布时间'],
    [ROOT_MID, ROOT_MID, '', '微博', '米兰大佬：欧冠小组赛后离开', original.text, '1990883881', beijing(original.time)],
    ...reposts.map((repost) => [repost.mid, ROOT_MID, repost.parent, '微博', '', repost.text || '转发微博', repost.uid, repost.date]),
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '转发链');
  return { buffer: XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer, reposts };
}

async function openSpread(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: /^传播/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '传播' })).toBeVisible();
}

/** Imports a 公安网安 repost file and opens 传播, where it must stand as one cascade of every distinct repost plus its original. */
async function importOneCascade(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
  reposts: readonly { mid: string }[],
): Promise<{ list: Locator; size: number }> {
  await chooseImportFile(page, file, '公安网安');
  await expect(page.getByTestId('mapping-preview')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: /开始导入/ }).click();
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 60_000 });
  await openSpread(page);
  const list = page.getByTestId('cascade-list');
  await expect(list.locator('tbody tr')).toHaveCount(1);
  const size = new Set(reposts.map((repost) => repost.mid)).size + 1;
  await expect(list.locator('tbody tr').first()).toContainText(String(size));
  return { list, size };
}

interface DrawnPoint {
  /** position in the chart's element, CSS pixels */
  x: number;
  y: number;
}

/**
 * Where the graph drew its points, per series name: read from the chart instance the graph's frame holds
 * once the chart has finished drawing (the points of a big graph arrive over several frames).
 */
async function drawnPoints(page: Page): Promise<Record<string, DrawnPoint[]>> {
  const frame = page.locator('.spread-graph-frame');
  await expect.poll(() => frame.evaluate((element) => 'spreadChart' in element), { timeout: 20_000 }).toBe(true);
  return frame.evaluate((element) => {
    interface Chart {
      getOption(): { series: { name: string; data: ArrayLike<unknown> }[] };
      convertToPixel(finder: { xAxisIndex: number; yAxisIndex: number }, value: number[]): number[];
    }
    const chart = (element as unknown as { spreadChart: Chart }).spreadChart;
    const points: Record<string, DrawnPoint[]> = {};
    for (const series of chart.getOption().series) {
      const values: number[][] = [];
      const data = series.data;
      // Big series are flat typed arrays (x, y, x, y …); the hubs are objects with a value.
      if (typeof data[0] === 'number')
        for (let index = 0; index + 1 < data.length; index += 2) values.push([data[index] as number, data[index + 1] as number]);
      else for (const datum of Array.from(data)) values.push((datum as { value: number[] }).value);
      points[series.name] = values.map((value) => {
        const [x, y] = chart.convertToPixel({ xAxisIndex: 0, yAxisIndex: 0 }, value);
        return { x: x as number, y: y as number };
      });
    }
    return points;
  });
}

/** ECharts draws on a canvas: a chart is there when its canvas has a size. */
async function expectChart(page: Page, testId: string): Promise<void> {
  const canvas = page.getByTestId(testId).locator('canvas').first();
  await expect(canvas).toBeVisible({ timeout: 20_000 });
  const box = await canvas.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(300);
}

test('an empty workspace says how cascades come about', async ({ page }) => {
  await startEmpty(page);
  await openSpread(page);
  const empty = page.getByTestId('spread-empty');
  await expect(empty).toContainText('还没有传播链');
  await expect(empty).toContainText('帖子ID / 原帖ID / 上级ID');
  await expect(empty).toContainText('手动关联');
  await screen(page, 'spread-empty');
});

test('a real Weibo cascade imported on 导入: tree, timeline, a refutation linked, both curves', async ({ page }) => {
  test.setTimeout(120_000);
  const { buffer, reposts } = policeCascadeSheet();
  await startEmpty(page);
  // The file repeats no mid, so the cascade holds the original and every repost.
  const { list, size } = await importOneCascade(page, { name: '公安网安转发链.xlsx', mimeType: XLSX_MIME, buffer }, reposts);
  await screen(page, 'spread-list-real');

  await list.getByRole('link', { name: '米兰大佬：欧冠小组赛后离开' }).click();
  await expect(page.getByTestId('cascade-title')).toHaveText('米兰大佬：欧冠小组赛后离开');
  await expectChart(page, 'spread-graph');
  const metrics = page.getByTestId('spread-metrics');
  await expect(metrics).toContainText(`规模${size}`);
  // Accounts stay masked until the analyst asks.
  await expect(page.getByTestId('top-spreaders')).toContainText('***');
  await screen(page, 'spread-graph-real');
  await page.getByRole('button', { name: '显示账号' }).click();
  await expect(page.getByTestId('top-spreaders')).not.toContainText('***');
  await page.getByRole('button', { name: '隐藏账号' }).click();

  // Clicking a node on the canvas opens its item. The root and the biggest spreaders are drawn on top
  // ("hubs", the root first, then by direct reposts); the rest are the platform's points.
  const graph = page.getByTestId('spread-graph');
  const panel = page.getByTestId('spread-item-panel');
  const points = await drawnPoints(page);
  const hubs = points.hubs ?? [];
  await graph.click({ position: hubs[0] as DrawnPoint });
  await expect(panel.locator('.spread-item-title')).toHaveText('米兰大佬：欧冠小组赛后离开');
  await panel.getByRole('button', { name: '关闭' }).click();
  const directReposts = new Map<string, number>();
  for (const repost of reposts) if (repost.parent) directReposts.set(repost.parent, (directReposts.get(repost.parent) ?? 0) + 1);
  const [topMid, topCount] = [...directReposts].sort((a, b) => b[1] - a[1])[0] as [string, number];
  expect([...directReposts.values()].filter((count) => count === topCount)).toHaveLength(1);
  const top = reposts.find((repost) => repost.mid === topMid) as WeiboRepost;
  await graph.click({ position: hubs[1] as DrawnPoint });
  await expect(panel.locator('.spread-item-content')).toHaveText(top.text);
  await expect(panel).toContainText('微博');
  await screen(page, 'spread-node-clicked');
  await panel.getByRole('button', { name: '关闭' }).click();
  // A plain repost, where no other point is drawn within reach of the pointer.
  const everyPoint = Object.values(points).flat();
  const plain = (points['微博'] ?? []).find(
    (point) =>
      point.x > 20 && point.y > 60 && everyPoint.every((other) => other === point || Math.hypot(other.x - point.x, other.y - point.y) > 14),
  );
  expect(plain).toBeDefined();
  await graph.click({ position: plain as DrawnPoint });
  await expect(panel).toBeVisible();
  await expect(panel.locator('.spread-item-title')).not.toHaveText('米兰大佬：欧冠小组赛后离开');
  const accounts = new Set(reposts.map((repost) => maskAccount(repost.uid)));
  const shownAccount = await panel.locator('.metric-row', { hasText: '账号' }).locator('dd').innerText();
  expect(accounts.has(shownAccount)).toBe(true);
  await panel.getByRole('button', { name: '关闭' }).click();

  await page.getByRole('tab', { name: '时间线' }).click();
  await expectChart(page, 'spread-timeline');
  await screen(page, 'spread-timeline-real');

  await page.getByRole('tab', { name: '跨平台路径' }).click();
  await expect(page.getByTestId('platform-path')).toContainText('微博');
  await page.getByTestId('platform-path').getByRole('button').first().click();
  await expect(page.getByTestId('spread-item-panel')).toContainText('米兰大佬');
  await screen(page, 'spread-item-panel');
  await page.getByRole('button', { name: '关闭' }).click();

  await page.getByRole('tab', { name: '谣言与辟谣' }).click();
  await expect(page.getByTestId('rumour-none')).toBeVisible();
  await page.getByLabel('辟谣标题').fill('关于网传米兰高层人事消息的说明');
  await page.getByLabel('发布单位').fill('某市网信办');
  await page.getByLabel('发布渠道').fill('微信公众号');
  await page.getByLabel('发布时间').fill('2013-11-30T12:00');
  await page.getByRole('button', { name: '新建并关联' }).click();
  await expectChart(page, 'rumour-chart');
  await expect(page.getByTestId('rumour-after')).toContainText('首次辟谣后仍新增');
  await expect(page.getByTestId('linked-refutations')).toContainText('关于网传米兰高层人事消息的说明');
  await screen(page, 'spread-rumour-real');

  // Exports go through the platform bridge: in the browser host, downloads.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '关系表 CSV' }).click();
  const csv = await download;
  expect(csv.suggestedFilename()).toMatch(/^传播关系_.+\.csv$/);
  const bytes = readFileSync(await csv.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
  expect(lines[0]).toBe('上级条目,条目,关系类型,时间,平台,账号,层级,上级缺失');
  expect(lines).toHaveLength(size);
});

test('a Weibo repost array (mid / parent, no 原帖ID) imported on 导入 hangs under its implied original, which the analyst names', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const bytes = readFileSync(`${DATA}/reposts/${CASCADE}.json`);
  const reposts = JSON.parse(bytes.toString('utf8')) as WeiboRepost[];
  await startEmpty(page);
  const { list, size } = await importOneCascade(page, { name: `${CASCADE}.json`, mimeType: 'application/json', buffer: bytes }, reposts);
  // Records keyed by mid are Weibo posts, and so is the original the file implies: no 未知平台.
  await expect(list.locator('tbody tr').first().locator('td').last()).toHaveText('微博');
  await screen(page, 'spread-list-json');
  // Until the analyst names the original, the file tells two repost files apart.
  await list.getByRole('link', { name: `原帖未导入（转发记录 ${CASCADE}.json）` }).click();
  await expectChart(page, 'spread-graph');
  await expect(page.getByTestId('spread-metrics')).toContainText(`规模${size}`);

  const form = page.getByTestId('implied-root-form');
  await form.getByLabel('原帖ID').fill(ROOT_MID);
  await form.getByLabel('原帖内容').fill('米兰大佬：欧冠小组赛后离开');
  await form.getByLabel('原帖时间').fill('2013-11-28 20:00');
  await form.getByRole('button', { name: '保存原帖信息' }).click();
  await expect(page.getByTestId('cascade-title')).toHaveText('米兰大佬：欧冠小组赛后离开');
  await expect(page).toHaveURL(new RegExp(`#/spread/ext%3A${ROOT_MID}$`));
  await expect(page.getByTestId('spread-metrics')).toContainText(`规模${size}`);
  await expect(page.getByTestId('spread-graph')).toBeVisible();
  await expect(page.getByTestId('spread-metrics')).not.toContainText('未知平台');
  await screen(page, 'spread-json-implied-root');
  await page.getByRole('tab', { name: '时间线' }).click();
  await expectChart(page, 'spread-timeline');
  await screen(page, 'spread-json-timeline');
});

test('the demo cascades: largest first, a manual link in the graph, the refutation curve, graph exported as PNG', async ({ page }) => {
  await startWithDemo(page);
  await openSpread(page);
  const rows = page.getByTestId('cascade-list').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  const sizes = await rows.locator('td:nth-child(2)').allInnerTexts();
  expect(Number(sizes[0])).toBeGreaterThan(Number(sizes[1]));
  await screen(page, 'spread-list-demo');

  await rows.first().getByRole('link').click();
  await expectChart(page, 'spread-graph');
  await expect(page.getByTestId('spread-metrics')).toContainText('微信群');
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: '传播图 PNG' }).click();
  const file = await png;
  expect(file.suggestedFilename()).toMatch(/\.png$/);
  await page.getByRole('tab', { name: '谣言与辟谣' }).click();
  await expectChart(page, 'rumour-chart');
  await screen(page, 'spread-rumour-demo');
});
