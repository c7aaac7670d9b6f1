// `npm run --silent bench -- export --rows 100000 --json`: the formatted 舆情条目 workbook against
// plain SheetJS writing the same rows, both from item objects to compressed xlsx bytes, in one process
// so both run on the same warmed-up engine. Target: ratio ≤ 1.3.
import * as XLSX from 'xlsx';
import type { Feed, Item, ItemStatus, RiskLevel, Sentiment, Veracity } from '../../shared/domain/types';
import { FEEDS } from '../../shared/domain/types';
import { buildItemsWorkbook } from '../../shared/export/workbook';
import { itemColumns, itemRows } from '../../shared/export/item-columns';
import type { CellInput } from '../../shared/export/spreadsheet-ml';
import { mulberry32 } from '../../shared/random';
import { CORPUS_PLATFORMS, CORPUS_REGIONS } from '../../shared/search/corpus';
import { parseRowsArgs, round } from './numbers';

const DEFAULT_ROWS = 100_000;
const SEED = 20200203;

export async function run(args: string[]): Promise<number> {
  const parsed = parseRowsArgs(args, DEFAULT_ROWS);
  if (!parsed) {
    process.stderr.write('用法: npm run --silent bench -- export [--rows N] [--json]\n');
    return 64;
  }
  const items = generateItems(parsed.rows, SEED);

  // One small round of each first, so neither side pays for the engine compiling it.
  measureRaw(items.slice(0, 500));
  measureExport(items.slice(0, 500));

  const rawWriteMs = measureRaw(items);
  const exportMs = measureExport(items);
  const result = { rows: parsed.rows, rawWriteMs: round(rawWriteMs), exportMs: round(exportMs), ratio: round(exportMs / rawWriteMs, 3) };
  process.stdout.write(
    parsed.json
      ? `${JSON.stringify(result)}\n`
      : `${result.rows} 行：SheetJS 原始写出 ${result.rawWriteMs} ms，格式化导出 ${result.exportMs} ms，比值 ${result.ratio}\n`,
  );
  return 0;
}

/** SheetJS building a sheet from the same rows (dates as Date objects) and writing it compressed, unformatted. */
function measureRaw(items: Item[]): number {
  const started = performance.now();
  const columns = itemColumns();
  const rows: unknown[][] = [columns.map((column) => column.header)];
  for (const row of itemRows(items, columns)) rows.push(row.map((value, index) => plainValue(value, columns[index]?.type)));
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '舆情条目');
  const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  const elapsed = performance.now() - started;
  if (bytes.byteLength === 0) throw new Error('SheetJS wrote nothing');
  return elapsed;
}

function plainValue(value: CellInput, type: string | undefined): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'date' && typeof value === 'string') return new Date(value);
  return value;
}

function measureExport(items: Item[]): number {
  const started = performance.now();
  const { bytes } = buildItemsWorkbook(items);
  const elapsed = performance.now() - started;
  if (bytes.byteLength === 0) throw new Error('the export wrote nothing');
  return elapsed;
}

const TOPICS = [
  '小区封闭管理',
  '蔬菜价格上涨',
  '口罩供应',
  '复工复产',
  '学校延期开学',
  '公交线路调整',
  '供暖费用',
  '医院就诊',
  '物流配送',
  '物业服务',
];
const PHRASES = [
  '有网民在群内反映',
  '近日多位居民称',
  '相关部门已介入核实',
  '部分群众对此表示担忧',
  '评论区出现质疑声音',
  '该帖在本地群中转发较多',
  '经核实情况基本属实',
  '希望有关部门尽快给出说明',
  '有人称消息来自内部人员',
  '截至目前阅读量持续上升',
  '多个微信群出现类似内容',
  '网民情绪总体平稳',
  '个别账号发布不实信息',
  '建议加强正面引导和信息公开',
  '社区工作人员已上门了解情况',
];
const CATEGORIES = ['疫情防控', '民生保障', '社会治安', '交通出行', '教育', '医疗卫生'];
const SENTIMENTS: Sentiment[] = ['positive', 'neutral', 'negative'];
const VERACITIES: Veracity[] = ['unverified', 'true', 'partlyFalse', 'false', 'rumour'];
const STATUSES: ItemStatus[] = ['new', 'assessed', 'handling', 'closed'];

export function generateItems(count: number, seed: number): Item[] {
  const random = mulberry32(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const start = Date.parse('2020-01-20T00:00:00+08:00');
  const items: Item[] = [];
  for (let index = 0; index < count; index += 1) {
    const topic = pick(TOPICS);
    const region = pick(CORPUS_REGIONS);
    const targetLength = 50 + Math.floor(random() * 251);
    let content = `${region}${topic}：`;
    while (content.length < targetLength) content += `${pick(PHRASES)}，`;
    content = `${content.slice(0, targetLength - 1)}。`;
    const published = start + Math.floor(random() * 42 * 86_400_000);
    const platform = pick(CORPUS_PLATFORMS);
    const assessed = random() < 0.7;
    items.push({
      id: `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`,
      kind: platform === '线下' ? 'social' : 'online',
      feeds: [pick(FEEDS) as Feed],
      platform,
      title: `${region}${topic}相关信息`,
      content,
      url: platform === '线下' ? null : `https://example.cn/p/${index.toString(36)}`,
      account: `网友${Math.floor(random() * 50_000)}`,
      publishedAt: isoShanghai(published),
      reportedAt: isoShanghai(published + Math.floor(random() * 6 * 3_600_000)),
      capturedAt: isoShanghai(published + 8 * 3_600_000),
      region,
      unitId: null,
      reporterId: null,
      metrics: {
        reposts: Math.floor(random() * 500),
        comments: Math.floor(random() * 300),
        likes: Math.floor(random() * 2_000),
        views: random() < 0.5 ? null : Math.floor(random() * 100_000),
      },
      tags: [`${pick(CATEGORIES)}/${topic}`],
      eventId: null,
      assessment: {
        sentiment: assessed ? pick(SENTIMENTS) : null,
        risk: assessed ? (pick([1, 2, 3, 4]) as RiskLevel) : null,
        veracity: assessed ? pick(VERACITIES) : null,
        category: assessed ? pick(CATEGORIES) : null,
        assessedBy: assessed ? '张科员' : null,
        assessedAt: assessed ? isoShanghai(published + 12 * 3_600_000) : null,
      },
      status: pick(STATUSES),
      actions: [],
      notOpinion: false,
      fingerprint: null,
      simhash: null,
      provenance: [],
      externalId: `ext-${index}`,
      rootExternalId: null,
      parentExternalId: null,
      createdAt: isoShanghai(published + 8 * 3_600_000),
      updatedAt: isoShanghai(published + 8 * 3_600_000),
      rev: 1,
    });
  }
  return items;
}

function isoShanghai(ms: number): string {
  return `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}
