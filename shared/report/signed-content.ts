import { canonicalJson } from '../crypto/canonical-json';
import { sha256Hex } from '../crypto/sha256';
import type { AccountMaskingRule, Report, ReportSignature, SignedItem, SignedReportContent } from '../domain/report-types';
import type { Item } from '../domain/types';
import { maskAccountFields, type AccountMasker } from '../export/masking';
import { ReportError } from './errors';

/** The rule reports signed with masking now record; see SignedReportContent.accountMasking. */
export const ACCOUNT_MASKING_RULE: AccountMaskingRule = 'pseudonym-v1';

export class MissingAccountMaskerError extends ReportError {
  constructor() {
    super('report.maskerRequired', {}, 'a report that masks accounts needs the workstation account masker');
  }
}

export class MissingReportItemError extends ReportError {
  constructor(readonly itemIds: string[]) {
    super('report.itemsNotFound', { ids: itemIds.join(', '), count: itemIds.length });
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

/**
 * What the signer sees and signs. `items` may hold more items than the report uses; order follows the report.
 * A report that masks accounts needs `maskAccount`, the workspace's keyed pseudonyms (createAccountMasker with
 * the workspace secret): the signed content then holds the same pseudonyms as every pack of this workstation,
 * so the report's pack never has to mix two rules. The caller passes it in because the secret lives in the
 * workspace, not here.
 */
export function signedContent(
  report: ContentSource,
  items: ReadonlyMap<string, Item> | readonly Item[],
  signer: ReportSignature,
  maskAccount: AccountMasker | null = null,
): SignedReportContent {
  const byId = items instanceof Map ? items : new Map((items as readonly Item[]).map((item) => [item.id, item]));
  const missing = report.items.filter((entry) => !byId.has(entry.itemId)).map((entry) => entry.itemId);
  if (missing.length > 0) throw new MissingReportItemError(missing);
  const mask = report.maskAccounts ? maskAccount : null;
  if (report.maskAccounts && mask === null) throw new MissingAccountMaskerError();
  return {
    ...signedIdentity(report),
    heading: { issuingOrganisation: report.heading.issuingOrganisation, recipient: report.heading.recipient },
    overview: report.overview,
    maskAccounts: report.maskAccounts,
    // Only masked content names its rule: unmasked content hashes exactly as it did before rules were named.
    ...(mask !== null && { accountMasking: ACCOUNT_MASKING_RULE }),
    items: report.items.map((entry) => signedItem(byId.get(entry.itemId) as Item, entry.assessmentText, mask)),
    suggestions: [...report.suggestions],
    stats: report.stats === null ? null : structuredClone(report.stats),
    signer: { profileId: signer.profileId, name: signer.name, at: signer.at },
  };
}

/** A masked item hides its account also where its title, text or link spells it out, as a masked pack does. */
function signedItem(original: Item, assessmentText: string, mask: AccountMasker | null): SignedItem {
  const item = mask === null ? original : maskAccountFields(original, mask);
  return {
    itemId: item.id,
    kind: item.kind,
    feeds: [...item.feeds],
    platform: item.platform,
    title: item.title,
    content: item.content,
    url: item.url,
    account: item.account,
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

/** Which report this is, in the order signed content lists it (the order is part of what the hash covers). */
export function signedIdentity(
  report: Pick<Report, 'id' | 'seriesId' | 'seriesName' | 'year' | 'number' | 'date'>,
): Pick<SignedReportContent, 'reportId' | 'seriesId' | 'seriesName' | 'year' | 'number' | 'date'> {
  return {
    reportId: report.id,
    seriesId: report.seriesId,
    seriesName: report.seriesName,
    year: report.year,
    number: report.number,
    date: report.date,
  };
}
