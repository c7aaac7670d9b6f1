import { canonicalJson } from '../crypto/canonical-json';
import { sha256Hex } from '../crypto/sha256';
import type { Report, ReportSignature, SignedItem, SignedReportContent } from '../domain/report-types';
import type { Item } from '../domain/types';

/**
 * Keeps the first and last character so an analyst can still tell two accounts apart on paper, and
 * hides the rest. Works on code points so an emoji or a rare CJK character is never split in half.
 */
export function maskAccount(account: string): string {
  const characters = Array.from(account);
  if (characters.length <= 1) return '*';
  if (characters.length === 2) return `${characters[0]}*`;
  return `${characters[0]}${'*'.repeat(characters.length - 2)}${characters[characters.length - 1]}`;
}

export class MissingReportItemError extends Error {
  constructor(readonly itemIds: string[]) {
    super(`报告引用的条目不存在：${itemIds.join('、')}`);
  }
}

type ContentSource = Pick<
  Report,
  | 'id'
  | 'seriesId'
  | 'seriesName'
  | 'year'
  | 'number'
  | 'date'
  | 'heading'
  | 'overview'
  | 'maskAccounts'
  | 'items'
  | 'suggestions'
  | 'stats'
>;

/** What the signer sees and signs. `items` may hold more items than the report uses; order follows the report. */
export function signedContent(
  report: ContentSource,
  items: ReadonlyMap<string, Item> | readonly Item[],
  signer: ReportSignature,
): SignedReportContent {
  const byId = items instanceof Map ? items : new Map((items as readonly Item[]).map((item) => [item.id, item]));
  const missing = report.items.filter((entry) => !byId.has(entry.itemId)).map((entry) => entry.itemId);
  if (missing.length > 0) throw new MissingReportItemError(missing);
  return {
    reportId: report.id,
    seriesId: report.seriesId,
    seriesName: report.seriesName,
    year: report.year,
    number: report.number,
    date: report.date,
    heading: { issuingOrganisation: report.heading.issuingOrganisation, recipient: report.heading.recipient },
    overview: report.overview,
    maskAccounts: report.maskAccounts,
    items: report.items.map((entry) => signedItem(byId.get(entry.itemId) as Item, entry.assessmentText, report.maskAccounts)),
    suggestions: [...report.suggestions],
    stats: report.stats === null ? null : structuredClone(report.stats),
    signer: { profileId: signer.profileId, name: signer.name, at: signer.at },
  };
}

function signedItem(item: Item, assessmentText: string, maskAccounts: boolean): SignedItem {
  return {
    itemId: item.id,
    kind: item.kind,
    feeds: [...item.feeds],
    platform: item.platform,
    title: item.title,
    content: item.content,
    url: item.url,
    account: item.account === null ? null : maskAccounts ? maskAccount(item.account) : item.account,
    publishedAt: item.publishedAt,
    region: item.region,
    unitId: item.unitId,
    sentiment: item.assessment.sentiment,
    risk: item.assessment.risk,
    veracity: item.assessment.veracity,
    category: item.assessment.category,
    assessmentText,
  };
}

/** SHA-256 over the RFC 8785 canonical JSON, so the hash does not depend on key order or spacing. */
export function contentHash(content: SignedReportContent): string {
  return sha256Hex(canonicalJson(content));
}
