import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../../shared/domain/report-types';
import type { Item } from '../../../shared/domain/types';
import { verifyPack } from '../../../shared/export/pack';
import { reportPrintHtml } from '../../../shared/report/print-html';
import { createAccountMasker, firstLastCharacterMask, type AccountMasker } from '../../../shared/export/masking';
import { contentHash, signedContent } from '../../../shared/report/signed-content';
import { SHEET_NAMES } from '../../../shared/export/workbook';
import type { DeskDatabase, Repositories } from '../../../renderer/db';
import { ReportPackButton } from '../../../renderer/features/pack/ReportPackButton';
import { exportItemsList, useExport } from '../../../renderer/features/pack/export-store';
import { workspaceMaskingSecret } from '../../../renderer/features/pack/masking-secret';
import { useLocaleStore } from '../../../renderer/i18n';
import { buildItem, resetBuilderSequence } from '../../builders';
import { buildReport, legacySignedReport } from '../../builders/report';
import { analyst, openTestStore } from '../db/harness';
import { cellUnder, readWorkbook, sheetOf, xmlParts } from '../../unit/export/read-back';

// The browser host: the pack is downloaded as one zip. jsdom has no canvas, so charts are drawn as SVG only.
const host = vi.hoisted(() => ({
  saved: [] as { suggestedName: string; bytes: Uint8Array }[],
}));
vi.mock('../../../renderer/platform', () => ({
  platform: () => ({
    capabilities: { realFolders: false, pdfBytes: false },
    appInfo: () => Promise.resolve({ version: '0.1.0-test' }),
    saveFile: (options: { suggestedName: string; bytes: Uint8Array }) => {
      host.saved.push(options);
      return Promise.resolve({ saved: true });
    },
  }),
}));
vi.mock('../../../renderer/charts/stats-render', async () => {
  const { optionSvgBytes } = await import('../../../renderer/charts/export');
  const size = { width: 1000, height: 560 };
  return {
    PACK_CHART_SIZE: size,
    renderChartFiles: (option: Parameters<typeof optionSvgBytes>[0]) => ({ svg: optionSvgBytes(option, size, 'zh-CN'), png: null }),
  };
});

let db: DeskDatabase;
let repos: Repositories;
let items: Item[];

const SIGNER = { profileId: 'p-signer', name: '王签发', at: '2026-03-02T10:00:00+08:00' };

function signed(report: Report, maskAccount: AccountMasker | null = null): Report {
  const signer = SIGNER;
  const snapshot = signedContent(report, items, signer, maskAccount);
  return { ...report, status: 'signed', signature: signer, signedSnapshot: snapshot, lockedHash: contentHash(snapshot) };
}

beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

