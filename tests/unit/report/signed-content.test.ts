import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/crypto/canonical-json';
import { sha256Hex } from '../../../shared/crypto/sha256';
import type { Report } from '../../../shared/domain/report-types';
import { createAccountMasker, firstLastCharacterMask, maskAccountFields } from '../../../shared/export/masking';
import { contentHash, MissingAccountMaskerError, MissingReportItemError, signedContent } from '../../../shared/report/signed-content';
import { applyReportAction } from '../../../shared/report/state-machine';
import { verifyReportContent } from '../../../shared/report/verify';
import { buildItem, buildReport, deepFreeze, legacySignedContent, legacySignedReport, NOW, REPORT_ITEMS } from '../../builders/report';

const MASK = createAccountMasker('workspace-secret');

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

describe('firstLastCharacterMask, the rule of reports signed before the pseudonyms', () => {
  it('keeps the first and last character and never splits a character', () => {
    expect(firstLastCharacterMask('张三丰')).toBe('张*丰');
    expect(firstLastCharacterMask('路人甲乙')).toBe('路**乙');
    expect(firstLastCharacterMask('李四')).toBe('李*');
    expect(firstLastCharacterMask('王')).toBe('*');
    expect(firstLastCharacterMask('😀abc😀')).toBe('😀***😀');
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

  it('masks accounts with the workspace pseudonyms a pack gives them, and names that rule, when the report says so', () => {
    const content = signedContent(buildReport({ maskAccounts: true }), REPORT_ITEMS, SIGNER, MASK);
    expect(content.accountMasking).toBe('pseudonym-v1');
    expect(content.items.map((item) => item.account)).toEqual([MASK('张三丰'), MASK('路人甲乙')]);
    expect(content.items.map((item) => item.account)).toEqual(REPORT_ITEMS.map((item) => maskAccountFields(item, MASK).account));
    expect(JSON.stringify(content)).not.toMatch(/张\*丰|路\*\*乙/);
  });

  it('masks the account where a title, text or link spells it out, as a masked pack does', () => {
    const item = buildItem({
      title: '张三丰：小区停水两天',
      content: '@张三丰 发帖称物业未作说明。',
      url: `https://weibo.example/u/${encodeURIComponent('张三丰')}`,
    });
    const content = signedContent(
      buildReport({ maskAccounts: true, items: [{ itemId: item.id, assessmentText: '' }] }),
      [item],
      SIGNER,
      MASK,
    );
    const [signed] = content.items;
    const pseudonym = MASK('张三丰');
    expect(signed).toMatchObject({
      account: pseudonym,
      title: `${pseudonym}：小区停水两天`,
      content: `@${pseudonym} 发帖称物业未作说明。`,
      url: `https://weibo.example/u/${pseudonym}`,
    });
    expect(JSON.stringify(content)).not.toContain('张三丰');
    expect(JSON.stringify(content)).not.toContain(encodeURIComponent('张三丰'));
  });

  it('refuses to build masked content without the workspace pseudonyms, and ignores them when nothing is masked', () => {
    expect(() => signedContent(buildReport({ maskAccounts: true }), REPORT_ITEMS, SIGNER)).toThrow(MissingAccountMaskerError);
    expect(signedContent(buildReport(), REPORT_ITEMS, SIGNER, MASK)).toEqual(signedContent(buildReport(), REPORT_ITEMS, SIGNER));
  });

  it('hashes unmasked content exactly as before masking rules were named (test vector)', () => {
    const content = signedContent(buildReport(), REPORT_ITEMS, SIGNER, MASK);
    expect('accountMasking' in content).toBe(false);
    expect(contentHash(content)).toBe('f6f6c413125683e4fab889e55731218a102fae1ca11b9a415a26c5c4bf0a63d9');
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

describe('reports signed before masking rules were named', () => {
  it('the legacy builder makes the bytes the old sign-off made (test vector)', () => {
    const legacy = legacySignedContent(buildReport({ maskAccounts: true }), REPORT_ITEMS, SIGNER);
    expect(legacy.items.map((item) => item.account)).toEqual(['张*丰', '路**乙']);
    expect('accountMasking' in legacy).toBe(false);
    expect(contentHash(legacy)).toBe('9774612e3ab236a25a171a278068f6d15f86261cd23490b73b85b8d1b63a8f8f');
  });

  it('still verify byte for byte against their stored snapshot', () => {
    const report = legacySignedReport(buildReport({ maskAccounts: true }), REPORT_ITEMS, SIGNER);
    expect(verifyReportContent(report)).toEqual({ ok: true });
    expect(verifyReportContent({ ...report, overview: '改过' })).toMatchObject({ ok: false, firstDifference: { path: '$.overview' } });
  });

  it('cannot be passed off under the new rule: naming a rule in the snapshot breaks its hash', () => {
    const report = legacySignedReport(buildReport({ maskAccounts: true }), REPORT_ITEMS, SIGNER);
    const relabelled = { ...report, signedSnapshot: { ...report.signedSnapshot!, accountMasking: 'pseudonym-v1' as const } };
    expect(verifyReportContent(relabelled)).toMatchObject({ ok: false, firstDifference: { path: '$.lockedHash' } });
  });
});

describe('sign-off of a masked report', () => {
  const approved = () => buildReport({ status: 'approved', maskAccounts: true });
  const signer = { profileId: 'p-signer', role: 'signer' as const };

  it('seals the workspace pseudonyms and verifies', () => {
    const result = applyReportAction(
      approved(),
      { type: 'signOff', signerName: '王副部长', items: REPORT_ITEMS, maskAccount: MASK },
      signer,
      NOW,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.report.signedSnapshot).toEqual(signedContent(approved(), REPORT_ITEMS, SIGNER, MASK));
    expect(result.report.signedSnapshot?.accountMasking).toBe('pseudonym-v1');
    expect(verifyReportContent(result.report)).toEqual({ ok: true });
  });

  it('is refused without the workspace pseudonyms, and nothing is sealed', () => {
    const report = deepFreeze(approved());
    expect(applyReportAction(report, { type: 'signOff', signerName: '王副部长', items: REPORT_ITEMS }, signer, NOW)).toMatchObject({
      ok: false,
      code: 'invalidInput',
    });
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
