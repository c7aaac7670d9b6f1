import type { IsoDateTime, Item } from '../domain/types';
import type { LocalDate } from '../time';

/** A unit's 零报告: "nothing to report" for a day, which is a report, not a silence. */
export interface ZeroReport {
  id: string;
  unitId: string;
  reporterId: string | null;
  /** the day it speaks for */
  date: LocalDate;
  /** when the unit sent it: lateness is measured by this, as for items */
  reportedAt: IsoDateTime;
}

/** The part of an item the reporting network looks at. */
export type Submission = Pick<Item, 'id' | 'unitId' | 'reporterId' | 'reportedAt' | 'notOpinion'>;

export interface Period {
  from: LocalDate;
  to: LocalDate;
}

/**
 * reported: something sent by the cut-off · zeroReport: only a 零报告 by the cut-off · late: something
 * sent that day, all of it after the cut-off (迟报) · missing: nothing (漏报) · pending: today, before the
 * cut-off, nothing yet.
 */
export type DayStatus = 'reported' | 'zeroReport' | 'late' | 'missing' | 'pending';

export interface UnitDay {
  date: LocalDate;
  status: DayStatus;
  /** items sent that day, on time or not */
  itemCount: number;
}
