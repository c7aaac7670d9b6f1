import { useState } from 'react';
import type { LocalDate } from '../../../shared/network/local-date';
import { useDesk } from '../../app/desk';
import { rankingOption, rankingPng } from '../../charts/units-ranking';
import { useLocaleStore, useT } from '../../i18n';
import { platform } from '../../platform';
import { loadRankings } from './assessment';
import { rankingTitle, rankingWorkbook, type Translate } from './ranking-export';
import { errorText } from './units-store';

/** Month, quarter and year rankings around `date`: a workbook and a PNG of each ranking chart, in one folder. */
export function ExportRankings({ date }: { date: LocalDate }) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const timeZone = useLocaleStore((state) => state.timeZone);
  const repositories = useDesk((state) => state.repositories);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async () => {
    if (!repositories) return;
    setBusy(true);
    setMessage(null);
    try {
      const [rankings, scheme] = await Promise.all([
        loadRankings(repositories.network, date, new Date().toISOString(), timeZone),
        repositories.network.pointsScheme(),
      ]);
      const translate = t as Translate;
      const files = [{ path: `${t('units.export.workbook')}.xlsx`, bytes: rankingWorkbook(translate, rankings, scheme) }];
      for (const ranking of rankings) {
        const title = rankingTitle(translate, ranking);
        const bars = ranking.scores.units.map((unit) => ({ name: unit.name, points: unit.points }));
        files.push({
          path: `${t('units.export.chartsFolder')}/${t(`units.export.sheet.${ranking.kind}`)}.png`,
          bytes: rankingPng(rankingOption(title, bars, t('units.col.points')), bars.length, locale),
        });
      }
      const result = await platform().saveFolder({ suggestedName: t('units.export.folder', { date }), files });
      if (result.saved)
        setMessage({ ok: true, text: result.path ? t('units.export.savedTo', { path: result.path }) : t('units.export.saved') });
    } catch (error) {
      setMessage({ ok: false, text: t('units.export.failed', { reason: errorText(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="units-actions">
      {message ? (
        <span className={message.ok ? 'ok-text' : 'error-text'} role="status">
          {message.text}
        </span>
      ) : null}
      <button type="button" className="button secondary" disabled={busy} onClick={() => void run()} title={t('units.export.hint')}>
        {busy ? t('units.export.busy') : t('units.export.button')}
      </button>
    </div>
  );
}
