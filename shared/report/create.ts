import type { LocalDate, Report, ReportSeries } from '../domain/report-types';
import type { IsoDateTime } from '../domain/types';
import { nextNumber } from './numbering';

export interface NewReportInput {
  id: string;
  series: ReportSeries;
  year: number;
  date: LocalDate;
  drafterId: string;
  now: IsoDateTime;
  /** every report ever numbered, withdrawn ones included, so the new number is never a reused one */
  existingReports: readonly Pick<Report, 'id' | 'seriesId' | 'year' | 'number' | 'status'>[];
}

/** A fresh draft with the next number of its series and the series' heading. */
export function newDraftReport(input: NewReportInput): Report {
  return {
    id: input.id,
    seriesId: input.series.id,
    seriesName: input.series.name,
    year: input.year,
    number: nextNumber(input.series.id, input.year, input.existingReports),
    date: input.date,
    status: 'draft',
    heading: { ...input.series.heading },
    overview: '',
    items: [],
    suggestions: [],
    stats: null,
    maskAccounts: false,
    transitions: [],
    comments: [],
    withdrawal: null,
    signature: null,
    signedSnapshot: null,
    lockedHash: null,
    submission: null,
    feedback: [],
    createdBy: input.drafterId,
    createdAt: input.now,
    updatedAt: input.now,
  };
}
