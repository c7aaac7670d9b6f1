import { useCallback, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { Report, ReportSeries, ReportStatus } from '../../../shared/domain/report-types';
import { nextNumber } from '../../../shared/report/numbering';
import { headingProblems } from '../../../shared/report/series';
import { PageHeading } from '../../ui/PageHeading';
import { useDesk } from '../../workspace/desk';
import { useLocationHash } from '../../workspace/sub-route';
import { ErrorAlert } from '../../ui/Feedback';
import { HeaderCells, type Column } from '../../ui/HeaderCells';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { errorReason, useLocaleStore, useT } from '../../i18n';
import { formatDate, formatDateTime } from '../../i18n/format';
import { toZonedIso } from '../../../shared/time';
import { ReportDetail } from './ReportDetail';
import { SeriesManager } from './SeriesManager';
import { actionName, statusLabel } from './report-labels';
import { openReportPage, reportIdFromHash } from './reports-route';
import { waitingActions, waitingForRole } from './waiting';
import './reports.css';

/** 日报告: the list by series and year, what waits for the current person, and one report when opened. */
export function ReportsPage() {
  const reportId = reportIdFromHash(useLocationHash());
  return reportId ? <ReportDetail key={reportId} reportId={reportId} /> : <ReportList />;
}

function today(timeZone: string): string {
  return toZonedIso(Date.now(), timeZone).slice(0, 10);
}

function WaitsFor({ status }: { status: ReportStatus }) {
  const t = useT();
  const role = waitingForRole(status);
  if (!role) return <span className="muted">{t('reports.waitsNone')}</span>;
  const action = waitingActions(status, role)[0];
  return <span>{t('reports.waitsFor', { role: t(`role.${role}`), action: action ? actionName(t, action) : '' })}</span>;
}

const SERIES_COLUMN: Column = 'reports.list.series';
const REPORT_COLUMNS: readonly Column[] = [
  'reports.list.number',
  'reports.list.date',
  'reports.list.status',
  'reports.list.waiting',
  { numeric: 'reports.list.items' },
  'reports.list.updated',
];

/** Reports one to a row; the series column only where reports of several series are listed together. */
function ReportTable({ reports, showSeries, testId }: { reports: readonly Report[]; showSeries: boolean; testId: string }) {
  const t = useT();
  return (
    <table className="data-table" data-testid={testId}>
      <thead>
        <tr>
          <HeaderCells columns={showSeries ? [SERIES_COLUMN, ...REPORT_COLUMNS] : REPORT_COLUMNS} />
        </tr>
      </thead>
      <tbody>
        {reports.map((report) => (
          <tr key={report.id} className={report.status === 'withdrawn' ? 'withdrawn-row' : undefined}>
            {showSeries ? <td>{report.seriesName}</td> : null}
            <td>
              <a
                href={`#/reports/${encodeURIComponent(report.id)}`}
                className="report-link"
                data-testid="report-link"
                aria-label={`${report.seriesName} ${t('reports.issueFull', { year: report.year, number: report.number })}`}
              >
                {t('reports.issue', { number: report.number })}
              </a>
            </td>
            <td>{formatDate(`${report.date}T12:00:00Z`)}</td>
            <td>
              <span className={`status-badge status-${report.status}`}>{statusLabel(t, report.status)}</span>
            </td>
            <td>
              <WaitsFor status={report.status} />
            </td>
            <td className="numeric">{t('reports.itemCount', { count: report.items.length })}</td>
            <td>{formatDateTime(report.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SeriesField({
  id,
  series,
  value,
  onValue,
}: {
  id: string;
  series: readonly ReportSeries[];
  value: string;
  onValue: (seriesId: string) => void;
}) {
  const t = useT();
  return (
    <SelectField id={id} label={t('reports.series')} value={value} onValue={onValue}>
      {series.map((candidate) => (
        <option key={candidate.id} value={candidate.id}>
          {candidate.name}
        </option>
      ))}
    </SelectField>
  );
}

function NewReportForm({ series, onCancel }: { series: readonly ReportSeries[]; onCancel: () => void }) {
  const t = useT();
  const ids = useId();
  const timeZone = useLocaleStore((state) => state.timeZone);
  const repositories = useDesk((state) => state.repositories);
  const profile = useDesk((state) => state.profile);
  const [seriesId, setSeriesId] = useState(series[0]?.id ?? '');
  const [date, setDate] = useState(() => today(timeZone));
  const [number, setNumber] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const chosen = series.find((candidate) => candidate.id === seriesId) ?? null;
  const year = Number(date.slice(0, 4));

  useEffect(() => {
    if (!repositories || !chosen || !Number.isInteger(year)) return;
    let live = true;
    void repositories.reports
      .bySeriesYear<Report>(chosen.id, year)
      .then((existing) => live && setNumber(nextNumber(chosen.id, year, existing)));
    return () => {
      live = false;
    };
  }, [repositories, chosen, year]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!repositories || !profile || !chosen) return;
    setBusy(true);
    setFailure(null);
    try {
      const report = await repositories.reports.createDraft({ series: chosen, year, date }, { profileId: profile.id });
      openReportPage(report.id);
    } catch (error) {
      setFailure(t('reports.createFailed', { reason: errorReason(error) }));
      setBusy(false);
    }
  };

  return (
    <form className="panel new-report" onSubmit={(event) => void submit(event)} aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('reports.newTitle')}</h2>
      <div className="inline-fields">
        <SeriesField id={`${ids}-series`} series={series} value={seriesId} onValue={setSeriesId} />
        <TextField id={`${ids}-date`} label={t('reports.date')} type="date" value={date} required onValue={setDate} />
      </div>
      {chosen && number !== null ? (
        <p className="hint" data-testid="next-number">
          {t('reports.nextNumberHint', { series: chosen.name, year, number })}
        </p>
      ) : null}
      {chosen && headingProblems(chosen.heading).length > 0 ? <p className="notice-inline">{t('reports.headingMissing')}</p> : null}
      <ErrorAlert message={failure} />
      <div className="button-row">
        <button type="submit" className="button" disabled={busy || !chosen || !/^\d{4}-\d{2}-\d{2}$/.test(date)}>
          {busy ? t('reports.creating') : t('reports.create')}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('reports.cancel')}
        </button>
      </div>
    </form>
  );
}

function ReportList() {
  const t = useT();
  const ids = useId();
  const timeZone = useLocaleStore((state) => state.timeZone);
  const repositories = useDesk((state) => state.repositories);
  const profile = useDesk((state) => state.profile);
  const [series, setSeries] = useState<ReportSeries[]>([]);
  const [seriesId, setSeriesId] = useState<string>('daily');
  const [year, setYear] = useState(() => Number(today(timeZone).slice(0, 4)));
  const [reports, setReports] = useState<Report[] | null>(null);
  const [waiting, setWaiting] = useState<Report[]>([]);
  const [creating, setCreating] = useState(false);

  const loadSeries = useCallback(() => {
    if (repositories) void repositories.reports.listSeries().then(setSeries);
  }, [repositories]);
  useEffect(loadSeries, [loadSeries]);

  useEffect(() => {
    if (!repositories) return;
    let live = true;
    void repositories.reports.bySeriesYear<Report>(seriesId, year).then((rows) => live && setReports(rows));
    return () => {
      live = false;
    };
  }, [repositories, seriesId, year]);

  useEffect(() => {
    if (!repositories || !profile) return;
    let live = true;
    const statuses = (['draft', 'returned', 'inReview', 'approved', 'signed'] as const).filter(
      (status) => waitingActions(status, profile.role).length > 0,
    );
    void Promise.all(statuses.map((status) => repositories.reports.byStatus(status))).then((lists) => {
      if (!live) return;
      setWaiting(lists.flat().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
    });
    return () => {
      live = false;
    };
  }, [repositories, profile]);

  const currentYear = Number(today(timeZone).slice(0, 4));
  const years = useMemo(() => Array.from({ length: 6 }, (_, index) => currentYear + 1 - index), [currentYear]);
  const chosenSeries = series.find((candidate) => candidate.id === seriesId);
  const isDrafter = profile?.role === 'drafter';

  return (
    <section className="page reports-page" data-page="reports">
      <PageHeading
        aside={
          isDrafter ? (
            <button type="button" className="button" onClick={() => setCreating(true)} disabled={creating}>
              {t('reports.new')}
            </button>
          ) : null
        }
      >
        {t('reports.title')}
      </PageHeading>
      <p className="muted">{t('reports.intro')}</p>
      {!isDrafter && profile ? <p className="hint">{t('reports.onlyDrafter', { role: t(`role.${profile.role}`) })}</p> : null}
      {creating && series.length > 0 ? <NewReportForm series={series} onCancel={() => setCreating(false)} /> : null}

      {profile ? (
        <>
          <h2 className="section-title">{t('reports.waitingForMe')}</h2>
          {waiting.length === 0 ? (
            <p className="muted" data-testid="waiting-empty">
              {t('reports.waitingEmpty', { role: t(`role.${profile.role}`) })}
            </p>
          ) : (
            <ReportTable reports={waiting} showSeries testId="waiting-table" />
          )}
        </>
      ) : null}

      <div className="list-controls">
        <SeriesField id={`${ids}-series`} series={series} value={seriesId} onValue={setSeriesId} />
        <SelectField id={`${ids}-year`} label={t('reports.year')} value={String(year)} onValue={(chosen) => setYear(Number(chosen))}>
          {(years.includes(year) ? years : [...years, year]).map((candidate) => (
            <option key={candidate} value={candidate}>
              {t('reports.yearOption', { year: candidate })}
            </option>
          ))}
        </SelectField>
      </div>
      {reports && reports.length === 0 ? (
        <div className="empty-state" data-testid="reports-empty">
          <p>{t('reports.list.empty', { series: chosenSeries?.name ?? '', year })}</p>
          <p className="muted">{t('reports.list.emptyHint')}</p>
        </div>
      ) : (
        <ReportTable reports={[...(reports ?? [])].reverse()} showSeries={false} testId="reports-table" />
      )}

      {/* Keyed on loading only: after a save the form already shows what was saved, and stays open with its message. */}
      <SeriesManager key={series.length === 0 ? 'loading' : 'loaded'} series={series} onSaved={loadSeries} />
    </section>
  );
}
