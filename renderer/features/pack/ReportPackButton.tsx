import { useState } from 'react';
import type { Report } from '../../../shared/domain/report-types';
import type { Repositories } from '../../db';
import { useLocaleStore, useT } from '../../i18n';
import { cancelExport, exportReportPack, useExport } from './export-store';
import '../stats/stats.css';

/** The briefing pack of a signed report, from its page: offered once the report is signed, with progress and cancel. */
export function ReportPackButton({ repositories, report }: { repositories: Repositories; report: Report }) {
  const t = useT();
  const timeZone = useLocaleStore((state) => state.timeZone);
  const { running, step, fraction, outcome } = useExport();
  // The export state is shared with the statistics page: show only what this button started.
  const [started, setStarted] = useState<string | null>(null);
  if (report.lockedHash === null) return null;
  const mine = started === report.id;
  return (
    <div className="report-pack" data-testid="report-pack">
      <button
        type="button"
        className="button secondary"
        disabled={running !== null}
        title={t('stats.reportPack.hint')}
        onClick={() => {
          setStarted(report.id);
          void exportReportPack(repositories, report, { timeZone });
        }}
      >
        {t('stats.reportPack.button')}
      </button>
      {mine && running ? (
        <div className="stats-progress" data-testid="export-progress">
          <progress max={1} value={fraction} aria-label={t('stats.export.progressLabel')} />
          <span>{step}</span>
          <button type="button" className="button secondary" onClick={cancelExport}>
            {t('stats.export.cancel')}
          </button>
        </div>
      ) : null}
      {mine && !running && outcome ? (
        <p
          className={outcome.tone === 'bad' ? 'error-text' : outcome.tone === 'ok' ? 'stats-ok' : 'muted'}
          role="status"
          data-testid="export-outcome"
        >
          {outcome.message}
        </p>
      ) : null}
    </div>
  );
}
