import { useMemo, useState } from 'react';
import { PageHeading } from '../../ui/PageHeading';
import { Table, type TableColumn } from '../../ui/Table';
import type { Repositories } from '../../db';
import { useT } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import type { StoredCascade } from './cascade-source';
import { edgeListCsv, edgeListXlsx, type EdgeTableLabels } from './edge-export';
import { exportName, saveExport } from './exporting';
import { GraphPanel } from './GraphPanel';
import { ImpliedRootForm } from './ImpliedRootForm';
import { ItemPanel } from './ItemPanel';
import { MetricsPanel } from './MetricsPanel';
import { RumourPanel } from './RumourPanel';
import { cascadeTitle } from './text';
import { openCascade } from './spread-route';
import { selectNode, useSpread } from './spread-store';
import { TimelinePanel } from './TimelinePanel';
import { durationText, edgeTypeName, platformName } from './text';
import { platformPath, edgeRows, type PathStep } from './views';
import { maskAccount } from '../../../shared/spread/metrics';

const TABS = ['graph', 'timeline', 'path', 'rumour'] as const;
type Tab = (typeof TABS)[number];

export function CascadeView({ stored, repositories }: { stored: StoredCascade; repositories: Repositories }) {
  const t = useT();
  const [tab, setTab] = useState<Tab>('graph');
  const { selectedNode, unmasked, notice } = useSpread();
  const title = cascadeTitle(stored, t);

  const labels: EdgeTableLabels = {
    sheet: t('spread.edges.sheet'),
    headers: {
      from: t('spread.edges.from'),
      to: t('spread.edges.to'),
      type: t('spread.edges.type'),
      at: t('spread.edges.at'),
      platform: t('spread.edges.platform'),
      account: t('spread.edges.account'),
      level: t('spread.edges.level'),
      orphan: t('spread.edges.orphan'),
    },
    typeName: edgeTypeName,
    yes: t('spread.edges.yes'),
    no: '',
  };
  const exportEdges = (format: 'xlsx' | 'csv') => {
    const rows = edgeRows(stored.cascade, unmasked);
    const bytes = format === 'xlsx' ? edgeListXlsx(rows, labels) : edgeListCsv(rows, labels);
    void saveExport(exportName(t('spread.edges.sheet'), stored, format), bytes, t);
  };

  return (
    <section className="page spread-view" data-page="spread">
      <PageHeading
        aside={
          <button type="button" className="button secondary" onClick={() => openCascade(null)}>
            {t('spread.back')}
          </button>
        }
      >
        {t('spread.title')}
      </PageHeading>
      <div className="spread-header">
        <h2 className="spread-root-title" data-testid="cascade-title">
          {title}
        </h2>
        <p className="muted">
          {t('spread.metrics.size')} {formatNumber(stored.metrics.size)} · {t('spread.metrics.depth')} {formatNumber(stored.metrics.depth)}{' '}
          · {stored.metrics.firstAt ? formatDateTime(stored.metrics.firstAt) : t('spread.metrics.unknown')} —{' '}
          {stored.metrics.lastAt ? formatDateTime(stored.metrics.lastAt) : t('spread.metrics.unknown')}
        </p>
        <div className="spread-export-bar" role="group" aria-label={t('spread.export.title')}>
          <button type="button" className="button secondary small" onClick={() => exportEdges('xlsx')}>
            {t('spread.export.edgesXlsx')}
          </button>
          <button type="button" className="button secondary small" onClick={() => exportEdges('csv')}>
            {t('spread.export.edgesCsv')}
          </button>
        </div>
      </div>
      {notice ? (
        <p className={notice.kind === 'ok' ? 'spread-notice ok' : 'spread-notice bad'} role="status">
          {notice.text}
        </p>
      ) : null}
      <div className="spread-body">
        <div className="spread-main">
          <div role="tablist" aria-label={t('spread.tabs.label')} className="spread-tabs">
            {TABS.map((id) => (
              <button
                key={id}
                type="button"
                role="tab"
                id={`spread-tab-${id}`}
                aria-selected={tab === id}
                aria-controls={`spread-panel-${id}`}
                className="spread-tab"
                onClick={() => setTab(id)}
              >
                {t(`spread.tab.${id}`)}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`spread-panel-${tab}`} aria-labelledby={`spread-tab-${tab}`} className="spread-panel">
            {tab === 'graph' ? <GraphPanel stored={stored} unmasked={unmasked} onSelect={selectNode} /> : null}
            {tab === 'timeline' ? <TimelinePanel stored={stored} /> : null}
            {tab === 'path' ? <PathPanel stored={stored} unmasked={unmasked} /> : null}
            {tab === 'rumour' ? <RumourPanel stored={stored} repositories={repositories} /> : null}
          </div>
        </div>
        <aside className="spread-aside">
          {selectedNode !== null ? (
            <ItemPanel key={selectedNode} nodeId={selectedNode} stored={stored} repositories={repositories} />
          ) : (
            <>
              {stored.batchId ? (
                <ImpliedRootForm key={stored.key} stored={stored} batchId={stored.batchId} repositories={repositories} />
              ) : null}
              <MetricsPanel stored={stored} />
            </>
          )}
        </aside>
      </div>
    </section>
  );
}

function PathPanel({ stored, unmasked }: { stored: StoredCascade; unmasked: boolean }) {
  const t = useT();
  const steps = useMemo(() => platformPath(stored.cascade), [stored]);
  const items = useSpread((state) => state.items);
  const columns: readonly TableColumn<PathStep>[] = [
    { heading: { numeric: 'spread.path.order' }, cell: (_step, index) => index + 1 },
    { heading: 'spread.path.platform', cell: (step) => platformName(step.platform) },
    { heading: 'spread.path.first', cell: (step) => (step.node.at ? formatDateTime(step.node.at) : t('spread.path.unknownTime')) },
    { heading: 'spread.path.after', cell: (step) => (step.afterSeconds === null ? '' : durationText(step.afterSeconds)) },
    {
      heading: 'spread.path.account',
      cell: (step) => (step.node.account === null ? '' : unmasked ? step.node.account : maskAccount(step.node.account)),
    },
    {
      heading: 'spread.path.item',
      cell: (step) =>
        step.node.id ? (
          <button type="button" className="link-button" onClick={() => selectNode(step.node.id)}>
            {(items.get(step.node.id)?.title ?? step.node.text ?? step.node.id).slice(0, 40)}
          </button>
        ) : null,
    },
  ];
  return (
    <Table
      rows={steps}
      columns={columns}
      rowKey={(step) => step.platform}
      empty={t('spread.path.none')}
      testId="platform-path"
      label={t('spread.path.label')}
    />
  );
}
