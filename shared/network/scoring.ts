import type { IsoDateTime, Reporter, Unit } from '../domain/types';
import { indexCalendar, type CalendarIndex, type WorkCalendar } from './calendar';
import { cutoffMs, isExpectedDay, silentStreak, SubmissionIndex, unitDays } from './cadence';
import { compareDates, type LocalDate } from '../time';
import { withEffectiveStartDate } from './start-date';
import { isInstant, ZoneClock } from '../time';
import type { Period, Submission, ZeroReport } from './types';
import { NetworkError } from './errors';

/** Points per event; the office sets these for its own assessment rules. */
export interface PointsScheme {
  /** per item sent that is public opinion */
  reported: number;
  /** per item marked 非舆情 instead of `reported`: routine work news should not pad a unit's score */
  notOpinion: number;
  /** per adopted item, on top of `reported` */
  adopted: number;
  /** per item adopted with a leader's instruction, instead of `adopted` */
  adoptedWithInstruction: number;
  /** per late day */
  late: number;
  /** per missing day */
  missing: number;
}

export const DEFAULT_POINTS_SCHEME: Readonly<PointsScheme> = {
  reported: 1,
  notOpinion: 0,
  adopted: 3,
  adoptedWithInstruction: 5,
  late: -1,
  missing: -2,
};

/** Per item, the adoption that counts (see latestAdoptionByItem in shared/report/adoption). */
export type AdoptionLookup = ReadonlyMap<string, { instruction: boolean }>;

export interface ScoreInput {
  units: readonly Unit[];
  reporters: readonly Reporter[];
  items: Iterable<Submission>;
  zeroReports: Iterable<ZeroReport>;
  adoptions: AdoptionLookup;
  calendar: WorkCalendar | CalendarIndex;
  timeZone: string;
  period: Period;
  now: IsoDateTime;
  scheme?: PointsScheme;
}

interface Tally {
  reported: number;
  notOpinion: number;
  adopted: number;
  withInstruction: number;
  /** share of reported items that were adopted; null when nothing was reported */
  adoptionRate: number | null;
  /** share of reported items marked 非舆情; null when nothing was reported */
  notOpinionShare: number | null;
  late: number;
  points: number;
  /** competition ranking by points: equal points share a rank, the next rank skips (1, 1, 3) */
  rank: number;
}

export interface UnitScore extends Tally {
  unitId: string;
  name: string;
  expectedDays: number;
  zeroReportDays: number;
  missing: number;
  silentStreak: number;
}

/**
 * Reporters have no cadence of their own, so missing days and silence belong to the unit. A reporter's
 * late days are the expected days of the item's unit on which everything that reporter sent came after
 * the cut-off.
 */
export interface ReporterScore extends Tally {
  reporterId: string;
  unitId: string;
  name: string;
}

export interface Scores {
  units: UnitScore[];
  reporters: ReporterScore[];
  /** ids of items or zero reports whose time could not be read */
  unreadable: string[];
}

type Counts = Omit<Tally, 'adoptionRate' | 'notOpinionShare' | 'points' | 'rank'>;

const emptyCounts = (): Counts => ({ reported: 0, notOpinion: 0, adopted: 0, withInstruction: 0, late: 0 });

