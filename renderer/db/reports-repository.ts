// Numbered reports and their sign-off chain. Every change goes through the shared state machine
// (applyReportAction) inside the writing transaction, so what is written is exactly what the rules allow,
// read against the report as stored at that moment; a refused action writes nothing.
import type { LocalDate, Report, ReportSeries } from '../../shared/domain/report-types';
import type { Item, Role } from '../../shared/domain/types';
import type { AccountMasker } from '../../shared/export/masking';
import { newDraftReport } from '../../shared/report/create';
import { previousReportOf } from '../../shared/report/numbering';
import { newId } from '../../shared/ids';
import { builtInSeries, createCustomSeries } from '../../shared/report/series';
import {
  applyReportAction,
  type ReportAction,
  type ReportActionErrorCode,
  type ReportActionResult,
} from '../../shared/report/state-machine';
import { auditedWrite, type RecordChange, type WriteScope } from './audited-write';
import { openStrictConnection, type DeskDatabase } from './database';
import { DeskStoreError, RecordNotFoundError } from './errors';
import { diffFields } from './field-diff';
import { fromItemRow } from './items-repository';

/** The settings key under which every series (built-in ones with their configured heading) is kept. */
export const SETTING_REPORT_SERIES = 'reports.series';

// The entry's own time already says when; repeating it in before/after would only add noise.
const UNAUDITED_FIELDS = ['updatedAt'];

/** Who acts: the repository reads the role from the stored profile, so no caller can claim another role. */
export interface ReportActorRef {
  profileId: string;
}

export class UnknownProfileError extends DeskStoreError {
  constructor(readonly profileId: string) {
    super('db.reports.unknownProfile', { profileId });
  }
}

export type ReportWriteResult = ReportActionResult;

export type RefusedReportAction = { ok: false; code: ReportActionErrorCode; message: string };

/** Actions applied on the main connection; sign-off has its own call because it needs the items and a strict write. */
export type ChainAction = Exclude<ReportAction, { type: 'signOff' }>;

export interface ReportsRepositoryOptions {
  /** the connection sign-off writes use; tests pass their own database name through this */
  openStrict?: () => Promise<DeskDatabase>;
}

function asReport(row: unknown): Report {
  return row as Report;
}

