import { useState } from 'react';
import type { Report } from '../../../shared/domain/report-types';
import type { Repositories } from '../../db';
import { useLocaleStore, useT } from '../../i18n';
import { exportReportPack, useExport } from './export-store';
import { ExportStatus } from './ExportStatus';
// The export progress it shows is styled with the statistics page's export panel.
// eslint-disable-next-line desk/renderer-layers
import '../stats/stats.css';

/** The briefing pack of a signed report, from its page: offered once the report is signed, with progress and cancel. */
export function ReportPackButton({ repositories, report }: { repositories: Repositories; report: Report }) {
  const t = useT();
  const timeZone = useLocaleStore((state) => state.timeZone);
  const running = useExport((state) => state.running);
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
      {mine ? <ExportStatus /> : null}
    </div>
  );
}
