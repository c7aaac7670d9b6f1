import type { Reporter, Unit } from '../../../shared/domain/types';
import type { Submission, ZeroReport } from '../../../shared/network/types';

export function buildUnit(overrides: Partial<Unit> = {}): Unit {
  return { id: 'unit-a', name: '东胜区宣传部', parentId: null, cadence: 'workingDays', cutoff: '17:00', active: true, ...overrides };
}

export function buildReporter(overrides: Partial<Reporter> = {}): Reporter {
  return { id: 'reporter-a1', name: '李信息员', unitId: 'unit-a', role: '信息员', active: true, ...overrides };
}

let sequence = 0;

/** `reportedAt` is required: it is what every test here is about. */
export function buildSubmission(reportedAt: string, overrides: Partial<Submission> = {}): Submission {
  sequence += 1;
  return { id: `item-${sequence}`, unitId: 'unit-a', reporterId: null, notOpinion: false, reportedAt, ...overrides };
}

export function buildZeroReport(date: string, reportedAt: string, overrides: Partial<ZeroReport> = {}): ZeroReport {
  sequence += 1;
  return { id: `zero-${sequence}`, unitId: 'unit-a', reporterId: null, date, reportedAt, ...overrides };
}

/** A Shanghai wall-clock time written as the instant it is, e.g. at('2026-03-02', '16:59:59'). */
export function at(date: string, time: string): string {
  return `${date}T${time}+08:00`;
}
