import { strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { canonicalJson } from '../../../shared/crypto/canonical-json';
import type { Report } from '../../../shared/domain/report-types';
import type { Item } from '../../../shared/domain/types';
import { verifyPack, type PackFile } from '../../../shared/export/pack';
import { SHEET_NAMES } from '../../../shared/export/workbook';
import { contentHash, signedContent } from '../../../shared/report/signed-content';
import { buildListPack } from '../../../renderer/features/pack/list-pack';
import { packReportOf, ReportPackError, reportItemsInOrder, reportPeriod } from '../../../renderer/features/pack/report-pack';
import { buildItem, buildReport } from '../../builders/report';
import { cellUnder, readWorkbook, sheetOf } from '../../unit/export/read-back';
import { comparisonOf, svgHost } from './pack-host';

const ZONE = 'Asia/Shanghai';

const FIRST = buildItem({ id: 'item-1', reportedAt: '2026-03-01T23:30:00+08:00' });
const SECOND = buildItem({ id: 'item-2', title: '网传某地发生疫情', reportedAt: '2026-03-02T00:30:00+08:00' });

/** A report signed as the state machine signs it: snapshot, then its hash. */
function signedReport(overrides: Partial<Report> = {}): Report {
  const draft = buildReport({
    items: [
      { itemId: SECOND.id, assessmentText: '经核实为谣言。' },
      { itemId: FIRST.id, assessmentText: '已协调恢复供水。' },
    ],
    suggestions: ['加强供水保障信息发布', '及时辟谣'],
    ...overrides,
  });
  const signer = { profileId: 'p-signer', name: '王签发', at: '2026-03-02T10:00:00+08:00' };
  const snapshot = signedContent(draft, [FIRST, SECOND], signer);
  return { ...draft, status: 'signed', signature: signer, signedSnapshot: snapshot, lockedHash: contentHash(snapshot) };
}

function fileOf(files: PackFile[], path: string): Uint8Array {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no ${path}`);
  return file.bytes;
}

beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

describe('what the pack of a signed report is built from', () => {
  it('names the report by its signed snapshot and carries the exact canonical JSON its hash covers', () => {
    const report = signedReport();
    const packed = packReportOf(report);
    expect(packed).toMatchObject({ series: '社会舆情日报告', number: 12, year: 2026, date: '2026-03-02', signer: '王签发' });
    expect(packed.canonicalJson).toBe(canonicalJson(report.signedSnapshot));
    expect(packed.contentHash).toBe(report.lockedHash);
  });

  it('refuses a report that is not signed, or whose snapshot no longer matches its hash', () => {
    expect(() => packReportOf(buildReport())).toThrow(new ReportPackError('unsigned'));
    const report = signedReport();
    const altered = {
      ...report,
      signedSnapshot: { ...(report.signedSnapshot as NonNullable<Report['signedSnapshot']>), overview: '改过的概述' },
    };
    expect(() => packReportOf(altered)).toThrow(new ReportPackError('hashMismatch'));
  });

  it('takes the items in the report order and refuses when one is gone from the store', () => {
    const report = signedReport();
    const found = new Map([FIRST, SECOND].map((item) => [item.id, item]));
    expect(reportItemsInOrder(report, found).map((item) => item.id)).toEqual([SECOND.id, FIRST.id]);
    const lacking = new Map([[FIRST.id, FIRST]]);
    expect(() => reportItemsInOrder(report, lacking)).toThrow(ReportPackError);
    try {
      reportItemsInOrder(report, lacking);
    } catch (error) {
      expect((error as ReportPackError).missingItemIds).toEqual([SECOND.id]);
    }
  });

  it('counts over the Beijing days the items were reported on, or the report date when none has a time', () => {
    const period = reportPeriod([SECOND, FIRST], '2026-03-02', ZONE);
    expect([period.from, period.to]).toEqual(['2026-03-01', '2026-03-02']);
    const none = reportPeriod([{ ...FIRST, reportedAt: 'unknown' } as Item], '2026-03-02', ZONE);
    expect([none.from, none.to]).toEqual(['2026-03-02', '2026-03-02']);
  });
});

describe('the briefing pack of a signed report', () => {
  it('verifies with its report hash, heads the workbook with the report and lists its 对策建议', async () => {
    const report = signedReport();
    const items = reportItemsInOrder(report, new Map([FIRST, SECOND].map((item) => [item.id, item])));
    const period = reportPeriod(items, report.date, ZONE);
    const pack = await buildListPack(
      {
        comparison: comparisonOf(items, period, ZONE),
        items,
        eventNames: new Map(),
        lookups: {},
        masking: null,
        auditHead: { seq: 7, hash: 'cd'.repeat(32) },
        createdAt: '2026-03-02T11:00:00+08:00',
        appVersion: '0.1.0-test',
        timeZone: ZONE,
        report: packReportOf(report),
        suggestions: report.signedSnapshot?.suggestions,
      },
      svgHost,
    );
    expect(verifyPack(pack.files)).toMatchObject({ ok: true, reportHashOk: true });
    expect(strFromU8(fileOf(pack.files, 'report.json'))).toBe(canonicalJson(report.signedSnapshot));
    expect(pack.name).toBe('社会舆情日报告2026年第12期简报包');

    const book = readWorkbook(fileOf(pack.files, 'workbook.xlsx'));
    const suggestions = sheetOf(book, SHEET_NAMES.suggestions);
    expect(cellUnder(suggestions, '序号', 1)).toMatchObject({ t: 'n', v: 1 });
    expect(JSON.stringify(suggestions)).toContain('加强供水保障信息发布');
    expect(JSON.stringify(suggestions)).toContain('及时辟谣');
    const overview = JSON.stringify(sheetOf(book, SHEET_NAMES.overview));
    expect(overview).toContain('社会舆情日报告2026年第12期');
    const list = sheetOf(book, SHEET_NAMES.items);
    expect(cellUnder(list, '条目编号', 1)?.v).toBe(SECOND.id);
  });
});
