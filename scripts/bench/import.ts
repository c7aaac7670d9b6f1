// `npm run --silent bench -- import --rows 100000 --json`: a seeded partner workbook of
// 14 columns, then in Chromium with real IndexedDB, in one run: raw SheetJS read + sheet_to_json, raw Dexie
// bulkAdd of as many item-shaped rows, and the full import through the app's own page, from choosing the file
// until the batch is committed and listed. Peak heap is the page's and its workers' JS heap together
// (heap-sampler.ts).
// The parse baseline reads with the import's own SheetJS options and decoding (decode/workbook.ts
// readWorkbook): the fair comparison, since the import needs exactly those cells, and SheetJS's defaults in
// a browser cannot read a 300,000-row file at all (decode/byte-string.ts says why).
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { mulberry32 } from '../../shared/random';
import { buildBenchSite, serveBenchSite } from './bench-site';
import { sampleHeap } from './heap-sampler';
import { parseRowsArgs, round } from './numbers';

const DEFAULT_ROWS = 100_000;
const SEED = 20200203;
const PORT = 47870;

/** BENCH_VERBOSE=1 narrates the phases on stderr; stdout keeps only the result. */
function note(message: string): void {
  if (process.env.BENCH_VERBOSE) process.stderr.write(`[import bench] ${message}\n`);
}

interface BenchResult {
  rows: number;
  parseMs: number;
  bulkAddMs: number;
  importMs: number;
  indexMs: number | null;
  ratio: number;
  peakHeapMB: number | null;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseRowsArgs(args, DEFAULT_ROWS);
  if (!parsed) {
    process.stderr.write('用法: npm run --silent bench -- import [--rows N] [--json]\n');
    return 64;
  }
  const work = mkdtempSync(join(tmpdir(), 'import-bench-'));
  let server: Server | null = null;
  try {
    const workbookPath = join(work, '网信办舆情日报.xlsx');
    writeFileSync(workbookPath, partnerWorkbook(parsed.rows, SEED));
    note(`workbook written: ${statSync(workbookPath).size} bytes`);
    const site = join(work, 'site');
    await buildBenchSite(site, 'features/import/bench/bench.html');
    note('site built');
    server = await serveBenchSite(site, { port: PORT, extraFiles: { '/bench.xlsx': workbookPath } });
    const result = await measure(parsed.rows, workbookPath);
    process.stdout.write(
      parsed.json
        ? `${JSON.stringify(result)}\n`
        : `${result.rows} 行：SheetJS 解析 ${result.parseMs} ms，Dexie bulkAdd ${result.bulkAddMs} ms，完整导入 ${result.importMs} ms，比值 ${result.ratio}，峰值堆 ${result.peakHeapMB ?? '未知'} MB\n`,
    );
    return 0;
  } finally {
    server?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

async function measure(rows: number, workbookPath: string): Promise<BenchResult> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const baseline = await browser.newPage();
    await baseline.goto(`http://127.0.0.1:${PORT}/features/import/bench/bench.html`);
    await baseline.waitForFunction(() => 'importBench' in globalThis);
    note('baseline: SheetJS read + sheet_to_json');
    const parse = await baseline.evaluate(() => (globalThis as unknown as BenchWindow).importBench.rawParse('/bench.xlsx'));
    note(`baseline: parse ${Math.round(parse.ms)} ms; Dexie bulkAdd`);
    const bulkAdd = await baseline.evaluate(() => (globalThis as unknown as BenchWindow).importBench.rawBulkAdd());
    note(`baselines: parse ${Math.round(parse.ms)} ms, bulkAdd ${Math.round(bulkAdd.ms)} ms`);
    if (parse.rows !== rows || bulkAdd.rows !== rows) throw new Error(`基准行数不符：${parse.rows} / ${bulkAdd.rows}`);
    await baseline.close();

    // A fresh context: the app's database starts empty, as on a new workstation.
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    // BENCH_VERBOSE: the page's own console (e.g. timings logged while hunting a slowdown) joins the narration.
    page.on('console', (message) => note(message.text()));
    await startEmptyDesk(page);
    const sampler = await sampleHeap(page);
    const started = performance.now();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择文件…' }).click();
    await (await chooser).setFiles(workbookPath);
    const start = page.getByRole('button', { name: /开始导入/ });
    const refused = page.getByTestId('import-error');
    await start
      .or(refused)
      .first()
      .waitFor({ timeout: 30 * 60_000 });
    if (await refused.isVisible()) throw new Error(`导入失败：${await refused.innerText()}`);
    note(`parsed and mapped after ${Math.round(performance.now() - started)} ms`);
    // BENCH_SCREENS=1: the mapping step as the analyst sees it while the worker is still checking the rows
    if (process.env.BENCH_SCREENS) await page.screenshot({ path: 'test-results/screens/import-mapping-checking.png' });
    await start.click();
    await page
      .getByTestId('import-batches')
      .locator('tbody tr', { hasText: '已完成' })
      .first()
      .waitFor({ timeout: 60 * 60_000 });
    const importMs = performance.now() - started;
    const peak = await sampler.stop();
    const imported = await page.getByTestId('report-accepted').innerText();
    if (Number(imported.replace(/\D/g, '')) !== rows) throw new Error(`导入行数不符：${imported}`);
    await context.close();

    return {
      rows,
      parseMs: round(parse.ms),
      bulkAddMs: round(bulkAdd.ms),
      importMs: round(importMs),
      // The import updates no search index in the background: nothing to report apart.
      indexMs: null,
      ratio: round(importMs / (parse.ms + bulkAdd.ms), 3),
      peakHeapMB: peak === null ? null : round(peak / (1024 * 1024)),
    };
  } finally {
    await browser.close();
  }
}