export function createReportsRepository(scope: WriteScope, options: ReportsRepositoryOptions = {}) {
  const { db } = scope;
  const table = db.reports;
  let strict: Promise<DeskDatabase> | null = null;

  // Kept open once made: sign-off is rare, but opening a connection on every one would be slower than the write.
  function strictScope(): Promise<WriteScope> {
    strict ??= (options.openStrict ?? (() => openStrictConnection(db.name)))();
    return strict.then((strictDb) => ({ db: strictDb, clock: scope.clock }));
  }

  async function roleOf(database: DeskDatabase, profileId: string): Promise<Role> {
    const profile = await database.profiles.get(profileId);
    if (!profile) throw new UnknownProfileError(profileId);
    return profile.role;
  }

  async function loadReport(database: DeskDatabase, id: string): Promise<Report> {
    const row = await database.reports.get(id);
    if (!row) throw new RecordNotFoundError('reports', id);
    return asReport(row);
  }

  function recordChange(record: RecordChange, action: string, before: Report, after: Report): void {
    const diff = diffFields(before, after, UNAUDITED_FIELDS);
    if (!diff) return;
    record({ action, target: `reports:${after.id}`, before: diff.before, after: diff.after });
  }

  async function reportsOfSeriesYear(database: DeskDatabase, seriesId: string, year: number): Promise<Report[]> {
    const rows = await database.reports
      .where('[seriesId+year+number]')
      .between([seriesId, year], [seriesId, year + 1], true, false)
      .toArray();
    return rows.map(asReport);
  }

  return {
    count: () => table.count(),

    get: async (id: string): Promise<Report | undefined> => {
      const row = await table.get(id);
      return row && asReport(row);
    },

    /** Reports waiting in one state, e.g. 'inReview' for the reviewer's queue. */
    byStatus: async (status: Report['status']): Promise<Report[]> => (await table.where('status').equals(status).toArray()).map(asReport),

    /** The latest earlier number of the series that was not withdrawn, looking into the previous year too. */
    async previousOf(report: Pick<Report, 'seriesId' | 'year' | 'number'>): Promise<Report | null> {
      const [thisYear, lastYear] = await Promise.all([
        reportsOfSeriesYear(db, report.seriesId, report.year),
        reportsOfSeriesYear(db, report.seriesId, report.year - 1),
      ]);
      return previousReportOf(report, [...lastYear, ...thisYear]);
    },

    /** Built-in series first (with the heading the office configured), then the user's own. */
    async listSeries(): Promise<ReportSeries[]> {
      const stored = (await db.settings.get(SETTING_REPORT_SERIES))?.value;
      const saved = Array.isArray(stored) ? (stored as ReportSeries[]) : [];
      const builtIns = builtInSeries().map((series) => saved.find((candidate) => candidate.id === series.id) ?? series);
      return [...builtIns, ...saved.filter((series) => !series.builtIn)];
    },

    /** Replaces the list of series; a name already taken or left empty is refused with a Chinese message. */
    saveSeries: (series: readonly ReportSeries[], ctx: ReportActorRef) =>
      auditedWrite(scope, [db.settings], { actor: ctx.profileId }, async (record) => {
        const checked: ReportSeries[] = [];
        for (const candidate of series) {
          const result = createCustomSeries(candidate.id, candidate.name, candidate.heading, checked);
          // The series rules in shared/ still explain a refusal in words; they are passed on as they are.
          if (!result.ok) throw new DeskStoreError('db.reports.seriesRefused', { reason: result.message });
          checked.push({ ...result.series, builtIn: candidate.builtIn });
        }
        const old = await db.settings.get(SETTING_REPORT_SERIES);
        const diff = diffFields({ value: old?.value ?? null }, { value: checked });
        if (!diff) return checked;
        await db.settings.put({ key: SETTING_REPORT_SERIES, value: checked });
        record({ action: 'settings.set', target: `settings:${SETTING_REPORT_SERIES}`, before: diff.before, after: diff.after });
        return checked;
      }),

    /**
     * A new draft with the next number of its series. Reading the numbers and adding the report happen in
     * one read-write transaction, which IndexedDB runs one at a time per table (also across windows), so
     * two drafts started at once still get different numbers; the unique index refuses a duplicate anyway.
     */
    createDraft: (input: { series: ReportSeries; year: number; date: LocalDate }, ctx: ReportActorRef) =>
      auditedWrite(scope, [table, db.profiles], { actor: ctx.profileId }, async (record, nowIso) => {
        const role = await roleOf(db, ctx.profileId);
        if (role !== 'drafter') throw new DeskStoreError('db.reports.drafterOnly');
        const existing = await reportsOfSeriesYear(db, input.series.id, input.year);
        const report = newDraftReport({
          id: newId(),
          series: input.series,
          year: input.year,
          date: input.date,
          drafterId: ctx.profileId,
          now: nowIso,
          existingReports: existing,
        });
        await table.add(report);
        record({ action: 'reports.create', target: `reports:${report.id}`, before: null, after: report });
        return report;
      }),

    /**
     * Applies one move of the chain (or an edit) to the report as stored now. Refusals come back as
     * results with the shared logic's Chinese message, and nothing is written.
     */
    apply: (id: string, action: ChainAction, ctx: ReportActorRef): Promise<ReportWriteResult> =>
      auditedWrite(scope, [table, db.profiles], { actor: ctx.profileId }, async (record, nowIso) => {
        const [report, role] = await Promise.all([loadReport(db, id), roleOf(db, ctx.profileId)]);
        const result = applyReportAction(report, action, { profileId: ctx.profileId, role }, nowIso);
        if (!result.ok) return result;
        await table.put(result.report);
        recordChange(record, `reports.${action.type}`, report, result.report);
        return result;
      }),

    /**
     * 签发: snapshots the items as they are now, hashes the signed content, and writes through the strict
     * connection so the report is on disk before the signer is told it is signed.
     */
    /**
     * Seals the report. A report that masks accounts needs `maskAccount`, the workspace's keyed pseudonyms, which
     * the signed content then holds (the secret is kept in the workspace settings, which the caller reads).
     */
    async signOff(
      id: string,
      signerName: string,
      ctx: ReportActorRef,
      options: { maskAccount?: AccountMasker | null } = {},
    ): Promise<ReportWriteResult> {
      const strictWrite = await strictScope();
      const strictDb = strictWrite.db;
      return auditedWrite(
        strictWrite,
        [strictDb.reports, strictDb.items, strictDb.profiles],
        { actor: ctx.profileId },
        async (record, nowIso) => {
          const [report, role] = await Promise.all([loadReport(strictDb, id), roleOf(strictDb, ctx.profileId)]);
          const rows = await strictDb.items.bulkGet(report.items.map((entry) => entry.itemId));
          const items = new Map<string, Item>();
          for (const row of rows) if (row) items.set(row.id, fromItemRow(row));
          const result = applyReportAction(
            report,
            { type: 'signOff', signerName, items, maskAccount: options.maskAccount ?? null },
            { profileId: ctx.profileId, role },
            nowIso,
          );
          if (!result.ok) return result;
          await strictDb.reports.put(result.report);
          recordChange(record, 'reports.signOff', report, result.report);
          return result;
        },
      );
    },

    /** Closes the strict connection, if one was opened (tests, and a workstation shutting down). */
    async close(): Promise<void> {
      if (strict) (await strict).close();
      strict = null;
    },
  };
}

export type ReportsRepository = ReturnType<typeof createReportsRepository>;
