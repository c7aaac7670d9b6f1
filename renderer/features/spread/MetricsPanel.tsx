import { useMemo } from 'react';
import { useT } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { computeMetrics, type Spreader } from '../../../shared/spread/metrics';
import { Table, type TableColumn } from '../../ui/Table';
import type { StoredCascade } from './cascade-source';
import { setUnmasked, useSpread } from './spread-store';
import { durationText, platformName } from './text';

export function MetricsPanel({ stored }: { stored: StoredCascade }) {
  const t = useT();
  const unmasked = useSpread((state) => state.unmasked);
  // Unmasked spreaders are computed only when asked for: the masked ones are what the list already holds.
  const metrics = useMemo(
    () => (unmasked ? computeMetrics(stored.cascade, { maskAccount: (account) => account }) : stored.metrics),
    [stored, unmasked],
  );
  const time = (iso: string | null) => (iso ? formatDateTime(iso) : t('spread.metrics.unknown'));
  const rows: [string, string][] = [
    [t('spread.metrics.size'), formatNumber(metrics.size)],
    [t('spread.metrics.depth'), formatNumber(metrics.depth)],
    [t('spread.metrics.breadth'), formatNumber(metrics.maxBreadth)],
    [t('spread.metrics.virality'), metrics.structuralVirality.toFixed(3)],
    [t('spread.metrics.t50'), durationText(metrics.timeTo50Seconds)],
    [t('spread.metrics.t90'), durationText(metrics.timeTo90Seconds)],
    [t('spread.metrics.peak'), time(metrics.peakHour)],
    [t('spread.metrics.first'), time(metrics.firstAt)],
    [t('spread.metrics.last'), time(metrics.lastAt)],
    [t('spread.metrics.orphans'), formatNumber(metrics.orphans)],
    [t('spread.metrics.dropped'), formatNumber(stored.cascade.dropped.length)],
  ];
  const spreaderColumns: readonly TableColumn<Spreader>[] = [
    { heading: 'spread.metrics.account', cell: (spreader) => spreader.account ?? t('spread.metrics.noAccount') },
    { heading: 'spread.path.platform', cell: (spreader) => platformName(spreader.platform) },
    { heading: { numeric: 'spread.metrics.reposts' }, cell: (spreader) => formatNumber(spreader.directReposts) },
  ];
  return (
    <section className="spread-metrics" aria-labelledby="spread-metrics-title" data-testid="spread-metrics">
      <h2 id="spread-metrics-title">{t('spread.metrics.title')}</h2>
      <dl className="metric-list">
        {rows.map(([label, value]) => (
          <div key={label} className="metric-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="metric-platforms">
        <strong>{t('spread.metrics.platforms')}</strong>
        <br />
        {metrics.platforms.map(platformName).join(' → ') || t('spread.metrics.unknown')}
      </p>
      <div className="spread-spreaders-head">
        <h3>{t('spread.metrics.topSpreaders')}</h3>
        <button type="button" className="button secondary small" aria-pressed={unmasked} onClick={() => setUnmasked(!unmasked)}>
          {unmasked ? t('spread.metrics.hideAccounts') : t('spread.metrics.showAccounts')}
        </button>
      </div>
      {unmasked ? null : <p className="muted small-text">{t('spread.metrics.masked')}</p>}
      <Table
        rows={metrics.topSpreaders.slice(0, 8)}
        columns={spreaderColumns}
        rowKey={(spreader, index) => `${spreader.id ?? 'root'}-${index}`}
        className="compact"
        testId="top-spreaders"
      />
    </section>
  );
}
