import { useMemo, useRef } from 'react';
import { EChart, type EChartHandle } from '../../charts/EChart';
import { useLocaleStore, useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import type { StoredCascade } from './cascade-source';
import { timelineOption } from './chart-options';
import { chartText } from './chart-text';
import { exportName, saveExport } from './exporting';
import { platformGrowth } from './views';

export function TimelinePanel({ stored }: { stored: StoredCascade }) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const timeZone = useLocaleStore((state) => state.timeZone);
  const chart = useRef<EChartHandle>(null);
  const growth = useMemo(() => platformGrowth(stored.cascade), [stored]);
  const option = useMemo(() => timelineOption(growth, chartText(locale, timeZone)), [growth, locale, timeZone]);
  if (growth.hours.length === 0) return <p className="empty-state">{t('spread.timeline.none')}</p>;
  const exportImage = (format: 'png' | 'svg') => {
    const bytes = format === 'png' ? chart.current?.png() : chart.current?.svg();
    if (bytes) void saveExport(exportName(t('spread.tab.timeline'), stored, format), bytes, t);
  };
  return (
    <div>
      <div className="spread-chart-bar">
        <span className="muted">{growth.untimed > 0 ? t('spread.timeline.untimed', { count: formatNumber(growth.untimed) }) : ''}</span>
        <span className="spread-chart-actions">
          <button type="button" className="button secondary small" onClick={() => exportImage('png')}>
            {t('spread.export.timelinePng')}
          </button>
          <button type="button" className="button secondary small" onClick={() => exportImage('svg')}>
            {t('spread.export.timelineSvg')}
          </button>
        </span>
      </div>
      <EChart ref={chart} option={option} height={460} label={t('spread.timeline.label')} testId="spread-timeline" />
    </div>
  );
}