export function computeScores(input: ScoreInput): Scores {
  const scheme = input.scheme ?? DEFAULT_POINTS_SCHEME;
  const calendar = indexCalendar(input.calendar);
  const clock = new ZoneClock(input.timeZone);
  // Days before a unit's 起报日期 are neither missing nor late: it was not expected to report yet.
  const resolvedUnits = input.units.map((unit) => withEffectiveStartDate(unit, clock));
  const unitsById = new Map(resolvedUnits.map((unit) => [unit.id, unit]));
  const reportersById = new Map(input.reporters.map((reporter) => [reporter.id, reporter]));

  // Validated once, so the per-item check below can compare YYYY-MM-DD strings directly.
  const { from, to } = input.period;
  if (compareDates(from, to) > 0) throw new NetworkError('network.periodReversed', { from, to });
  const inPeriod = (date: LocalDate) => date >= from && date <= to;
  const zeroReports = [...input.zeroReports].filter((zero) => inPeriod(zero.date));
  const index = new SubmissionIndex(input.units, [], zeroReports, clock);
  const unreadable = [...index.unreadable];
  const unitCounts = new Map(input.units.map((unit) => [unit.id, emptyCounts()]));
  const reporterCounts = new Map(input.reporters.map((reporter) => [reporter.id, emptyCounts()]));
  // reporter → date → whether anything of theirs came by the cut-off that day
  const reporterDays = new Map<string, Map<string, boolean>>();

  for (const item of input.items) {
    if (!isInstant(item.reportedAt)) {
      unreadable.push(item.id);
      continue;
    }
    // Each item is placed in the zone once: at a million items the conversion is the cost that matters.
    const sent = clock.zonedTime(Date.parse(item.reportedAt));
    if (!inPeriod(sent.date)) continue;
    // An item without a unit counts for the unit of the reporter who sent it.
    const unitId = item.unitId ?? reportersById.get(item.reporterId ?? '')?.unitId ?? null;
    const unit = unitsById.get(unitId ?? '');
    if (unit) index.recordItem(unit.id, sent);

    const adoption = input.adoptions.get(item.id);
    const reporterTally = reporterCounts.get(item.reporterId ?? '');
    for (const tally of [unitCounts.get(unitId ?? ''), reporterTally]) {
      if (!tally) continue;
      tally.reported += 1;
      if (item.notOpinion) tally.notOpinion += 1;
      if (adoption) tally.adopted += 1;
      if (adoption?.instruction) tally.withInstruction += 1;
    }
    if (item.reporterId === null || !reporterTally || !unit || !isExpectedDay(unit, sent.date, calendar)) continue;
    let days = reporterDays.get(item.reporterId);
    if (!days) reporterDays.set(item.reporterId, (days = new Map()));
    days.set(sent.date, (days.get(sent.date) ?? false) || sent.msOfDay <= cutoffMs(unit));
  }
  for (const [reporterId, days] of reporterDays) {
    const tally = reporterCounts.get(reporterId) as Counts;
    for (const onTime of days.values()) if (!onTime) tally.late += 1;
  }

  const units = resolvedUnits.map((unit): UnitScore => {
    const days = unitDays(unit, input.period, { calendar, index, now: input.now });
    const counts = unitCounts.get(unit.id) as Counts;
    counts.late = days.filter((day) => day.status === 'late').length;
    const missing = days.filter((day) => day.status === 'missing').length;
    return {
      unitId: unit.id,
      name: unit.name,
      ...withShares(counts),
      expectedDays: days.filter((day) => day.status !== 'pending').length,
      zeroReportDays: days.filter((day) => day.status === 'zeroReport').length,
      missing,
      silentStreak: silentStreak(days).days,
      points: itemPoints(counts, scheme) + counts.late * scheme.late + missing * scheme.missing,
      rank: 0,
    };
  });
  const reporters = input.reporters.map((reporter): ReporterScore => {
    const counts = reporterCounts.get(reporter.id) as Counts;
    return {
      reporterId: reporter.id,
      unitId: reporter.unitId,
      name: reporter.name,
      ...withShares(counts),
      points: itemPoints(counts, scheme) + counts.late * scheme.late,
      rank: 0,
    };
  });
  return { units: ranked(units), reporters: ranked(reporters), unreadable };
}

function withShares(counts: Counts): Omit<Tally, 'points' | 'rank'> {
  return {
    ...counts,
    adoptionRate: counts.reported === 0 ? null : counts.adopted / counts.reported,
    notOpinionShare: counts.reported === 0 ? null : counts.notOpinion / counts.reported,
  };
}

function itemPoints(counts: Counts, scheme: PointsScheme): number {
  const opinion = counts.reported - counts.notOpinion;
  const plainAdoptions = counts.adopted - counts.withInstruction;
  return (
    opinion * scheme.reported +
    counts.notOpinion * scheme.notOpinion +
    plainAdoptions * scheme.adopted +
    counts.withInstruction * scheme.adoptedWithInstruction
  );
}

const collator = new Intl.Collator('zh-CN');

/** Sorted by points, then name so equal ranks list in a stable order. */
export function ranked<T extends { points: number; name: string; rank: number }>(rows: readonly T[]): T[] {
  const sorted = [...rows].sort((a, b) => b.points - a.points || collator.compare(a.name, b.name));
  let rank = 0;
  return sorted.map((row, position) => {
    if (position === 0 || (sorted[position - 1] as T).points !== row.points) rank = position + 1;
    return { ...row, rank };
  });
}
