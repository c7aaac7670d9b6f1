import { useEffect, useMemo, useState } from 'react';
import type { Report } from '../../../shared/domain/report-types';
import type { Profile } from '../../../shared/domain/types';
import { allowedActions } from '../../../shared/report/state-machine';
import { verifyReportContent } from '../../../shared/report/verify';
import { PageHeading } from '../../ui/PageHeading';
import { useDesk } from '../../workspace/desk';
import { errorReason, useT } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { onBeforePersonSwitch } from '../people';
import { ReportPackButton } from '../pack';
import { ActionBar } from './ActionBar';
import { closeReport, flushEdits, openReport, useCompose, type SaveState } from './compose-store';
import { ReportEditor } from './ReportEditor';
import { ReportHistory } from './ReportHistory';
import { ReportRecords } from './ReportRecords';
import { printReport } from './print';
import { statusLabel } from './report-labels';
import { openReportPage } from './reports-route';

const SAVE_STATE_KEYS = {
  saved: 'reports.saveState.saved',
  pending: 'reports.saveState.pending',
  saving: 'reports.saveState.saving',
  failed: 'reports.saveState.failed',
} as const satisfies Record<SaveState, string>;

function shortValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? null);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function Verification({ report }: { report: Report }) {
  const t = useT();
  const result = useMemo(() => verifyReportContent(report), [report]);
  if (report.lockedHash === null && report.signedSnapshot === null) return null;
  if (result.ok) {
    return (
      <div className="verify-ok" data-testid="verify-result" role="status">
        {t('reports.verifyOk')}
        <span className="verify-detail">{t('reports.verifyOkDetail', { hash: (report.lockedHash ?? '').slice(0, 16) })}</span>
      </div>
    );
  }
  const { path, expected, actual } = result.firstDifference;
  return (
    <div className="verify-bad" data-testid="verify-result" role="alert">
      {t('reports.verifyBad', { path })}
      <span className="verify-detail">{t('reports.verifyBadDetail', { expected: shortValue(expected), actual: shortValue(actual) })}</span>
    </div>
  );
}

function ReadOnlyNotice({ report, profile, editable }: { report: Report; profile: Profile; editable: boolean }) {
  const t = useT();
  if (editable) return null;
  const text =
    report.status === 'withdrawn'
      ? t('reports.readOnlyWithdrawn', { reason: report.withdrawal?.reason ?? '' })
      : report.lockedHash !== null
        ? t('reports.readOnlySigned')
        : (report.status === 'draft' || report.status === 'returned') && profile.role !== 'drafter'
          ? t('reports.readOnlyRole', { role: t(`role.${profile.role}`) })
          : t('reports.readOnlyStatus', { status: statusLabel(t, report.status) });
  return (
    <p className="notice-inline" data-testid="read-only-notice">
      {text}
    </p>
  );
}

/** One report: compose while it is a draft, move it along the chain, verify, print, and read its history. */
export function ReportDetail({ reportId }: { reportId: string }) {
  const t = useT();
  const repositories = useDesk((state) => state.repositories);
  const profile = useDesk((state) => state.profile);
  const report = useCompose((state) => (state.reportId === reportId ? state.report : null));
  const items = useCompose((state) => state.items);
  const saveState = useCompose((state) => state.saveState);
  const problem = useCompose((state) => state.problem);
  const loading = useCompose((state) => state.loading);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [printMessage, setPrintMessage] = useState<string | null>(null);

  useEffect(() => {
    if (!repositories) return;
    void openReport(repositories, reportId);
    void repositories.profiles.list().then((profiles) => setNames(new Map(profiles.map((entry) => [entry.id, entry.name]))));
    return () => void closeReport();
  }, [repositories, reportId]);

  // No lost typing: closing the window, or handing the desk to another person, saves first.
  useEffect(() => {
    const onUnload = () => void flushEdits();
    window.addEventListener('beforeunload', onUnload);
    const stopListening = onBeforePersonSwitch(flushEdits);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      stopListening();
    };
  }, []);

  if (!repositories || !profile) return null;
  if (!report) {
    return (
      <section className="page reports-page">
        <PageHeading>{t('reports.title')}</PageHeading>
        <p className={loading ? 'muted' : 'error-text'} role={loading ? undefined : 'alert'}>
          {loading ? t('reports.loading') : (problem ?? t('reports.notFound'))}
        </p>
        <button type="button" className="button secondary" onClick={() => openReportPage(null)}>
          {t('reports.back')}
        </button>
      </section>
    );
  }

  const editable = allowedActions(report.status, profile.role).includes('edit');
  const print = async () => {
    setPrintMessage(t('reports.printing'));
    try {
      const outcome = await printReport(report, items, useCompose.getState().accountMasker);
      setPrintMessage(outcome === 'saved' ? t('reports.printSaved') : null);
    } catch (error) {
      setPrintMessage(t('reports.printFailed', { reason: errorReason(error) }));
    }
  };

  return (
    <section className="page reports-page report-detail" data-page="report" data-status={report.status}>
      <a className="back-link" href="#/reports">
        {t('reports.back')}
      </a>
      <PageHeading
        aside={
          <span className="detail-aside">
            <span className={`status-badge status-${report.status}`} data-testid="report-status">
              {statusLabel(t, report.status)}
            </span>
            {editable ? (
              <span className={`save-state save-${saveState}`} data-testid="save-state" role="status">
                {t(SAVE_STATE_KEYS[saveState])}
              </span>
            ) : null}
            <button type="button" className="button secondary" onClick={() => void print()}>
              {t('reports.print')}
            </button>
          </span>
        }
      >
        {report.seriesName} {t('reports.issueFull', { year: report.year, number: report.number })}
      </PageHeading>
      {report.signature ? (
        <p className="muted">{t('reports.signedBy', { name: report.signature.name, at: formatDateTime(report.signature.at) })}</p>
      ) : null}
      <Verification report={report} />
      <ReportPackButton repositories={repositories} report={report} />
      <ReadOnlyNotice report={report} profile={profile} editable={editable} />
      {problem ? (
        <p className="error-text" role="alert" data-testid="report-problem">
          {problem}
        </p>
      ) : null}
      {printMessage ? (
        <p className="muted" role="status">
          {printMessage}
        </p>
      ) : null}
      <ActionBar report={report} profile={profile} items={items} />
      <ReportEditor report={report} items={items} profile={profile} editable={editable} repositories={repositories} />
      <ReportRecords report={report} items={items} names={names} />
      <ReportHistory repositories={repositories} report={report} names={names} />
    </section>
  );
}
