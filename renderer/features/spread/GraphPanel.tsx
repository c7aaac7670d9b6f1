import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
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
  const frame = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  // The axis ranges keep the radial layout round for the chart's size, so the size is read before drawing.
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const measure = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ready]);
  const chartModel = useMemo(
    () => (ready && size ? graphOption(stored.cascade, ready, chartText(locale, timeZone), unmasked, size, { target: 'screen' }) : null),
    [ready, size, stored, unmasked, locale, timeZone],
  );
  const events = useMemo(
    () => ({
      click: (params: { seriesIndex?: number; dataIndex: number }) => {
        const index = chartModel?.nodeAt(params.seriesIndex ?? -1, params.dataIndex) ?? -1;
        if (index >= 0) onSelect(stored.cascade.nodes[index]?.id ?? null);
      },
      finished: () => {
        // End-to-end tests click a node where it was drawn: they find the spot through the instance.
        const instance = chart.current?.instance();
        if (instance && frame.current) Object.assign(frame.current, { spreadChart: instance });
        if (painted.current) return;
        painted.current = true;
        onPainted?.();
      },
    }),
    [chartModel, onSelect, onPainted, stored],
  );

  if (!ready) {
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
      <div ref={frame} className="spread-graph-frame">
        {chartModel ? (
          <EChart
            ref={chart}
            option={chartModel.option}
            height="100%"
            label={t('spread.graph.label')}
            events={events}
            testId="spread-graph"
            lazyUpdate
          />
        ) : null}
      </div>
    </div>
  );
}
