import type { Report, ReportStats, SignedItem, SignedReportContent } from '../../shared/domain/report-types';
import type { PrintableReport } from '../../shared/report/print-html';
import type { Item } from '../../shared/domain/types';
import { firstLastCharacterMask } from '../../shared/export/masking';
import { newDraftReport } from '../../shared/report/create';
import { contentHash, signedContent } from '../../shared/report/signed-content';

// Builders state defaults once so each test names only what matters to it. Ids and times are fixed
// so a failing hash or snapshot is reproducible.

export const NOW = '2026-03-02T09:00:00+08:00';

export function buildItem(overrides: Partial<Item> = {}): Item {
  return {
    id: 'item-1',
    kind: 'social',
    feeds: ['grid'],
    platform: '微信群',
    title: '某小区供水中断引发居民议论',
    content: '居民在业主群反映停水两日，物业未作说明。',
    url: null,
    account: '张三丰',
    publishedAt: '2026-03-01T20:15:00+08:00',
    reportedAt: '2026-03-02T08:30:00+08:00',
    capturedAt: '2026-03-02T08:40:00+08:00',
    region: '东胜区',
    unitId: 'unit-a',
    reporterId: 'reporter-a1',
    metrics: { reposts: null, comments: null, likes: null, views: null },
    tags: [],
    eventId: null,
    assessment: { sentiment: 'negative', risk: 2, veracity: 'true', category: '民生', assessedBy: 'p-drafter', assessedAt: NOW },
    status: 'assessed',
    actions: [],
    notOpinion: false,
    fingerprint: null,
    simhash: null,
    provenance: [],
    externalId: null,
    rootExternalId: null,
    parentExternalId: null,
    createdAt: '2026-03-02T08:40:00+08:00',
    updatedAt: '2026-03-02T08:40:00+08:00',
    rev: 1,
    ...overrides,
  };
}

export function buildStats(overrides: Partial<ReportStats> = {}): ReportStats {
  return {
    total: 2,
    byKind: { social: 1, online: 1 },
    byFeed: { grid: 1, cac: 1 },
    byPlatform: { 微信群: 1, 微博: 1 },
    bySentiment: { negative: 2 },
    byRisk: { '2': 2 },
    byRegion: { 东胜区: 2 },
    change: null,
    ...overrides,
  };
}

/** A draft as newDraftReport starts it, numbered 12 and filled in with two items, an overview and suggestions. */
export function buildReport(overrides: Partial<Report> = {}): Report {
  const series = {
    id: 'daily',
    name: '社会舆情日报告',
    builtIn: true,
    heading: { issuingOrganisation: '中共示例市委宣传部', recipient: '自治区党委宣传部' },
  };
  const draft = newDraftReport({
    id: 'report-1',
    series,
    year: 2026,
    date: '2026-03-02',
    drafterId: 'p-drafter',
    now: '2026-03-02T08:50:00+08:00',
    existingReports: [],
  });
  return {
    ...draft,
    number: 12,
    overview: '今日共收集舆情信息2条，其中负面2条。',
    items: [
      { itemId: 'item-1', assessmentText: '涉及民生保障，需督促物业尽快说明。' },
      { itemId: 'item-2', assessmentText: '网民情绪平稳，持续关注。' },
    ],
    suggestions: ['督促供水企业公开抢修进度。', '社区加强与居民沟通。'],
    stats: buildStats(),
    ...overrides,
  };
}

/** The default item as sign-off froze it, without its account. */
export function buildSignedItem(overrides: Partial<SignedItem> = {}): SignedItem {
  const { id, kind, feeds, platform, title, content, url, publishedAt, region, unitId } = buildItem();
  const assessment = { sentiment: 'negative', risk: 2, veracity: 'true', category: '民生' } as const;
  const assessmentText = '涉及群众切身利益，若处置不及时可能扩散。';
  return {
    itemId: id,
    kind,
    feeds,
    platform,
    title,
    content,
    url,
    account: null,
    publishedAt,
    region,
    unitId,
    ...assessment,
    assessmentText,
    ...overrides,
  };
}

export function buildPrintable(overrides: Partial<PrintableReport> = {}): PrintableReport {
  return {
    seriesName: '社会舆情日报告',
    year: 2026,
    number: 12,
    date: '2026-03-02',
    heading: { issuingOrganisation: '中共某盟委员会宣传部', recipient: '自治区党委宣传部' },
    overview: '今日共收到社会舆情 2 条。\n总体平稳。',
    items: [buildSignedItem()],
    suggestions: ['加强供水保障信息发布', '做好网上舆论引导'],
    stats: null,
    signer: { profileId: 'p-signer', name: '赵部长', at: '2026-03-02T17:00:00+08:00' },
    ...overrides,
  };
}

export const REPORT_ITEMS: Item[] = [
  buildItem(),
  buildItem({
    id: 'item-2',
    kind: 'online',
    feeds: ['cac'],
    platform: '微博',
    title: '网传某路段塌陷',
    content: '有网民发布视频称某路段路面塌陷。',
    url: 'https://weibo.example/status/1',
    account: '路人甲乙',
    unitId: 'unit-b',
    reporterId: 'reporter-b1',
  }),
];

/** Freezes a value all the way down, so a test fails if the code under test mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value as Record<string, unknown>)) deepFreeze(member);
  }
  return value;
}

/**
 * Signed content as sign-off made it before masking rules were named: no `accountMasking`, and a masked account
 * kept its first and last character (张*丰) while titles, texts and links stayed as they were. Such snapshots
 * are in workspaces and must keep verifying and packing by their own rule.
 */
export function legacySignedContent(
  report: Report,
  items: readonly Item[],
  signer: { profileId: string; name: string; at: string },
): SignedReportContent {
  const content = signedContent({ ...report, maskAccounts: false }, items, signer);
  if (!report.maskAccounts) return content;
  return {
    ...content,
    maskAccounts: true,
    items: content.items.map((item) => ({ ...item, account: item.account === null ? null : firstLastCharacterMask(item.account) })),
  };
}

/** A report signed before masking rules were named, with its legacy snapshot and that snapshot's hash. */
export function legacySignedReport(
  report: Report,
  items: readonly Item[],
  signer: { profileId: string; name: string; at: string },
): Report {
  const snapshot = legacySignedContent(report, items, signer);
  return { ...report, status: 'signed', signature: signer, signedSnapshot: snapshot, lockedHash: contentHash(snapshot) };
}
