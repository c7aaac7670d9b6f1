import { useState } from 'react';
import { useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import type { StatsExportPanelProps } from '../stats';
import { ExportStatus } from './ExportStatus';
import { exportList, exportPack, useExport } from './export-store';
import type { ListFormat } from './list-export';

/** The statistics page's exports: the briefing pack and the period's list, optionally with accounts masked. */
export function StatsExportPanel({ repositories, comparison, timeZone }: StatsExportPanelProps) {
  const t = useT();
  const [mask, setMask] = useState(false);
  const running = useExport((state) => state.running);
  const startList = (format: ListFormat) => void exportList(repositories, comparison, format, { mask });
  const nothing = comparison.current.total === 0;
  return (
    <section className="stats-export" aria-labelledby="stats-export-title">
      <h2 id="stats-export-title" className="section-title">
        {t('stats.export.title')}
      </h2>
      <p className="muted">{t('stats.export.explain', { count: formatNumber(comparison.current.total) })}</p>
      <label className="stats-mask">
        <input type="checkbox" checked={mask} disabled={running !== null} onChange={(event) => setMask(event.target.checked)} />
        <span>
          <strong>{t('stats.export.mask')}</strong>
          <span className="muted stats-mask-hint">{t('stats.export.maskHint')}</span>
        </span>
      </label>
      <div className="stats-export-buttons">
        <button
          type="button"
          className="button"
          disabled={running !== null || nothing}
          onClick={() => void exportPack(repositories, comparison, { mask, timeZone })}
        >
          {t('stats.export.pack')}
        </button>
        <button type="button" className="button secondary" disabled={running !== null || nothing} onClick={() => startList('xlsx')}>
          {t('stats.export.xlsx')}
        </button>
        <button type="button" className="button secondary" disabled={running !== null || nothing} onClick={() => startList('csv-utf8')}>
          {t('stats.export.csvUtf8')}
        </button>
        <button type="button" className="button secondary" disabled={running !== null || nothing} onClick={() => startList('csv-gb18030')}>
          {t('stats.export.csvGb')}
        </button>
      </div>
      <p className="muted stats-pack-hint">{t('stats.export.packHint')}</p>
      <ExportStatus />
    </section>
  );
}