beforeEach(async () => {
  resetBuilderSequence();
  host.saved = [];
  useExport.setState({ running: null, step: null, fraction: 0, outcome: null });
  useLocaleStore.setState({ locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
  ({ db, repos } = await openTestStore('report-pack-button'));
  items = [buildItem({ title: '某小区停水' }), buildItem({ title: '网传某地发生疫情' })];
  await repos.items.bulkAdd(items, analyst);
});

afterEach(() => {
  cleanup();
  db.close();
});

const draft = () =>
  buildReport({ items: items.map((item) => ({ itemId: item.id, assessmentText: '已核实。' })), suggestions: ['及时辟谣'] });

describe('the briefing pack button of a report', () => {
  it('is not offered before sign-off', () => {
    render(<ReportPackButton repositories={repos} report={draft()} />);
    expect(screen.queryByRole('button', { name: '导出简报包' })).toBeNull();
  });

  it('downloads the pack of a signed report as a zip that verifies with its report hash', async () => {
    const report = signed(draft());
    render(<ReportPackButton repositories={repos} report={report} />);
    fireEvent.click(screen.getByRole('button', { name: '导出简报包' }));
    await waitFor(() => expect(screen.getByTestId('export-outcome').textContent).toContain('已下载'), { timeout: 20_000 });
    const [download] = host.saved;
    expect(download?.suggestedName).toBe('社会舆情日报告2026年第12期简报包.zip');
    const files = Object.entries(unzipSync(download?.bytes ?? new Uint8Array())).map(([path, bytes]) => ({ path, bytes }));
    expect(verifyPack(files)).toMatchObject({ ok: true, reportHashOk: true, missing: [], extra: [] });
    // report.html is the signed report as its page prints it, with its 对策建议
    const html = strFromU8(files.find((file) => file.path.endsWith('/report.html'))?.bytes ?? new Uint8Array());
    expect(html).toBe(reportPrintHtml(report.signedSnapshot as NonNullable<Report['signedSnapshot']>));
    expect(html).toContain('及时辟谣');
  });

  it('says so and saves nothing when the report no longer matches its signed hash', async () => {
    const report = signed(draft());
    const tampered = { ...report, lockedHash: 'ab'.repeat(32) };
    render(<ReportPackButton repositories={repos} report={tampered} />);
    fireEvent.click(screen.getByRole('button', { name: '导出简报包' }));
    await waitFor(() => expect(screen.getByTestId('export-outcome').textContent).toBe('报告内容与签发时的哈希不一致，不能导出简报包。'));
    expect(host.saved).toEqual([]);
  });
});

type PackEntry = { path: string; bytes: Uint8Array };

async function exportedPack(report: Report): Promise<PackEntry[]> {
  render(<ReportPackButton repositories={repos} report={report} />);
  fireEvent.click(screen.getByRole('button', { name: '导出简报包' }));
  await waitFor(() => expect(screen.getByTestId('export-outcome').textContent).toContain('已下载'), { timeout: 20_000 });
  const [download] = host.saved;
  return Object.entries(unzipSync(download?.bytes ?? new Uint8Array())).map(([path, bytes]) => ({ path, bytes }));
}

function packFile(files: PackEntry[], name: string): Uint8Array {
  const file = files.find((entry) => entry.path.endsWith(`/${name}`));
  if (!file) throw new Error(`no ${name} in ${files.map((entry) => entry.path).join(', ')}`);
  return file.bytes;
}

describe('one masking rule throughout the pack of a masked report', () => {
  const ROOT_ACCOUNT = '牧场老李说事';
  const REPOST_ACCOUNT = '热心市民老王';

  /** An original and its repost, each spelling its account out in title, text and link, as posts do. */
  async function cascadeItems(): Promise<Item[]> {
    const root = buildItem({
      externalId: 'R1',
      rootExternalId: 'R1',
      account: ROOT_ACCOUNT,
      title: `${ROOT_ACCOUNT}：供暖停了三天`,
      content: `@${ROOT_ACCOUNT} 称小区供暖停了三天。`,
      url: `https://weibo.example/u/${encodeURIComponent(ROOT_ACCOUNT)}/status/1`,
    });
    const repost = buildItem({
      externalId: 'A',
      rootExternalId: 'R1',
      parentExternalId: 'R1',
      account: REPOST_ACCOUNT,
      title: `${REPOST_ACCOUNT}转发：供暖停了三天`,
    });
    await repos.items.bulkAdd([root, repost], analyst);
    items = [...items, root, repost];
    return [root, repost];
  }

  const reportOf = (reported: Item[]) =>
    buildReport({ maskAccounts: true, items: reported.map((item) => ({ itemId: item.id, assessmentText: '持续关注。' })) });

  /** The 账号 column of the masked list export of these items, as the statistics and items pages save it. */
  async function listExportAccounts(listed: Item[]): Promise<unknown[]> {
    await exportItemsList(repos, { total: listed.length, baseName: '条目', read: (visit) => Promise.resolve(visit(listed)) }, 'xlsx', {
      mask: true,
    });
    const [file] = host.saved;
    host.saved = [];
    useExport.setState({ outcome: null });
    const sheet = sheetOf(readWorkbook(file?.bytes ?? new Uint8Array()), SHEET_NAMES.items);
    return listed.map((_, index) => cellUnder(sheet, '账号', index + 1)?.v);
  }

  function packTexts(files: PackEntry[]): string {
    const workbookBytes = packFile(files, 'workbook.xlsx');
    return [
      ...files.filter((entry) => !entry.path.endsWith('.xlsx')).map((entry) => strFromU8(entry.bytes)),
      ...Object.values(xmlParts(workbookBytes)),
    ].join('\n');
  }

  it('signs the workspace pseudonyms a list export gives, and shows only those in report.json, report.html, the workbook and the charts', async () => {
    const reported = await cascadeItems();
    const mask = createAccountMasker(await workspaceMaskingSecret(repos.settings, analyst));
    const report = signed(reportOf(reported), mask);
    expect(report.signedSnapshot?.accountMasking).toBe('pseudonym-v1');
    const pseudonyms = [mask(ROOT_ACCOUNT), mask(REPOST_ACCOUNT)];
    expect(pseudonyms.every((pseudonym) => /^账号-[0-9a-f]{8}$/.test(pseudonym))).toBe(true);
    expect(report.signedSnapshot?.items.map((item) => item.account)).toEqual(await listExportAccounts(reported));

    const files = await exportedPack(report);
    expect(verifyPack(files)).toMatchObject({ ok: true, reportHashOk: true });
    const signedJson = strFromU8(packFile(files, 'report.json'));
    expect((JSON.parse(signedJson) as { items: { account: string }[] }).items.map((item) => item.account)).toEqual(pseudonyms);
    expect(strFromU8(packFile(files, 'report.html'))).toContain(`账号：${pseudonyms[0]}`);

    const workbookBytes = packFile(files, 'workbook.xlsx');
    const book = readWorkbook(workbookBytes);
    const listed = sheetOf(book, SHEET_NAMES.items);
    expect([cellUnder(listed, '账号', 1)?.v, cellUnder(listed, '账号', 2)?.v]).toEqual(pseudonyms);
    expect(cellUnder(sheetOf(book, SHEET_NAMES.cascades), '账号', 1)?.v).toBe(pseudonyms[0]);
    const charts = files.filter((entry) => entry.path.includes('/charts/') && entry.path.endsWith('.svg'));
    expect(charts.some((entry) => strFromU8(entry.bytes).includes(pseudonyms[0] as string))).toBe(true);

    // Every text of the pack: no account in clear or percent-encoded, and none in the first/last-character form.
    const texts = packTexts(files);
    for (const account of [ROOT_ACCOUNT, REPOST_ACCOUNT]) {
      expect(texts).not.toContain(account);
      expect(texts).not.toContain(encodeURIComponent(account));
      expect(texts).not.toContain(firstLastCharacterMask(account));
    }
    expect(new Set(texts.match(/账号-[0-9a-f]{8}/g))).toEqual(new Set(pseudonyms));
  });

  it('packs a report signed before the pseudonyms by its own first/last-character rule throughout, never as a pseudonym', async () => {
    const reported = await cascadeItems();
    const report = legacySignedReport(reportOf(reported), items, SIGNER);
    expect(report.signedSnapshot?.accountMasking).toBeUndefined();
    const files = await exportedPack(report);
    expect(verifyPack(files)).toMatchObject({ ok: true, reportHashOk: true });

    const signedAccounts = (JSON.parse(strFromU8(packFile(files, 'report.json'))) as { items: { account: string }[] }).items.map(
      (item) => item.account,
    );
    expect(signedAccounts).toEqual([firstLastCharacterMask(ROOT_ACCOUNT), firstLastCharacterMask(REPOST_ACCOUNT)]);
    const book = readWorkbook(packFile(files, 'workbook.xlsx'));
    const listed = sheetOf(book, SHEET_NAMES.items);
    expect([cellUnder(listed, '账号', 1)?.v, cellUnder(listed, '账号', 2)?.v]).toEqual(signedAccounts);
    expect(cellUnder(sheetOf(book, SHEET_NAMES.cascades), '账号', 1)?.v).toBe(firstLastCharacterMask(ROOT_ACCOUNT));
    expect(packTexts(files)).not.toMatch(/账号-[0-9a-f]{8}/);
  });

  it('leaves accounts in clear everywhere when the report was signed unmasked', async () => {
    const root = buildItem({ account: ROOT_ACCOUNT });
    await repos.items.bulkAdd([root], analyst);
    items = [...items, root];
    const files = await exportedPack(signed(buildReport({ items: [{ itemId: root.id, assessmentText: '持续关注。' }] })));
    const book = readWorkbook(packFile(files, 'workbook.xlsx'));
    expect(cellUnder(sheetOf(book, SHEET_NAMES.items), '账号', 1)?.v).toBe(ROOT_ACCOUNT);
  });
});

describe('上期 in the pack of a report', () => {
  it('is the previous number of the series, counted over the days its items were reported on', async () => {
    const previousItems = [
      buildItem({ reportedAt: '2026-02-27T09:00:00+08:00', platform: '抖音' }),
      buildItem({ reportedAt: '2026-02-28T09:00:00+08:00', platform: '抖音' }),
      buildItem({ reportedAt: '2026-02-28T15:00:00+08:00', platform: '微博' }),
    ];
    await repos.items.bulkAdd(previousItems, analyst);
    const previous = buildReport({
      id: 'report-11',
      number: 11,
      date: '2026-03-01',
      status: 'submitted',
      items: previousItems.map((item) => ({ itemId: item.id, assessmentText: '' })),
    });
    await repos.reports.put(previous, analyst);
    const files = await exportedPack(signed(draft()));

    const book = readWorkbook(packFile(files, 'workbook.xlsx'));
    const overview = JSON.stringify(sheetOf(book, SHEET_NAMES.overview));
    expect(overview).toContain('上期即社会舆情日报告2026年第11期，共 3 条（报送时间 2026-02-27 至 2026-02-28）');
    // The 统计 sheet's platform table: 抖音 had 2 in 上期 and none in this report.
    const statistics = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheetOf(book, SHEET_NAMES.statistics));
    const douyin = statistics.filter((row) => row['分类'] === '抖音');
    expect(Object.fromEntries(douyin.map((row) => [row['指标'], row['数值']]))).toEqual({ 本期: 0, 上期: 2 });
    const figures = XLSX.utils.sheet_to_json<{ 项目: string; 内容: unknown }>(sheetOf(book, SHEET_NAMES.overview));
    expect(figures.find((row) => row.项目 === '上期条目数')?.内容).toBe(3);
    expect(figures.find((row) => row.项目 === '本期条目数')?.内容).toBe(2);
  });

  it('says the series has no earlier number when this is its first', async () => {
    const files = await exportedPack(signed(draft()));
    const overview = JSON.stringify(sheetOf(readWorkbook(packFile(files, 'workbook.xlsx')), SHEET_NAMES.overview));
    expect(overview).toContain('本系列此前没有报告，上期计为 0 条');
  });
});
