// What the briefing pack of a signed report is built from: the signed snapshot (report.json is its canonical
// JSON, the hash the signer's hash), the report's items as the store holds them now (every assessment field
// for the workbook), and the calendar days those items were reported on (the pack's statistics period).
import { canonicalJson } from '../../../shared/crypto/canonical-json';
import { sha256Hex } from '../../../shared/crypto/sha256';
import type { LocalDate, Report } from '../../../shared/domain/report-types';
import type { Item } from '../../../shared/domain/types';
import type { PackReport } from '../../../shared/export/pack';
import { periodOf, previousPeriod, type StatsPeriod } from '../stats';
import { StatsAccumulator, type StatsComparison } from '../stats';

export type ReportPackRefusal = 'unsigned' | 'hashMismatch' | 'missingItems';

export class ReportPackError extends Error {
  constructor(
    readonly refusal: ReportPackRefusal,
    readonly missingItemIds: readonly string[] = [],
  ) {
    super(refusal);
    this.name = 'ReportPackError';
  }
}

/** The report as the manifest names it, with the exact bytes its hash covers; refused unless signed and intact. */
export function packReportOf(report: Report): PackReport {
  const snapshot = report.signedSnapshot;
  if (snapshot === null || report.lockedHash === null || report.signature === null) throw new ReportPackError('unsigned');
  const json = canonicalJson(snapshot);
  // A pack vouches for what was signed: a snapshot altered since sign-off must not travel under the signer's name.
  if (sha256Hex(json) !== report.lockedHash) throw new ReportPackError('hashMismatch');
  return {
    series: snapshot.seriesName,
    number: snapshot.number,
    year: snapshot.year,
    date: snapshot.date,
    signer: snapshot.signer.name,
    signedAt: snapshot.signer.at,
    canonicalJson: json,
    contentHash: report.lockedHash,
  };
}

/** The report's items in the report's order; refused when one is gone, since the workbook would silently lack it. */
export function reportItemsInOrder(report: Report, found: ReadonlyMap<string, Item>): Item[] {
  const ids = reportItemIds(report);
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new ReportPackError('missingItems', missing);
  return ids.map((id) => found.get(id) as Item);
}

/** From the first to the last day the items were reported on, in the zone; the report's own date when none has a time. */
export function reportPeriod(items: readonly Item[], reportDate: LocalDate, timeZone: string): StatsPeriod {
  const days = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  let first: LocalDate | null = null;
  let last: LocalDate | null = null;
  for (const item of items) {
    const at = Date.parse(item.reportedAt);
    if (!Number.isFinite(at)) continue;
    const day = days.format(at);
    if (first === null || day < first) first = day;
    if (last === null || day > last) last = day;
  }
  return periodOf(first ?? reportDate, last ?? reportDate, timeZone);
}

/** The ids of a report's items: those it was signed with once signed, else those it holds now. */
export function reportItemIds(report: Pick<Report, 'items' | 'signedSnapshot'>): string[] {
  return (report.signedSnapshot?.items ?? report.items).map((entry) => entry.itemId);
}

export interface PreviousReportItems {
  date: LocalDate;
  /** its items the store still holds */
  items: readonly Item[];
}

/**
 * The report's statistics against 上期, which for a report is the previous number of its series (as the
 * signed report's own 较上期 is), each counted over the days its own items were reported on. Without a
 * previous number 上期 is the equally long span before, with nothing counted in it.
 */
export function reportComparison(
  items: readonly Item[],
  reportDate: LocalDate,
  previous: PreviousReportItems | null,
  timeZone: string,
): StatsComparison {
  const period = reportPeriod(items, reportDate, timeZone);
  const before = previous ? reportPeriod(previous.items, previous.date, timeZone) : previousPeriod(period, timeZone);
  const accumulator = new StatsAccumulator(period, before, timeZone);
  accumulator.addTo('current', items);
  if (previous) accumulator.addTo('previous', previous.items);
  return accumulator.result();
}
