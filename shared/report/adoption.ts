import type { Report } from '../domain/report-types';
import type { IsoDateTime, Item } from '../domain/types';

export interface ResolvedAdoption {
  itemId: string;
  instruction: boolean;
  instructionText: string | null;
  reportId: string;
  at: IsoDateTime;
}

type FeedbackSource = Pick<Report, 'id' | 'status' | 'feedback'>;

/**
 * The adoption that counts for each item: the latest feedback mentioning it, across every report it
 * appeared in. Feedback often comes in steps (adopted first, a leader's instruction later), and an item
 * sent in both a daily report and a special report is still one adopted item.
 */
export function latestAdoptionByItem(reports: readonly FeedbackSource[]): Map<string, ResolvedAdoption> {
  const latest = new Map<string, ResolvedAdoption & { ms: number }>();
  for (const report of reports) {
    if (report.status === 'withdrawn') continue;
    for (const feedback of report.feedback) {
      const ms = Date.parse(feedback.at);
      if (!Number.isFinite(ms)) continue;
      for (const adoption of feedback.adoptions) {
        const known = latest.get(adoption.itemId);
        // On equal times the later record in input order wins, matching the order feedback was entered.
        if (known && known.ms > ms) continue;
        latest.set(adoption.itemId, {
          itemId: adoption.itemId,
          instruction: adoption.instruction,
          instructionText: adoption.instructionText,
          reportId: report.id,
          at: feedback.at,
          ms,
        });
      }
    }
  }
  return new Map([...latest].map(([itemId, { ms: _ms, ...adoption }]) => [itemId, adoption]));
}

export interface AdoptionCount {
  adopted: number;
  withInstruction: number;
}

export interface ReporterAdoption extends AdoptionCount {
  reporterId: string | null;
}

export interface UnitAdoption extends AdoptionCount {
  unitId: string | null;
  reporters: ReporterAdoption[];
}

export interface AdoptionSummary {
  units: UnitAdoption[];
  /** adopted items no longer in the store: counted nowhere, listed so the gap is visible */
  unknownItemIds: string[];
}

/** Adopted items and those with a leader's instruction, per unit and, within it, per reporter. */
export function adoptionsByUnit(
  reports: readonly FeedbackSource[],
  itemsById: ReadonlyMap<string, Pick<Item, 'id' | 'unitId' | 'reporterId'>>,
): AdoptionSummary {
  const units = new Map<string | null, { count: AdoptionCount; reporters: Map<string | null, AdoptionCount> }>();
  const unknownItemIds: string[] = [];
  for (const adoption of latestAdoptionByItem(reports).values()) {
    const item = itemsById.get(adoption.itemId);
    if (!item) {
      unknownItemIds.push(adoption.itemId);
      continue;
    }
    let unit = units.get(item.unitId);
    if (!unit) units.set(item.unitId, (unit = { count: { adopted: 0, withInstruction: 0 }, reporters: new Map() }));
    let reporter = unit.reporters.get(item.reporterId);
    if (!reporter) unit.reporters.set(item.reporterId, (reporter = { adopted: 0, withInstruction: 0 }));
    for (const count of [unit.count, reporter]) {
      count.adopted += 1;
      if (adoption.instruction) count.withInstruction += 1;
    }
  }
  return {
    units: [...units]
      .map(([unitId, { count, reporters }]) => ({
        unitId,
        ...count,
        reporters: [...reporters].map(([reporterId, reporterCount]) => ({ reporterId, ...reporterCount })).sort(byIdNullLast('reporterId')),
      }))
      .sort(byIdNullLast('unitId')),
    unknownItemIds: unknownItemIds.sort(),
  };
}

function byIdNullLast<K extends string>(key: K) {
  return (a: Record<K, string | null>, b: Record<K, string | null>): number => {
    const left = a[key];
    const right = b[key];
    if (left === right) return 0;
    if (left === null) return 1;
    if (right === null) return -1;
    return left < right ? -1 : 1;
  };
}
