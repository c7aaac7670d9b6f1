import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import type { Item } from '../../../shared/domain/types';
import { EXCEL_DATE_TIME_FORMAT } from '../../../shared/export/excel-date';
import { verifyPack, zipPack, type PackFile, type PackReport } from '../../../shared/export/pack';
import { canonicalJson } from '../../../shared/crypto/canonical-json';
import { sha256Hex } from '../../../shared/crypto/sha256';
import { SHEET_NAMES } from '../../../shared/export/workbook';
import { buildListPack, type ListPackHost } from '../../../renderer/features/pack/list-pack';
import { listFile } from '../../../renderer/features/pack/list-export';
import { buildEvent, buildItem, resetBuilderSequence } from '../../builders';
import { cellUnder, readWorkbook, sheetOf, sheetXml } from '../../unit/export/read-back';
import { lastWeekComparison, svgHost } from './pack-host';

const ZONE = 'Asia/Shanghai';
const NOW = Date.parse('2026-03-10T10:00:00+08:00');
const SECRET = 'a1'.repeat(32);
// Accounts spelled out in titles, texts and profile links too: masking must reach all of them.
const ACCOUNTS = ['牧场老李说事', 'beiling_news_2026', '小城同城'];

function itemsOfWeek(): { items: Item[]; eventName: string; eventId: string } {
  const event = buildEvent({ name: '某旗供暖事件' });
  const items = Array.from({ length: 24 }, (_, index) => {
    const account = ACCOUNTS[index % ACCOUNTS.length] as string;
    const day = 4 + (index % 7);
    const reportedAt = `2026-03-${String(day).padStart(2, '0')}T${String(8 + (index % 10)).padStart(2, '0')}:15:00+08:00`;
    return buildItem({
      reportedAt,
      publishedAt: reportedAt.replace(':15:', ':05:'),
      account,
      title: `${account} 发文称供暖不足 ${index}`,
      content: `据 @${account} 所述，小区已停暖三天。`,
      url: `https://weibo.example.cn/u/${encodeURIComponent(account)}/status/${index}`,
      eventId: index % 3 === 0 ? event.id : null,
      assessment: {
        sentiment: index % 2 === 0 ? 'negative' : 'neutral',
        risk: index % 4 === 0 ? 3 : 1,
        veracity: 'unverified',
        category: '民生保障',
        assessedBy: null,
        assessedAt: reportedAt,
      },
    });
  });
  return { items, eventName: event.name, eventId: event.id };
}

async function packOf(
  items: Item[],
  eventNames: Map<string, string>,
  maskSecret: string | null,
  extra: { host?: ListPackHost; report?: PackReport; signal?: AbortSignal; onProgress?: (step: string, done: number) => void } = {},
) {
  return buildListPack(
    {
      comparison: lastWeekComparison(items, NOW, ZONE),
      items,
      eventNames,
      lookups: { events: eventNames },
      masking: maskSecret === null ? null : { style: 'pseudonym', secret: maskSecret },
      auditHead: { seq: 42, hash: 'ab'.repeat(32) },
      createdAt: '2026-03-10T10:30:00+08:00',
      appVersion: '0.1.0-test',
      timeZone: ZONE,
      report: extra.report ?? null,
    },
    extra.host ?? svgHost,
    { signal: extra.signal, onProgress: extra.onProgress },
  );
}

