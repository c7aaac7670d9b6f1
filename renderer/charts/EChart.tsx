import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { useLocaleStore } from '../i18n';
import { CHART_FONT_FAMILY, CHART_PALETTE, echarts, echartsLocale, type EChartsCoreOption, type EChartsType } from './core';
import { chartPngBytes, optionSvgBytes } from './export';

export interface EChartHandle {
  /** the chart as drawn, PNG at 2× */
  png(): Uint8Array<ArrayBuffer> | null;
  /** the same option drawn as SVG at the chart's current size */
  svg(): Uint8Array<ArrayBuffer> | null;
  instance(): EChartsType | null;
}

export interface EChartEvents {
  /** a data item was clicked: params.dataIndex, params.data as given in the option */
  click?: (params: { dataIndex: number; seriesIndex?: number; data: unknown; dataType?: string }) => void;
  /** the first frame with this option is painted (ECharts' `finished`) */
  finished?: () => void;
}

interface EChartProps {
  option: EChartsCoreOption;
  /** CSS height; the width follows the container */
  height: number | string;
  /** what the chart shows, for screen readers: a canvas says nothing by itself */
  label: string;
  events?: EChartEvents;
  testId?: string;
  ref?: Ref<EChartHandle>;
  /**
   * Draw in the next animation frame instead of inside the React commit (ECharts' lazyUpdate), so a heavy
   * chart's mounting and its first drawing are separate tasks on the UI thread.
   */
  lazyUpdate?: boolean;
}

/**
 * One ECharts instance in a div that follows its container's size. The instance is made again when the
 * app's language changes, because ECharts fixes its locale at init.
 */
export function EChart({ option, height, label, events, testId, ref, lazyUpdate = false }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const latestOption = useRef(option);
  /** the option the instance was last given: on mount both effects below run, and drawing twice is wasted */
  const appliedOption = useRef<EChartsCoreOption | null>(null);
  const latestLazyUpdate = useRef(lazyUpdate);
  const latestEvents = useRef(events);
  const locale = useLocaleStore((state) => state.locale);

  useEffect(() => {
    latestEvents.current = events;
  }, [events]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, null, { renderer: 'canvas', locale: echartsLocale(locale) });
    chart.current = instance;
    instance.on('click', (params) => latestEvents.current?.click?.(params as Parameters<NonNullable<EChartEvents['click']>>[0]));
    instance.on('finished', () => latestEvents.current?.finished?.());
    instance.setOption(withHouseStyle(latestOption.current), { lazyUpdate: latestLazyUpdate.current });
    appliedOption.current = latestOption.current;
    // The observer reports the size once on observe: redrawing then, at the size init just read, is wasted.
    const observer = new ResizeObserver(() => {
      if (element.clientWidth !== instance.getWidth() || element.clientHeight !== instance.getHeight()) instance.resize();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [locale]);

  useEffect(() => {
    latestOption.current = option;
    if (!chart.current || appliedOption.current === option) return;
    chart.current.setOption(withHouseStyle(option), { notMerge: true, lazyUpdate: latestLazyUpdate.current });
    appliedOption.current = option;
  }, [option]);

  useImperativeHandle(
    ref,
    () => ({
      png: () => (chart.current ? chartPngBytes(chart.current) : null),
      svg: () => {
        const element = container.current;
        if (!element) return null;
        return optionSvgBytes(latestOption.current, { width: element.clientWidth || 1200, height: element.clientHeight || 600 }, locale);
      },
      instance: () => chart.current,
    }),
    [locale],
  );

  return <div ref={container} className="echart" style={{ height, width: '100%' }} role="img" aria-label={label} data-testid={testId} />;
}

function withHouseStyle(option: EChartsCoreOption): EChartsCoreOption {
  return { color: CHART_PALETTE, textStyle: { fontFamily: CHART_FONT_FAMILY }, ...option };
}