interface BenchWindow {
  importBench: {
    rawParse(url: string): Promise<{ ms: number; rows: number }>;
    rawBulkAdd(): Promise<{ ms: number; rows: number }>;
  };
}

async function startEmptyDesk(page: Page): Promise<void> {
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByLabel('姓名').fill('基准测试');
  await page.getByRole('radio', { name: '拟稿人' }).check();
  await page.getByRole('button', { name: '建立人员' }).click();
  await page.getByRole('button', { name: /从空白开始/ }).click();
  await page.getByRole('heading', { level: 1, name: '首页' }).waitFor();
  await page.goto(`http://127.0.0.1:${PORT}/#/import`);
  await page.getByRole('heading', { level: 1, name: '导入' }).waitFor();
}

// ── the partner workbook ─────────────────────────────────────────────────────────────────────────────

const HEADER = [
  '序号',
  '信息ID',
  '标题',
  '内容',
  '链接',
  '来源',
  '作者',
  '发布时间',
  '转发数',
  '评论数',
  '点赞数',
  '阅读数',
  '涉及地区',
  '倾向性',
];
const PLATFORMS = ['新浪微博', '微信公众号', '抖音', '快手', '今日头条', '百度贴吧', '新闻网站', '论坛', '微信群', '小红书'];
const REGIONS = ['东胜区', '康巴什区', '达拉特旗', '准格尔旗', '鄂托克前旗', '鄂托克旗', '杭锦旗', '乌审旗', '伊金霍洛旗'];
const SENTIMENTS = ['正面', '中性', '负面', '负面', '中性'];
const SUBJECTS = [
  '小区物业',
  '供暖公司',
  '公交集团',
  '某中学',
  '农贸市场',
  '社区卫生服务站',
  '自来水公司',
  '城管执法队',
  '某商场',
  '景区管委会',
];
const EVENTS = [
  '收费标准调整引发居民不满',
  '停水停电通知未提前告知',
  '道路施工导致早高峰拥堵',
  '食品安全问题被网友曝光',
  '服务态度差遭投诉',
  '价格明显上涨',
  '排队时间过长',
  '噪音扰民问题持续多日',
  '垃圾清运不及时',
  '退费迟迟不到账',
];
const DETAILS = [
  '多名网民在评论区表示有相同遭遇',
  '有网友上传现场视频，画面显示人群聚集',
  '相关部门已回应称正在核实',
  '截至发稿时该帖转发量仍在上升',
  '部分评论情绪较为激烈，出现不实说法',
  '当地媒体已跟进报道',
  '有居民表示已拨打12345热线反映',
  '网友呼吁有关部门尽快公开处理结果',
  '另有账号转载时添加了未经证实的细节',
  '事件涉及老人和儿童，关注度较高',
];

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

/** 50–300 characters of plausible report text. */
function content(random: () => number, subject: string, event: string, region: string): string {
  const target = 50 + Math.floor(random() * 251);
  let text = `${region}网民反映，${subject}${event}。`;
  while (text.length < target) text += `${pick(random, DETAILS)}，${pick(random, SUBJECTS)}${pick(random, EVENTS)}。`;
  return text.slice(0, target);
}

export function partnerWorkbook(rows: number, seed: number): Buffer {
  const random = mulberry32(seed);
  const data: (string | number)[][] = [HEADER];
  const start = Date.UTC(2024, 4, 1, 0, 0, 0);
  for (let index = 0; index < rows; index++) {
    const region = pick(random, REGIONS);
    const subject = pick(random, SUBJECTS);
    const event = pick(random, EVENTS);
    const id = `49${String(1e15 + index * 7919 + Math.floor(random() * 7919)).padStart(17, '0')}`;
    const published = new Date(start + Math.floor(random() * 30 * 86_400_000) + 8 * 3_600_000).toISOString();
    data.push([
      index + 1,
      id,
      `${region}${subject}${event}`,
      content(random, subject, event, region),
      `https://weibo.com/${Math.floor(random() * 9e9)}/${id}`,
      pick(random, PLATFORMS),
      `网友${Math.floor(random() * 1e6)}`,
      `${published.slice(0, 10)} ${published.slice(11, 16)}`,
      Math.floor(random() * 5000),
      Math.floor(random() * 2000),
      Math.floor(random() * 20000),
      Math.floor(random() * 1e6),
      region,
      pick(random, SENTIMENTS),
    ]);
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(data), '舆情信息');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}
