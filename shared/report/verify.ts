import type { Report, SignedItem, SignedReportContent } from '../domain/report-types';
import { firstJsonDifference, type JsonDifference } from './json-diff';
import { contentHash, signedIdentity } from './signed-content';

export type VerificationResult = { ok: true } | { ok: false; firstDifference: JsonDifference };

const SIGNED_STATES: readonly Report['status'][] = ['signed', 'submitted', 'feedbackRecorded'];

/**
 * Checks a signed report twice: the stored snapshot must still hash to `lockedHash` (else the snapshot
 * itself cannot be trusted, and that is the difference reported), and the report's own fields must
 * still say what the snapshot says. Items in the store may change after sign-off (their handling goes
 * on); what was signed is the snapshot, so live items are not compared. A report not yet signed has
 * nothing to verify.
 */
export function verifyReportContent(report: Report): VerificationResult {
  const signed = SIGNED_STATES.includes(report.status) || report.lockedHash !== null || report.signedSnapshot !== null;
  if (!signed) return { ok: true };
  if (report.signedSnapshot === null || report.lockedHash === null) {
    return difference('$.signedSnapshot', '签发时保存的内容快照与哈希', report.signedSnapshot === null ? null : report.lockedHash);
  }
  const snapshot = report.signedSnapshot;
  const recomputed = contentHash(snapshot);
  if (recomputed !== report.lockedHash) return difference('$.lockedHash', report.lockedHash, recomputed);
  const found = firstJsonDifference(snapshot, contentFromReport(report, snapshot));
  return found ? { ok: false, firstDifference: found } : { ok: true };
}

function difference(path: string, expected: unknown, actual: unknown): VerificationResult {
  return { ok: false, firstDifference: { path, expected, actual } };
}

/** What the report's fields say today, shaped like the snapshot; item bodies come from the snapshot. */
function contentFromReport(report: Report, snapshot: SignedReportContent): SignedReportContent {
  const snapshotItems = new Map(snapshot.items.map((item) => [item.itemId, item]));
  return {
    ...signedIdentity(report),
    heading: report.heading,
    overview: report.overview,
    maskAccounts: report.maskAccounts,
    // The rule is the snapshot's own (the report holds no copy of it); the hash above already vouches for it.
    ...(snapshot.accountMasking !== undefined && { accountMasking: snapshot.accountMasking }),
    items: report.items.map((entry) => {
      const item = snapshotItems.get(entry.itemId);
      return item
        ? { ...item, assessmentText: entry.assessmentText }
        : ({ itemId: entry.itemId, assessmentText: entry.assessmentText } as SignedItem);
    }),
    suggestions: report.suggestions,
    stats: report.stats,
    // An unsigned report has no signature; the snapshot's signer then shows up as the difference.
    signer: report.signature ?? (undefined as unknown as SignedReportContent['signer']),
  };
}
