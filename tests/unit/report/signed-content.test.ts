import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/crypto/canonical-json';
import { sha256Hex } from '../../../shared/crypto/sha256';
import type { Report } from '../../../shared/domain/report-types';
import { contentHash, maskAccount, MissingReportItemError, signedContent } from '../../../shared/report/signed-content';
import { applyReportAction } from '../../../shared/report/state-machine';
import { verifyReportContent } from '../../../shared/report/verify';
import { buildItem, buildReport, deepFreeze, NOW, REPORT_ITEMS } from './builders';

const SIGNER = { profileId: 'p-signer', name: '王副部长', at: NOW };

function signedReport(overrides: Partial<Report> = {}): Report {
  const result = applyReportAction(
    buildReport({ status: 'approved', ...overrides }),
    { type: 'signOff', signerName: '王副部长', items: REPORT_ITEMS },
    { profileId: 'p-signer', role: 'signer' },
    NOW,
  );
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

describe('maskAccount', () => {
  it('keeps the first and last character and never splits a character', () => {
    expect(maskAccount('张三丰')).toBe('张*丰');
    expect(maskAccount('路人甲乙')).toBe('路**乙');
    expect(maskAccount('李四')).toBe('李*');
    expect(maskAccount('王')).toBe('*');
    expect(maskAccount('😀abc😀')).toBe('😀***😀');
  });
});

describe('signedContent', () => {
  it('holds what the signer saw, in report order, with each item’s 研判', () => {
    const report = buildReport({
      items: [
        { itemId: 'item-2', assessmentText: '先看这条' },
        { itemId: 'item-1', assessmentText: '再看这条' },
      ],
    });
    const content = signedContent(report, REPORT_ITEMS, SIGNER);
    expect(content.items.map((item) => [item.itemId, item.assessmentText, item.account])).toEqual([
      ['item-2', '先看这条', '路人甲乙'],
      ['item-1', '再看这条', '张三丰'],
    ]);
    expect(content).toMatchObject({
      seriesName: '社会舆情日报告',
      year: 2026,
      number: 12,
      date: '2026-03-02',
      heading: report.heading,
      overview: report.overview,
      suggestions: report.suggestions,
      stats: report.stats,
      signer: SIGNER,
      maskAccounts: false,
    });
    expect(content.items[0]).toMatchObject({ platform: '微博', sentiment: 'negative', risk: 2, veracity: 'true', category: '民生' });
  });

  it('masks accounts when the report says so, so the pack can never show more than was signed', () => {
    const content = signedContent(buildReport({ maskAccounts: true }), REPORT_ITEMS, SIGNER);
    expect(content.items.map((item) => item.account)).toEqual(['张*丰', '路**乙']);
  });

  it('refuses to build content for items it cannot find', () => {
    expect(() => signedContent(buildReport(), [buildItem()], SIGNER)).toThrow(MissingReportItemError);
  });

  it('hashes the canonical JSON, independent of key order', () => {
    const content = signedContent(buildReport(), REPORT_ITEMS, SIGNER);
    const reordered = Object.fromEntries(Object.entries(content).reverse()) as typeof content;
    expect(contentHash(content)).toBe(sha256Hex(canonicalJson(content)));
    expect(contentHash(reordered)).toBe(contentHash(content));
    expect(contentHash({ ...content, overview: `${content.overview} ` })).not.toBe(contentHash(content));
  });
});

describe('frozen once signed', () => {
  it('stores the snapshot and its hash at sign-off', () => {
    const report = signedReport();
    expect(report.signedSnapshot).toEqual(signedContent(buildReport(), REPORT_ITEMS, SIGNER));
    expect(report.lockedHash).toBe(contentHash(report.signedSnapshot!));
  });

  it('snapshots items as they were, whatever happens to them later', () => {
    const items = REPORT_ITEMS.map((item) => ({ ...item }));
    const result = applyReportAction(
      buildReport({ status: 'approved' }),
      { type: 'signOff', signerName: '王副部长', items },
      { profileId: 'p-signer', role: 'signer' },
      NOW,
    );
    if (!result.ok) throw new Error(result.message);
    items[0]!.title = '事后修改的标题';
    expect(result.report.signedSnapshot?.items[0]?.title).toBe('某小区供水中断引发居民议论');
    expect(verifyReportContent(result.report)).toEqual({ ok: true });
  });

  it('refuses every edit after sign-off', () => {
    for (const status of ['signed', 'submitted', 'feedbackRecorded'] as const) {
      const report = { ...signedReport(), status };
      const result = applyReportAction(
        report,
        { type: 'edit', changes: { overview: '改' } },
        { profileId: 'p-drafter', role: 'drafter' },
        NOW,
      );
      expect(result).toMatchObject({ ok: false, code: 'frozen' });
    }
  });

  it('leaves the hash alone when the report is submitted and adoption recorded', () => {
    const signed = deepFreeze(signedReport());
    const drafter = { profileId: 'p-drafter', role: 'drafter' as const };
    const submitted = applyReportAction(signed, { type: 'submit', channel: '机要交换', recipient: '自治区党委宣传部' }, drafter, NOW);
    if (!submitted.ok) throw new Error(submitted.message);
    const adopted = applyReportAction(
      submitted.report,
      { type: 'recordFeedback', adoptions: [{ itemId: 'item-2', instruction: true, instructionText: '请妥善处置' }] },
      drafter,
      NOW,
    );
    if (!adopted.ok) throw new Error(adopted.message);
    expect(adopted.report.lockedHash).toBe(signed.lockedHash);
    expect(adopted.report.signedSnapshot).toBe(signed.signedSnapshot);
    expect(verifyReportContent(adopted.report)).toEqual({ ok: true });
  });
});

describe('verifyReportContent', () => {
  it('has nothing to check before sign-off', () => {
    expect(verifyReportContent(buildReport())).toEqual({ ok: true });
  });

  it('names the first field changed behind the state machine’s back', () => {
    const report = signedReport();
    expect(verifyReportContent({ ...report, overview: '被改过的概况' })).toEqual({
      ok: false,
      firstDifference: { path: '$.overview', expected: report.overview, actual: '被改过的概况' },
    });
    expect(verifyReportContent({ ...report, suggestions: [report.suggestions[0]!, '偷偷加的建议', '第三条'] })).toEqual({
      ok: false,
      firstDifference: { path: '$.suggestions[1]', expected: report.suggestions[1], actual: '偷偷加的建议' },
    });
    const reordered = { ...report, items: [report.items[1]!, report.items[0]!] };
    expect(verifyReportContent(reordered)).toMatchObject({ ok: false, firstDifference: { path: '$.items[0].account' } });
    expect(verifyReportContent({ ...report, stats: { ...report.stats!, byRisk: { '2': 1, '3': 1 } } })).toEqual({
      ok: false,
      firstDifference: { path: '$.stats.byRisk["2"]', expected: 2, actual: 1 },
    });
  });

  it('reports a snapshot that no longer matches its hash', () => {
    const report = signedReport();
    const tampered = { ...report, signedSnapshot: { ...report.signedSnapshot!, overview: '改过' }, overview: '改过' };
    expect(verifyReportContent(tampered)).toEqual({
      ok: false,
      firstDifference: { path: '$.lockedHash', expected: report.lockedHash, actual: contentHash(tampered.signedSnapshot) },
    });
  });

  it('reports a signed report that lost its snapshot', () => {
    expect(verifyReportContent(buildReport({ status: 'submitted' }))).toMatchObject({
      ok: false,
      firstDifference: { path: '$.signedSnapshot', actual: null },
    });
  });
});