function fileOf(files: PackFile[], path: string): Uint8Array {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no ${path} in ${files.map((candidate) => candidate.path).join(', ')}`);
  return file.bytes;
}

/** Every text a reader of the pack could see: text files as they are, the workbook's XML parts unzipped. */
function allTextOf(files: PackFile[]): string {
  return files
    .map((file) =>
      file.path.endsWith('.xlsx')
        ? Object.values(unzipSync(file.bytes))
            .map((part) => strFromU8(part))
            .join('\n')
        : strFromU8(file.bytes),
    )
    .join('\n');
}

beforeAll(() => {
  // jsdom has no canvas and says so on every text ECharts measures; without one ECharts estimates text
  // widths, as it does in its server-side mode.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

describe('the briefing pack of a filtered list', () => {
  beforeEach(() => resetBuilderSequence());

  it('holds the workbook, every pack chart as SVG, the printable report, report.json and a manifest that verifies', async () => {
    const { items, eventId, eventName } = itemsOfWeek();
    const pack = await packOf(items, new Map([[eventId, eventName]]), null);
    const paths = pack.files.map((file) => file.path);
    for (const chart of ['trend', 'feed', 'platform', 'sentiment', 'risk', 'region', 'top-events'])
      expect(paths).toContain(`charts/${chart}.svg`);
    expect(paths).toEqual(expect.arrayContaining(['workbook.xlsx', 'report.html', 'report.json', 'manifest.json']));

    const verification = verifyPack(pack.files);
    expect(verification).toMatchObject({ ok: true, missing: [], extra: [], reportHashOk: null });
    expect(verification.files.map((file) => file.path).sort()).toEqual(paths.filter((path) => path !== 'manifest.json').sort());
    const manifest = JSON.parse(strFromU8(fileOf(pack.files, 'manifest.json'))) as { auditHead: unknown; report: unknown };
    expect(manifest.auditHead).toEqual({ seq: 42, hash: 'ab'.repeat(32) });
    expect(manifest.report).toBeNull();

    // The same pack zipped under one folder, as the browser downloads it, verifies too; one changed byte does not.
    const zipped = unzipSync(zipPack(pack.files, { folder: pack.name }));
    expect(verifyPack(Object.entries(zipped).map(([path, bytes]) => ({ path, bytes }))).ok).toBe(true);
    const tampered = pack.files.map((file) =>
      file.path === 'report.html' ? { ...file, bytes: Uint8Array.from([...file.bytes, 32]) } : file,
    );
    expect(verifyPack(tampered)).toMatchObject({ ok: false, files: expect.arrayContaining([{ path: 'report.html', ok: false }]) });

    const report = JSON.parse(strFromU8(fileOf(pack.files, 'report.json'))) as { itemIds: string[]; totals: { current: number } };
    expect(report.itemIds).toEqual(items.map((item) => item.id));
    expect(report.totals.current).toBe(items.length);
    const html = strFromU8(fileOf(pack.files, 'report.html'));
    expect(html).not.toMatch(/<script|src="https?:|href="https?:/i);
    expect(html).toContain('某旗供暖事件');
  });

  it('writes a workbook SheetJS reads back with the five sheets, numbers as numbers, Beijing dates and real links', async () => {
    const { items, eventId, eventName } = itemsOfWeek();
    const pack = await packOf(items, new Map([[eventId, eventName]]), null);
    const bytes = fileOf(pack.files, 'workbook.xlsx');
    const book = readWorkbook(bytes);
    expect(book.SheetNames).toEqual(Object.values(SHEET_NAMES));

    const list = sheetOf(book, SHEET_NAMES.items);
    expect(XLSX.utils.decode_range(list['!ref'] ?? 'A1').e.r).toBe(items.length);
    const first = items[0] as Item;
    expect(cellUnder(list, '标题', 1)?.v).toBe(first.title);
    expect(cellUnder(list, '序号', 1)).toMatchObject({ t: 'n', v: 1 });
    expect(cellUnder(list, '转发数', 1)).toMatchObject({ t: 'n', v: first.metrics.reposts });
    const reported = cellUnder(list, '报送时间', 1);
    expect(reported?.t).toBe('n');
    expect(reported?.z).toBe(EXCEL_DATE_TIME_FORMAT);
    // 2026-03-04 08:15 Beijing as an Excel serial day
    expect(XLSX.SSF.format(EXCEL_DATE_TIME_FORMAT, reported?.v as number)).toBe(first.reportedAt.slice(0, 16).replace('T', ' '));
    expect(cellUnder(list, '链接', 1)?.l?.Target).toBe(first.url);
    expect(cellUnder(list, '事件', 1)?.v).toBe(eventName);
    expect(sheetXml(bytes, SHEET_NAMES.items)).toContain('<pane ySplit="1"');

    const statistics = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheetOf(book, SHEET_NAMES.statistics));
    const total = statistics
      .filter((row) => row['统计表'] === '每日条目数' && row['指标'] === '本期')
      .reduce((sum, row) => sum + Number(row['数值']), 0);
    expect(total).toBe(items.length);
    const overview = XLSX.utils.sheet_to_json<unknown[]>(sheetOf(book, SHEET_NAMES.overview), { header: 1 });
    expect(overview).toContainEqual(['本期条目数', items.length]);
  });

  it('masks every account everywhere in the pack, the same way each time, and only when asked', async () => {
    const { items, eventId, eventName } = itemsOfWeek();
    const names = new Map([[eventId, eventName]]);
    const plain = allTextOf((await packOf(items, names, null)).files);
    for (const account of ACCOUNTS) expect(plain).toContain(account);

    const masked = await packOf(items, names, SECRET);
    const text = allTextOf(masked.files);
    for (const account of ACCOUNTS) {
      expect(text).not.toContain(account);
      expect(text).not.toContain(encodeURIComponent(account));
    }
    expect(text).toMatch(/账号-[0-9a-f]{8}/);
    expect(verifyPack(masked.files).ok).toBe(true);
    const again = await packOf(items, names, SECRET);
    expect(fileOf(again.files, 'workbook.xlsx')).toEqual(fileOf(masked.files, 'workbook.xlsx'));

    const book = readWorkbook(fileOf(masked.files, 'workbook.xlsx'));
    const pseudonym = cellUnder(sheetOf(book, SHEET_NAMES.items), '账号', 1)?.v as string;
    expect(pseudonym).toMatch(/^账号-[0-9a-f]{8}$/);
    expect(strFromU8(fileOf(masked.files, 'report.html'))).toContain(pseudonym);
  });
});

describe('the pack with a report, a PDF, or a cancel', () => {
  beforeEach(() => resetBuilderSequence());

  it('takes a signed report: its canonical JSON becomes report.json and the manifest names it', async () => {
    const { items } = itemsOfWeek();
    const content = canonicalJson({
      series: '社会舆情日报告',
      number: 40,
      itemIds: items.map((item) => item.id),
      suggestions: ['加强供暖信息发布'],
    });
    const report: PackReport = {
      series: '社会舆情日报告',
      number: 40,
      year: 2026,
      date: '2026-03-10',
      signer: '分管领导',
      signedAt: '2026-03-10T17:00:00+08:00',
      canonicalJson: content,
      contentHash: sha256Hex(content),
    };
    const pack = await packOf(items, new Map(), null, { report });
    expect(strFromU8(fileOf(pack.files, 'report.json'))).toBe(content);
    expect(verifyPack(pack.files)).toMatchObject({ ok: true, reportHashOk: true });
    const manifest = JSON.parse(strFromU8(fileOf(pack.files, 'manifest.json'))) as { report: { number: number }; reportHash: string };
    expect(manifest.report.number).toBe(40);
    expect(manifest.reportHash).toBe(report.contentHash);
    const overview = XLSX.utils.sheet_to_json<unknown[]>(sheetOf(readWorkbook(fileOf(pack.files, 'workbook.xlsx')), SHEET_NAMES.overview), {
      header: 1,
    });
    expect(overview).toContainEqual(['期号', '第40期']);
  });

  it('adds report.pdf where the host prints the printable report to PDF', async () => {
    const { items } = itemsOfWeek();
    const printed: string[] = [];
    const pdf = new TextEncoder().encode('%PDF-1.7 printed by the host');
    const pack = await packOf(items, new Map(), null, {
      host: { ...svgHost, printToPdf: async (html) => (printed.push(html), pdf) },
    });
    expect(printed).toEqual([strFromU8(fileOf(pack.files, 'report.html'))]);
    expect(fileOf(pack.files, 'report.pdf')).toEqual(pdf);
    expect(verifyPack(pack.files).files).toContainEqual({ path: 'report.pdf', ok: true });
  });

  it('stops at the next step when cancelled, with nothing built', async () => {
    const { items } = itemsOfWeek();
    const controller = new AbortController();
    const steps: string[] = [];
    const building = packOf(items, new Map(), null, {
      signal: controller.signal,
      onProgress: (step, done) => {
        steps.push(step);
        if (step === 'charts' && done === 2) controller.abort();
      },
    });
    await expect(building).rejects.toMatchObject({ name: 'AbortError' });
    expect(steps).not.toContain('workbook');
  });
});

describe('list exports', () => {
  beforeEach(() => resetBuilderSequence());

  it('writes csv in UTF-8 with BOM and in GB18030 with the same rows, masked when asked', () => {
    const { items } = itemsOfWeek();
    const utf8 = listFile(items, 'csv-utf8', { baseName: '舆情条目', lookups: {}, maskSecret: null });
    expect(utf8.name).toBe('舆情条目.csv');
    expect([...utf8.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const gb = listFile(items, 'csv-gb18030', { baseName: '舆情条目', lookups: {}, maskSecret: null });
    expect(gb.name).toBe('舆情条目-GB18030.csv');
    const utf8Text = new TextDecoder('utf-8').decode(utf8.bytes);
    expect(new TextDecoder('gb18030').decode(gb.bytes)).toBe(utf8Text);
    expect(utf8Text.split('\r\n').filter((line) => line !== '')).toHaveLength(items.length + 1);

    const masked = new TextDecoder('utf-8').decode(listFile(items, 'csv-utf8', { baseName: 'x', lookups: {}, maskSecret: SECRET }).bytes);
    for (const account of ACCOUNTS) expect(masked).not.toContain(account);
  });

  it('writes the xlsx of a list as the 舆情条目 sheet alone', () => {
    const { items } = itemsOfWeek();
    const file = listFile(items, 'xlsx', { baseName: '舆情条目', lookups: {}, maskSecret: null });
    const book = readWorkbook(file.bytes);
    expect(book.SheetNames).toEqual([SHEET_NAMES.items]);
    expect(cellUnder(sheetOf(book, SHEET_NAMES.items), '账号', 2)?.v).toBe(items[1]?.account);
  });
});
