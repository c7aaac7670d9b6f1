import { useT } from '../../i18n';
import { cancelExport, useExport } from './export-store';

/** The running export's progress with its cancel button, or how the last export ended. */
export function ExportStatus() {
  const t = useT();
  const { running, step, fraction, outcome } = useExport();
  if (running) {
    return (
      <div className="stats-progress" data-testid="export-progress">
        <progress max={1} value={fraction} aria-label={t('stats.export.progressLabel')} />
        <span>{step}</span>
        <button type="button" className="button secondary" onClick={cancelExport}>
          {t('stats.export.cancel')}
        </button>
      </div>
    );
  }
  if (!outcome) return null;
  return (
    <p
      className={outcome.tone === 'bad' ? 'error-text' : outcome.tone === 'ok' ? 'stats-ok' : 'muted'}
      role="status"
      data-testid="export-outcome"
    >
      {outcome.message}
    </p>
  );
}
