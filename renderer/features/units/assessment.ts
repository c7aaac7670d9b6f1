// Counting for the 考核 dashboard and the ranking export: what shared/network scores, fed from the store one
// unit and one period at a time (the [unitId+sortReported] index), never from a read of every item.
import type { IsoDateTime } from '../../../shared/domain/types';
import { addDays, compareDates, type LocalDate, ZoneClock, startOfLocalDate } from '../../../shared/time';
import { periodContaining, scoreTrend, splitPeriod, type PeriodKind, type TrendPoint } from '../../../shared/network/periods';
import { computeScores, type ScoreInput, type Scores } from '../../../shared/network/scoring';
import type { Period, Submission } from '../../../shared/network/types';
import type { NetworkRepository } from '../../db';

export const PERIOD_CHOICES = ['week', 'month', 'quarter', 'year', 'custom'] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];

/** A trend needs a few points: a week or a month alone is shown against the weeks before it. */
const SHORT_TREND_WEEKS = 8;

export function todayIn(timeZone: string, now: number): LocalDate {
  return new ZoneClock(timeZone).localDate(now);
}

/** 本周/本月/本季度/本年 around today, or the dates given (in either order). */
export function choosePeriod(choice: PeriodChoice, today: LocalDate, custom: Period): Period {
  if (choice !== 'custom') return periodContaining(choice, today);
  return compareDates(custom.from, custom.to) <= 0 ? custom : { from: custom.to, to: custom.from };
}

/** Weeks for anything up to a quarter, months beyond; a single week is shown with the weeks before it. */
export function trendOf(period: Period): { period: Period; kind: PeriodKind } {
  const days = compareDates(period.to, period.from) + 1;
  if (days > 100) return { period, kind: 'month' };
  if (splitPeriod(period, 'week').length >= 3) return { period, kind: 'week' };
  const lastWeek = periodContaining('week', period.to);
  return { period: { from: addDays(lastWeek.from, -7 * (SHORT_TREND_WEEKS - 1)), to: period.to }, kind: 'week' };
}

export interface AssessmentInput extends ScoreInput {
  items: Submission[];
}

/** Everything scoring needs for the days from `span.from` to `span.to`; `period` is set by the caller's use. */
export async function loadAssessmentInput(
  network: NetworkRepository,
  span: Period,
  now: IsoDateTime,
  timeZone: string,
): Promise<AssessmentInput> {
  const [{ units, reporters }, calendar, scheme, zeroReports, adoptions] = await Promise.all([
    network.registry(),
    network.calendar(),
    network.pointsScheme(),
    network.zeroReportsBetween(span.from, span.to),
    network.adoptions(),
  ]);
  const fromMs = startOfLocalDate(span.from, timeZone);
  const toMs = startOfLocalDate(addDays(span.to, 1), timeZone);
  const items: Submission[] = [];
  // One unit at a time keeps each read to that unit's slice of the index.
  for (const unit of units) items.push(...(await network.submissionsOfUnit(unit.id, fromMs, toMs)));
  // A field report may name only the reporter; it counts for the reporter's unit (shared/network decides which).
  const readByUnit = new Set(items.map((item) => item.id));
  for (const reporter of reporters) {
    items.push(...(await network.unitlessSubmissionsOfReporter(reporter.id, fromMs, toMs, readByUnit)));
  }
  return { units, reporters, items, zeroReports, adoptions, calendar, timeZone, period: span, now, scheme };
}

export interface Dashboard {
  period: Period;
  /** the moment counted up to */
  now: IsoDateTime;
  scores: Scores;
  trend: TrendPoint[];
  trendKind: PeriodKind;
}

/** The scores of `period` and the trend around it, from one read of the store. */
export async function loadDashboard(network: NetworkRepository, period: Period, now: IsoDateTime, timeZone: string): Promise<Dashboard> {
  const trend = trendOf(period);
  const span = { from: minDate(period.from, trend.period.from), to: maxDate(period.to, trend.period.to) };
  const input = await loadAssessmentInput(network, span, now, timeZone);
  return dashboardFrom({ ...input, now }, period, trend);
}

export function dashboardFrom(input: ScoreInput, period: Period, trend = trendOf(period)): Dashboard {
  return {
    period,
    now: input.now,
    scores: computeScores({ ...input, period }),
    trend: scoreTrend({ ...input, period: trend.period }, trend.kind),
    trendKind: trend.kind,
  };
}

export interface Ranking {
  kind: Extract<PeriodKind, 'month' | 'quarter' | 'year'>;
  period: Period;
  scores: Scores;
}

export const RANKING_KINDS = ['month', 'quarter', 'year'] as const;

/** The month, quarter and year containing `date`, each ranked, from one read of that year. */
export async function loadRankings(network: NetworkRepository, date: LocalDate, now: IsoDateTime, timeZone: string): Promise<Ranking[]> {
  const input = await loadAssessmentInput(network, periodContaining('year', date), now, timeZone);
  return rankingsFrom(input, date);
}

export function rankingsFrom(input: ScoreInput, date: LocalDate): Ranking[] {
  return RANKING_KINDS.map((kind) => {
    const period = periodContaining(kind, date);
    return { kind, period, scores: computeScores({ ...input, period }) };
  });
}

function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return compareDates(a, b) <= 0 ? a : b;
}

function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return compareDates(a, b) >= 0 ? a : b;
}
