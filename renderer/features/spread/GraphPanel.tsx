import { useEffect, useMemo, useRef, useState } from 'react';
import { EChart, type EChartHandle } from '../../charts/EChart';
import { useLocaleStore, useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import type { StoredCascade } from './cascade-source';
import { graphOption } from './chart-options';
import { chartText } from './chart-text';
import { exportName, saveExport } from './exporting';
import type { GraphLayout } from './layout';
import { computeLayout } from './layout-client';

interface GraphPanelProps {
  stored: StoredCascade;
  unmasked: boolean;
  onSelect: (nodeId: string | null) => void;
  /** the bench's hook: called once the first frame of the graph is painted */
  onPainted?: () => void;
}

export function GraphPanel({ stored, unmasked, onSelect, onPainted }: GraphPanelProps) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const timeZone = useLocaleStore((state) => state.timeZone);
  const [layout, setLayout] = useState<{ for: StoredCascade; layout: GraphLayout } | null>(null);
  const chart = useRef<EChartHandle>(null);
  const painted = useRef(false);

  useEffect(() => {
    let current = true;
    void computeLayout(stored.cascade).then((computed) => {
      if (current) setLayout({ for: stored, layout: computed });
    });
    return () => {
      current = false;
    };
  }, [stored]);

  const ready = layout !== null && layout.for === stored ? layout.layout : null;
  const option = useMemo(
    () => (ready ? graphOption(stored.cascade, ready, chartText(locale, timeZone), unmasked) : null),
    [ready, stored, unmasked, locale, timeZone],
  );
  const events = useMemo(
    () => ({
      click: (params: { dataType?: string; data: unknown }) => {
        const datum = params.data as { node?: number } | undefined;
        if (params.dataType !== 'node' || datum?.node === undefined || datum.node < 0) return;
        onSelect(stored.cascade.nodes[datum.node]?.id ?? null);
      },
      finished: () => {
        if (painted.current) return;
        painted.current = true;
        onPainted?.();
      },
    }),
    [onSelect, onPainted, stored],
  );

  if (!ready || !option) {
    return (
      <p className="muted spread-laying" aria-busy="true">
        {t('spread.graph.laying')}
      </p>
    );
  }
  const exportImage = (format: 'png' | 'svg') => {
    const bytes = format === 'png' ? chart.current?.png() : chart.current?.svg();
    if (bytes) void saveExport(exportName(t('spread.tab.graph').replace('/', ''), stored, format), bytes, t);
  };
  return (
    <div className="spread-graph">
      <div className="spread-chart-bar">
        <span className="muted">
          {ready.hiddenCount > 0 ? t('spread.graph.folded', { hidden: formatNumber(ready.hiddenCount) }) + ' ' : ''}
          {t('spread.graph.hint')}
        </span>
        <span className="spread-chart-actions">
          <button type="button" className="button secondary small" onClick={() => exportImage('png')}>
            {t('spread.export.graphPng')}
          </button>
          <button type="button" className="button secondary small" onClick={() => exportImage('svg')}>
            {t('spread.export.graphSvg')}
          </button>
        </span>
      </div>
      <EChart ref={chart} option={option} height={520} label={t('spread.graph.label')} events={events} testId="spread-graph" />
    </div>
  );
}
