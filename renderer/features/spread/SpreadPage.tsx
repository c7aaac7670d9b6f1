import { useEffect } from 'react';
import { PageHeading } from '../../ui/PageHeading';
import { Table, type TableColumn } from '../../ui/Table';
import type { StoredCascade } from './cascade-source';
import { useDesk } from '../../workspace/desk';
import { useStoreChanged } from '../../workspace/store-changes';
import { navigate } from '../../workspace/router';
import { useLocaleStore, useT } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { CascadeView } from './CascadeView';
import { useLocationHash } from '../../workspace/sub-route';
import { cascadeKeyFromHash, openCascade } from './spread-route';
import { loadCascades, useSpread } from './spread-store';
import { cascadeTitle, listText, platformName } from './text';
import './spread.css';

/** The list shows this many; more would only be scrolled past (largest first, so these are what matters). */
const LIST_LIMIT = 200;

export function SpreadPage() {
  const t = useT();
  useLocaleStore((state) => state.locale);
  useLocaleStore((state) => state.timeZone);
  const repositories = useDesk((state) => state.repositories);
  const storeVersion = useStoreChanged(['items', 'spreadEdges']);
  const { phase, set, error } = useSpread();
  const openKey = cascadeKeyFromHash(useLocationHash());

  useEffect(() => {
    if (repositories) void loadCascades(repositories);
  }, [repositories, storeVersion]);

  if (!repositories) return null;
  const when = (iso: string | null) => (iso ? formatDateTime(iso) : t('spread.metrics.unknown'));
  const columns: readonly TableColumn<StoredCascade>[] = [
    {
      heading: 'spread.list.root',
      cell: (stored) => (
        <a href={`#/spread/${encodeURIComponent(stored.key)}`} className="cascade-link">
          {cascadeTitle(stored, t)}
        </a>
      ),
    },
    { heading: { numeric: 'spread.list.size' }, cell: (stored) => formatNumber(stored.metrics.size) },
    { heading: { numeric: 'spread.list.depth' }, cell: (stored) => formatNumber(stored.metrics.depth) },
    { heading: 'spread.list.first', cell: (stored) => when(stored.metrics.firstAt) },
    { heading: 'spread.list.last', cell: (stored) => when(stored.metrics.lastAt) },
    { heading: 'spread.list.platforms', cell: (stored) => listText(stored.metrics.platforms.map(platformName)) },
  ];
  const open = openKey === null ? null : (set?.cascades.find((stored) => stored.key === openKey) ?? null);

  if (openKey !== null && phase === 'ready') {
    if (open) return <CascadeView stored={open} repositories={repositories} />;
    return (
      <section className="page" data-page="spread">
        <PageHeading>{t('spread.title')}</PageHeading>
        <div className="empty-state" role="status">
          <p>{t('spread.notFound')}</p>
          <p>
            <button type="button" className="button secondary" onClick={() => openCascade(null)}>
              {t('spread.back')}
            </button>
          </p>
        </div>
      </section>
    );
  }

  const cascades = set?.cascades ?? [];
  return (
    <section className="page" data-page="spread">
      <PageHeading>{t('spread.title')}</PageHeading>
      {error ? (
        <p className="error-text" role="alert">
          {t('spread.error', { reason: error })}
        </p>
      ) : null}
      {phase !== 'ready' && !set ? (
        <p className="muted" aria-busy="true">
          {t('spread.loading')}
        </p>
      ) : cascades.length === 0 ? (
        <div className="empty-state" data-testid="spread-empty">
          <h2>{t('spread.empty.title')}</h2>
          <p>{t('spread.empty.how')}</p>
          <ul className="spread-empty-list">
            <li>{t('spread.empty.import')}</li>
            <li>{t('spread.empty.manual')}</li>
          </ul>
          <p>
            <button type="button" className="button" onClick={() => navigate('import')}>
              {t('spread.goImport')}
            </button>
          </p>
        </div>
      ) : (
        <>
          <p className="muted">{t('spread.intro')}</p>
          <Table rows={cascades.slice(0, LIST_LIMIT)} columns={columns} rowKey={(stored) => stored.key} testId="cascade-list" />
          <p className="muted">{t('spread.list.count', { count: formatNumber(cascades.length) })}</p>
        </>
      )}
    </section>
  );
}
