import { useState } from 'react';
import type { LocalDate } from '../../../shared/time';
import { useDesk } from '../../workspace/desk';
import { StatusMessage, type StatusNote } from '../../ui/Feedback';
import { errorReason, useLocaleStore, useT } from '../../i18n';
import { platform } from '../../platform';
import { loadRankings } from './assessment';
import { rankingWorkbook, type Translate } from './ranking-export';

/** Month, quarter and year rankings around `date`: one workbook, each ranking with its bar chart inside. */
export function ExportRankings({ date }: { date: LocalDate }) {
  const t = useT();
  const timeZone = useLocaleStore((state) => state.timeZone);
  const repositories = useDesk((state) => state.repositories);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<StatusNote | null>(null);

  const run = async () => {
    if (!repositories) return;
    setBusy(true);
    setMessage(null);
    try {
      const [rankings, scheme] = await Promise.all([
        loadRankings(repositories.network, date, new Date().toISOString(), timeZone),
        repositories.network.pointsScheme(),
      ]);
      const bytes = rankingWorkbook(t as Translate, rankings, scheme);
      const result = await platform().saveFile({ suggestedName: `${t('units.export.file', { date })}.xlsx`, bytes });
      if (result.saved)
        setMessage({ ok: true, text: result.path ? t('units.export.savedTo', { path: result.path }) : t('units.export.saved') });
    } catch (error) {
      setMessage({ ok: false, text: t('units.export.failed', { reason: errorReason(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="units-actions">
      <StatusMessage note={message} />
      <button type="button" className="button secondary" disabled={busy} onClick={() => void run()} title={t('units.export.hint')}>
        {busy ? t('units.export.busy') : t('units.export.button')}
      </button>
    </div>
  );
}
